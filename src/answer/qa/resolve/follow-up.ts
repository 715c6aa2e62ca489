import type { ArticleIndex } from '../retrieve/article-index.ts';
import { informativeStems } from '../retrieve/rank.ts';
import { FURNITURE_STEMS, QUESTION_WORDS } from '../lexicon/vocabulary.ts';
import { STOP_WORDS, stem } from '../lexicon/text.ts';
import { EN } from '../lexicon/en/index.ts';
import { PERSON_SLOTS } from '../handlers/who.ts';
import type { ConversationState, Draft, Slot } from '../types.ts';
import { carryFilter } from './person-turn.ts';
import type { Question } from '../analyze/understand.ts';

/**
 * How a turn reads the conversation's memory (a continuation's slot, an elliptical follow-up's fact and people, a
 * possessive fragment's question) and how its answer updates that memory.
 */

/** Facts already given in a conversation, remembered so "what else" can leave them out. */
const MAX_GIVEN = 20;
/** "apart from that", "what else", "anything other": the facts given so far are not the answer. */
export const EXCLUDES_GIVEN =
  /\b(else|other|another|apart from (that|this|those)|aside from (that|this|those)|besides (that|this|those))\b/;

/** Fills the slot of a continuation ("And Smith?") from the previous turn. */
export function carrySlot(question: Question, memory: ConversationState): Question {
  if (
    question.continuation &&
    question.type === 'other' &&
    memory.focus === 'people' &&
    memory.slot &&
    question.mentions.length > 0
  ) {
    return { ...question, slot: memory.slot, slotExplicit: false };
  }
  if (!question.continuation || question.slotExplicit || !memory.slot || question.type === 'yes-no')
    return question;
  if (['when', 'where', 'why'].includes(question.type)) return question;
  return { ...question, slot: memory.slot };
}

/**
 * A follow-up that names nothing new ("what did they agree", "how many since", "anything else announced?") is read
 * against the fact and people of the previous turn.
 */
export function isElliptical(question: Question, memory: ConversationState): boolean {
  if (memory.turns === 0 || (memory.factId === undefined && memory.people.length === 0)) return false;
  if (question.mentions.length > 0 || question.year !== undefined || question.month !== undefined)
    return false;
  const content = informativeStems(question).filter((s) => !question.cueStems.has(s));
  const short = question.tokens.length <= 4;
  // "across what span of time?": a question with no content of its own can only be about what was just said.
  return (
    content.length === 0 || (content.length <= 1 && (question.continuation || question.pronoun || short))
  );
}

/** The remembered fact and people an elliptical follow-up leans on. */
export function withContext(question: Question, memory: ConversationState): Question {
  const previous = memory.factId === undefined ? question : { ...question, previousFactId: memory.factId };
  if (!isElliptical(question, memory)) return previous;
  return {
    ...previous,
    context: {
      factId: memory.factId,
      people: memory.people,
      excludeFact: EXCLUDES_GIVEN.test(question.text.toLowerCase()),
      given: memory.given ?? [],
    },
  };
}

/**
 * "And Jones's?" after "Who is Smith's counterpart?": a possessive fragment naming one person asks the previous
 * question again about that person. Returns the previous question rewritten, or undefined.
 */
export function possessiveEllipsis(fragment: Question, memory: ConversationState): string | undefined {
  const previous = memory.lastAsk;
  if (!previous?.personSpan || !/['’]s\s*[?.!]*\s*$/.test(fragment.text)) return undefined;
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
 * it), and a "he"/"she" asking where someone is from means the person just named. Returns the question
 * rewritten, or undefined.
 */
export function bareFollowUp(
  index: ArticleIndex,
  fragment: Question,
  memory: ConversationState,
): string | undefined {
  const previous = memory.lastAsk;
  if (!previous || memory.turns === 0 || !BARE_ASK_TYPES.has(fragment.type)) return undefined;
  if (fragment.mentions.length > 0 || fragment.year !== undefined || fragment.month !== undefined)
    return undefined;
  const own = informativeStems(fragment).filter((s) => !fragment.cueStems.has(s));
  if (own.length > 1 || (own.length === 1 && fragment.tokens.length > 3)) return undefined;
  if (fragment.personPronoun && memory.focus === 'people' && PERSON_SLOTS.has(fragment.slot))
    return undefined;
  if (fragment.personPronoun && memory.focus === 'people' && fragment.slot === 'place') return undefined;
  const fact = memory.factId === undefined ? undefined : index.facts.find((f) => f.id === memory.factId);
  // The fact the previous answer gave is what a bare follow-up asks about, unless it cannot say when.
  if (memory.focus === 'fact' && fact && (fragment.slot !== 'date' || fact.date !== undefined))
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

/** The previous question, kept so a possessive fragment can ask it again about someone else. */
function lastAsk(question: Question): NonNullable<ConversationState['lastAsk']> {
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
  };
}

const THING_FORMS: ReadonlySet<string> = new Set(EN.pronouns.thing);
/** Words that already refer back: a question holding one names no new thing. */
const THING_PRONOUNS: ReadonlySet<string> = new Set([
  ...EN.pronouns.thing,
  ...EN.pronouns.person,
  'they',
  'them',
  'their',
  'this',
  'that',
]);
const AUXILIARIES: ReadonlySet<string> = new Set(EN.pronouns.auxiliaries);
const MODALS: ReadonlySet<string> = new Set(EN.pronouns.modals);
const COMPARISON_WORDS: ReadonlySet<string> = new Set(EN.comparisonWords);
const MAX_THING_WORDS = 5;

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
const POSSESSIVE_FORMS: ReadonlySet<string> = new Set(['his', 'hers']);

/**
 * "Who is Smith?" / "What did she say about the budget?": a "he" or "she" meaning the one person just talked about
 * is that person, named, so a what/how question is answered about them as if they were named. "her" is read as "Smith's"
 * before a word it can own, else as "Smith". Returns the question rewritten, or undefined.
 */
export function pronounAsName(
  index: ArticleIndex,
  fragment: Question,
  memory: ConversationState,
): string | undefined {
  if (!fragment.personPronoun || memory.focus !== 'people' || memory.people.length !== 1) return undefined;
  if (fragment.mentions.some((m) => m.ref.kind === 'person')) return undefined;
  // What someone said, did or plans; who they are or where they are from stays with the people handlers.
  if (!['what', 'how'].includes(fragment.type) || WHO_THEY_ARE.has(fragment.slot)) return undefined;
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

/**
 * An answer that says nothing of what it was about ("Jones beat Smith in the semifinal", a quote) is about the
 * people it names: "where's she from?" after it means them.
 */
function namedFocus(index: ArticleIndex, draft: Draft): Draft['focus'] {
  if (!draft.answered) return undefined;
  const named = index.article.people.filter((person) =>
    [person.name, ...person.aliases, ...(person.familyName ? [person.familyName] : [])].some(
      (form) => /^\p{Lu}/u.test(form) && form.length >= 3 && writes(draft.text, form),
    ),
  );
  return named.length > 0 ? { people: named.map((p) => p.id) } : undefined;
}

function writes(text: string, form: string): boolean {
  const at = text.indexOf(form);
  if (at < 0) return false;
  const before = text.charAt(at - 1);
  const after = text.charAt(at + form.length);
  return !/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after);
}

export function nextMemory(
  index: ArticleIndex,
  memory: ConversationState,
  draft: Draft,
  question: Question,
): ConversationState {
  const next: ConversationState = { ...memory, turns: memory.turns + 1, lastAsk: lastAsk(question) };
  const focus = draft.focus ?? namedFocus(index, draft);
  if (!focus) return next;
  if (focus.people && focus.people.length > 0) next.people = focus.people;
  const givenIds = focus.given ?? (focus.factId ? [focus.factId] : []);
  if (givenIds.length > 0) next.given = [...(memory.given ?? []), ...givenIds].slice(-MAX_GIVEN);
  if (focus.factId) {
    next.factId = focus.factId;
    // "Who are they?" after a fact about people (the two leaders' agreement) means those people.
    const involved = [...(index.facts.find((f) => f.id === focus.factId)?.entities ?? [])].filter((id) =>
      index.personById.has(id),
    );
    if (involved.length > 0 && !(focus.people && focus.people.length > 0)) next.people = involved;
  }
  next.focus = focus.people && focus.people.length > 0 ? 'people' : 'fact';
  if (focus.slot) next.slot = focus.slot;
  const filter = carryFilter(index, question, memory);
  if (filter.countries.length > 0) next.countries = filter.countries;
  if (filter.organizations.length > 0) next.organizations = filter.organizations;
  return next;
}
