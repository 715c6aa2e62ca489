import { EN } from '../lexicon/en/index.ts';
import { stem } from '../lexicon/text.ts';
import { FURNITURE_STEMS } from '../lexicon/vocabulary.ts';
import type { ConversationState, Question } from '../types.ts';

/** Words that already refer back: a question holding one names no new thing. */
const THING_PRONOUNS: ReadonlySet<string> = new Set([
  ...EN.pronouns.thing,
  ...EN.pronouns.person,
  ...EN.pronouns.plural,
  'this',
  'that',
]);
const MAX_THING_WORDS = 5;

/** The previous question, kept so a possessive fragment can ask it again about someone else. */
export function lastAsk(question: Question): NonNullable<ConversationState['lastAsk']> {
  const people = question.mentions.filter((m) => m.ref.kind === 'person');
  const one = people.length === 1 ? people[0]! : undefined;
  const parties = question.mentions.filter((m) => m.ref.kind !== 'event');
  const party = parties.length === 1 ? parties[0]! : undefined;
  const thing = askedThing(question);
  return {
    tokens: question.tokens,
    ...(one ? { personSpan: [one.start, one.end] as [number, number] } : {}),
    ...(party ? { partySpan: [party.start, party.end] as [number, number], partyKind: party.ref.kind } : {}),
    ...(thing ? { thing } : {}),
    ...(question.slot === 'photo' && question.slotExplicit ? { photo: true } : {}),
  };
}

/**
 * The words of a question naming the thing it asks about: from its first content word to its last, with the
 * article before them ("how big is the strike fund" -> "the strike fund"). None when they hold a pronoun (that
 * thing is already a reference) or run long (a clause, not a name).
 */
function askedThing(question: Question): string[] | undefined {
  const content = new Set(question.stems.filter((s) => !FURNITURE_STEMS.has(s)));
  for (const s of question.quantity?.phraseStems ?? []) content.delete(s);
  const at = question.tokens.flatMap((t, i) =>
    content.has(stem(t)) && !question.cueStems.has(stem(t)) ? [i] : [],
  );
  if (at.length === 0) return undefined;
  let from = at[0]!;
  const to = at.at(-1)! + 1;
  if (question.tokens[from - 1] === 'the') from--;
  const words = question.tokens.slice(from, to);
  if (words.length > MAX_THING_WORDS || words.some((w) => THING_PRONOUNS.has(w))) return undefined;
  return words;
}
