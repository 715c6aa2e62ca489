import type { ArticleIndex } from '../retrieve/article-index.ts';
import { informativeStems } from '../retrieve/rank.ts';
import { QUESTION_WORDS } from '../lexicon/vocabulary.ts';
import { STOP_WORDS } from '../lexicon/text.ts';
import { EN } from '../lexicon/en/index.ts';
import { PERSON_SLOTS } from '../handlers/who.ts';
import type { ConversationState, Question, Slot } from '../types.ts';
import { pronounAsNamed } from './referents.ts';

/**
 * Follow-ups asked again in full, so the analyzer reads them as if they had been asked that way (the question
 * text is still read only by analyze/): each rewrite takes one form of follow-up, and the forms are kept apart
 * (a possessive fragment ends in "'s"; another party names a party and no question word; an "it" or "they" the
 * last turn's one organization or thing-like place fits is that name (referents.ts), so a bare "how long is it?"
 * is not the previous matter; a bare follow-up names nothing and leaves a "he"/"she" meaning one person to
 * pronounAsName; the remaining "it" and "they" go to the last two, which take no "he"/"she": the words the previous
 * question asked about, or its one party), so the order below does not choose between answers.
 */
export function rewriteFollowUp(
  index: ArticleIndex,
  fragment: Question,
  memory: ConversationState,
): string | undefined {
  return (
    possessiveEllipsis(fragment, memory) ??
    anotherParty(fragment, memory) ??
    pronounAsNamed(fragment, memory) ??
    bareFollowUp(index, fragment, memory) ??
    pronounAsName(index, fragment, memory) ??
    itAsThing(fragment, memory) ??
    theyAsParty(fragment, memory)
  );
}

/**
 * "And Jones's?" after "Who is Smith's counterpart?": a possessive fragment naming one person asks the previous
 * question again about that person. Returns the previous question rewritten, or undefined.
 */
export function possessiveEllipsis(fragment: Question, memory: ConversationState): string | undefined {
  const previous = memory.lastAsk;
  if (!previous?.personSpan || !fragment.cues.has('endsPossessive')) return undefined;
  const people = fragment.mentions.filter((m) => m.ref.kind === 'person');
  if (people.length !== 1 || informativeStems(fragment).some((s) => !isNameStem(fragment, s)))
    return undefined;
  const person = people[0]!;
  const name = fragment.tokens.slice(person.start, person.end);
  const [start, end] = previous.personSpan;
  return [...previous.tokens.slice(0, start), `${name.join(' ')}'s`, ...previous.tokens.slice(end)].join(' ');
}

/** Question kinds a bare follow-up asks of the previous question's matter ("when?", "why?", "how?", "what minute?"). */
const BARE_ASK_TYPES = new Set(['when', 'where', 'why', 'how', 'what', 'which']);
const ASKING_WORDS: ReadonlySet<string> = new Set(QUESTION_WORDS);

/**
 * "Did Smith concede?" / "When?": a follow-up that only asks (a question word, a unit, a back-reference) is the
 * previous question's matter asked again the new way ("when did Smith concede") when the previous answer was
 * about people or gave no fact. After a fact, that fact is what it asks about (the facts handler answers from
 * it) unless it asks who did it ("by whom?": the doer is no slot of the fact), and a "he"/"she" asking where someone
 * is from means the person just named. Returns the question
 * rewritten, or undefined.
 */
export function bareFollowUp(
  index: ArticleIndex,
  fragment: Question,
  memory: ConversationState,
): string | undefined {
  const previous = memory.lastAsk;
  // "What was the club fined for?" / "By whom?": who did what the fact just given tells, asked of that matter.
  const whoDidIt = fragment.type === 'who' && memory.focus === 'fact' && !fragment.pronoun;
  if (!previous || memory.turns === 0 || !(BARE_ASK_TYPES.has(fragment.type) || whoDidIt)) return undefined;
  if (fragment.mentions.length > 0 || fragment.year !== undefined || fragment.month !== undefined)
    return undefined;
  // "Where was the photo taken?": a question that names the photo asks about it, whatever was asked before.
  if (fragment.slot === 'photo' && fragment.slotExplicit && !fragment.continuation) return undefined;
  const own = informativeStems(fragment).filter((s) => !fragment.cueStems.has(s));
  if (own.length > 1 || (own.length === 1 && fragment.tokens.length > 3)) return undefined;
  // A "he"/"she" meaning the one person just named is that person (pronounAsName), not the previous matter.
  if (fragment.personPronoun && memory.focus === 'people' && memory.people.length === 1) return undefined;
  if (fragment.personPronoun && memory.focus === 'people' && PERSON_SLOTS.has(fragment.slot))
    return undefined;
  if (fragment.personPronoun && memory.focus === 'people' && fragment.slot === 'place') return undefined;
  const fact = memory.factId === undefined ? undefined : index.facts.find((f) => f.id === memory.factId);
  // The fact the previous answer gave is what a bare follow-up asks about, unless it cannot say when.
  if (memory.focus === 'fact' && fact && !whoDidIt && (fragment.slot !== 'date' || fact.date !== undefined))
    return undefined;
  const matter = previous.tokens.filter((t) => !ASKING_WORDS.has(t) && !/^(and|so|also|then)$/.test(t));
  if (matter.length === 0) return undefined;
  const ask = fragment.tokens.filter((t) => !/^(and|so|also|then|ok|okay)$/.test(t));
  return [...ask, ...matter].join(' ');
}

function isNameStem(question: Question, s: string): boolean {
  return question.mentions.some((m) =>
    question.tokens.slice(m.start, m.end).some((t) => t.startsWith(s) || s.startsWith(t)),
  );
}

const THING_FORMS: ReadonlySet<string> = new Set(EN.pronouns.thing);
const AUXILIARIES: ReadonlySet<string> = new Set(EN.pronouns.auxiliaries);
const MODALS: ReadonlySet<string> = new Set(EN.pronouns.modals);
const COMPARISON_WORDS: ReadonlySet<string> = new Set(EN.comparisonWords);

/**
 * "How big is the strike fund?" / "How long will it last?": an "it" after an answer about a thing (not a person)
 * is the thing the previous question asked about, named. Returns the question rewritten, or undefined.
 */
export function itAsThing(fragment: Question, memory: ConversationState): string | undefined {
  const thing = memory.lastAsk?.thing;
  if (!thing || memory.focus !== 'fact' || fragment.personPronoun) return undefined;
  if (fragment.mentions.some((m) => m.ref.kind !== 'event')) return undefined;
  const at = fragment.tokens.findIndex((t) => THING_FORMS.has(t));
  if (at < 0 || !subjectOfVerb(fragment.tokens, at)) return undefined;
  const name = fragment.tokens[at] === 'its' ? [...thing.slice(0, -1), `${thing.at(-1)!}'s`] : thing;
  return [...fragment.tokens.slice(0, at), ...name, ...fragment.tokens.slice(at + 1)].join(' ');
}

const PLURAL_FORMS: ReadonlySet<string> = new Set(EN.pronouns.plural);

/**
 * "How did the Greens do?" / "How many seats did they have before?": a "they" (or "their") after a question
 * naming one organization, answered with a fact rather than people, is that organization, named.
 * Returns the question rewritten, or undefined.
 */
export function theyAsParty(fragment: Question, memory: ConversationState): string | undefined {
  const previous = memory.lastAsk;
  if (!previous?.partySpan || memory.focus === 'people' || fragment.mentions.length > 0) return undefined;
  // A country is rarely "they" (the story's two parties are); an organization often is.
  if (previous.partyKind !== 'organization') return undefined;
  const at = fragment.tokens.findIndex((t) => PLURAL_FORMS.has(t));
  if (at < 0) return undefined;
  const token = fragment.tokens[at]!;
  const possessive = token === 'their' || token === 'theirs';
  const before = fragment.tokens[at - 1] ?? '';
  const subject =
    token === 'they' && (AUXILIARIES.has(before) || MODALS.has(before)) && at + 1 < fragment.tokens.length;
  if (!possessive && !subject) return undefined;
  const party = previous.tokens.slice(...previous.partySpan);
  const withArticle = previous.tokens[previous.partySpan[0] - 1] === 'the' ? ['the', ...party] : party;
  const name = possessive ? [...withArticle.slice(0, -1), `${withArticle.at(-1)!}'s`] : withArticle;
  return [...fragment.tokens.slice(0, at), ...name, ...fragment.tokens.slice(at + 1)].join(' ');
}

/**
 * "does it open", "will it last", "was it scrubbed": an "it" between an auxiliary and a verb is that verb's
 * subject. "what was it before?" (a comparison, the remembered figure's own), "fix it", "after it" are not.
 */
function subjectOfVerb(tokens: readonly string[], at: number): boolean {
  const before = tokens[at - 1];
  const after = tokens[at + 1];
  if (before === undefined || after === undefined || STOP_WORDS.has(after)) return false;
  if (MODALS.has(before)) return true;
  return AUXILIARIES.has(before) && !COMPARISON_WORDS.has(after);
}

/** Slots that ask who someone is, not what they said or did. */
const WHO_THEY_ARE: ReadonlySet<Slot> = new Set([
  'profile',
  'role',
  'organization',
  'country',
  'place',
  'photo',
  'participants',
  'name',
]);
const PERSON_FORMS: ReadonlySet<string> = new Set(EN.pronouns.person);

/**
 * "What did she say?", "how did he react?", "where did she train?": what someone said, did or plans, asked with a
 * verb of its own. Who they are, or where they are from or sit, stays with the people handlers.
 */
function asksWhatTheyDid(question: Question): boolean {
  if (['what', 'how'].includes(question.type)) return !WHO_THEY_ARE.has(question.slot);
  if (question.type !== 'where' || question.slot !== 'place') return false;
  return informativeStems(question).some((s) => !question.cueStems.has(s));
}
const POSSESSIVE_FORMS: ReadonlySet<string> = new Set(['his', 'hers']);

/**
 * "Who is Smith?" / "What did she say about the budget?": a "he" or "she" meaning the one person just talked about
 * is that person, named, so a what/how/where-did question, or a yes/no ("did he sue anyone?"), is answered about
 * them as if they were named. "her" is read as "Smith's"
 * before a word it can own, else as "Smith". Returns the question rewritten, or undefined.
 */
export function pronounAsName(
  index: ArticleIndex,
  fragment: Question,
  memory: ConversationState,
): string | undefined {
  if (!fragment.personPronoun || !onePersonTalkedAbout(memory)) return undefined;
  if (fragment.mentions.some((m) => m.ref.kind === 'person')) return undefined;
  if (!(asksWhatTheyDid(fragment) || fragment.type === 'yes-no')) return undefined;
  const person = index.personById.get(memory.people[0]!);
  if (!person) return undefined;
  const at = fragment.tokens.findIndex((t) => PERSON_FORMS.has(t));
  if (at < 0) return undefined;
  const token = fragment.tokens[at]!;
  const next = fragment.tokens[at + 1];
  const owns =
    POSSESSIVE_FORMS.has(token) || (token === 'her' && next !== undefined && !ASKING_WORDS.has(next));
  const name = owns ? `${person.name}'s` : person.name;
  return [...fragment.tokens.slice(0, at), name, ...fragment.tokens.slice(at + 1)].join(' ');
}

/**
 * The one person the last turn was about: its answer was about them, or its question named them and its answer
 * (what they said, did) involved no one else ("What did Smith say?" / "where does she work?").
 */
function onePersonTalkedAbout(memory: ConversationState): boolean {
  if (memory.people.length !== 1) return false;
  return memory.focus === 'people' || memory.lastAsk?.personSpan !== undefined;
}

/** "And ...", "what about ...": the words that only say the question continues. */
const CONTINUING = /^(and|also|plus|so|then|ok|okay|what|how|about)$/;

/**
 * "How many seats did the Greens get?" / "And Labour?": a fragment that names only another party asks the
 * previous question again about it. Returns the previous question rewritten, or undefined.
 */
export function anotherParty(fragment: Question, memory: ConversationState): string | undefined {
  const previous = memory.lastAsk;
  if (!previous?.partySpan || !fragment.continuation) return undefined;
  if (!['other', 'what', 'how'].includes(fragment.type) || fragment.slotExplicit) return undefined;
  let start = 0;
  while (start < fragment.tokens.length && CONTINUING.test(fragment.tokens[start]!)) start++;
  // "what about ..." / "and ...": nothing but the continuing words before the new party.
  if (fragment.type !== 'other' && !fragment.tokens.slice(0, start).includes('about')) return undefined;
  const party = fragment.tokens.slice(start);
  if (party.length === 0 || party.length > 4) return undefined;
  if (fragment.mentions.some((m) => m.ref.kind === 'event' || m.start < start)) return undefined;
  // The new party must be one the article names: "and last time?" or "and the other side?" name none.
  if (!fragment.mentions.some((m) => m.start === start && m.end === fragment.tokens.length)) return undefined;
  const [from, to] = previous.partySpan;
  return [...previous.tokens.slice(0, from), ...party, ...previous.tokens.slice(to)].join(' ');
}
