import type { Country } from '../../../model/schema.ts';
import { asksAboutFuture } from '../lexicon/dates.ts';
import { EN, type ListedCue } from '../lexicon/en/index.ts';
import { canonicalWords } from '../lexicon/organization-words.ts';
import { contentStems } from '../lexicon/text.ts';

/**
 * Phrases of the question that handlers act on, read here once so that no handler reads the question's text: each
 * cue is named (a handler asks `question.cues.has('excludesGiven')`), and the few phrases a handler needs as words
 * (the thing a cause is asked of, the noun a "which X" asks for) come as token-level data. Word lists are data in
 * lexicon/en/question-cues.json; the patterns below are the cues a word list cannot say (an order, a lookahead).
 * Every cue is tested on the question as the analyzer read it, lower-cased (`asWritten` cues on its letters' case).
 */

/** A cue that is a whole-word list in lexicon/en/question-cues.json: every listed cue is tested on every question. */
function listed(name: ListedCue): RegExp {
  return new RegExp(`\\b(${EN.questionCues[name].words.join('|')})\\b`);
}
const LISTED = (Object.keys(EN.questionCues) as ListedCue[]).map((name) => [name, listed(name)] as const);

/** "What's his official name?" asks a name, not about an official. */
function withoutNameQualifier(lower: string): string {
  return lower.replace(/\b(official|full) name\b/, 'name');
}

const PERSON_WORDS = listed('personWords');
const YES_NO_PRESENCE =
  /\b(there|attend\w*|present|participat\w*|take part|took part|join\w*|at the (talks|meeting|consultation|dialogue)|in the (talks|meeting)|involved)\b/;
const FIRM_OUTCOME =
  /\b(sign(ed|ing|s)?(?! of)|concrete|specific|binding|treaty|document|formal|deal|measures|steps|details?)\b/;
const AGREEMENT_ASKED = /\b(agree\w*|sign(ed|ing|s)?(?! of)|deal|steps|measures|details?|concrete)\b/;
const HELD = /\b(held|hold|take place|took place|happen\w*|meet|met)\b/;
const IN_WORD = listed('inWord');
/** Words for what is yet to come, for a date asked ("when is the next round?"). */
const LATER_WORDS = /\b(next|upcoming|future|will|plan|plans|planned|scheduled|later|follow-up)\b/;

const CUES = {
  // Who a question is about (resolve/person-turn.ts, resolve/follow-up.ts).
  /** "what did they say about the talks": a "they" about the event's parties, not about people just named. */
  theyAboutTheEvent: /\b(they|them|their)\b.*\b(talks|meeting|sides?|countries)\b/,
  otherSide: /\b(other|opposite) (side|country|delegation|team|party|one)\b/,
  startsNameOrList: /^(name|list)\b/,
  /** "Which Japanese official ...", "what other officials ...": a which-question whose noun is a kind of person. */
  whichPerson:
    /\b(which|what) ((?!(?:did|do|does|was|were|is|are|had|has|have|the)\b)[\w-]+ ){0,2}(officials?|persons?|people|delegates?|participants?|members?|representatives?|diplomats?)\b/,
  officeHeld:
    /\b(the|their|its|his|her)( \w+)? (deputy )?(director[- ]generals?|ministers?|envoys?|diplomats?)\b/,
  /** "Who heads the bureau?", "who is in charge of it": the head of an organization, not anyone in it. */
  headOf: /\b(heads|leads|runs|chief of|head of|in charge of)\b|\bwho (is|was) (the )?head\b/,
  // Names (handlers/names.ts).
  givenNameAsked: (lower: string) => /\b(first|given)\s+name\b/.test(withoutNameQualifier(lower)),
  familyNameAsked: (lower: string) => /\b(last|family|sur)\s*name\b/.test(withoutNameQualifier(lower)),
  /** A word for a person ("the official"), "official name" aside: a name asked of someone. */
  personAsked: (lower: string) => PERSON_WORDS.test(withoutNameQualifier(lower)),
  // Countries and the host (handlers/countries.ts, handlers/host-institution.ts).
  /** "which (other) countries", "how many nations", "what are the two countries". */
  asksCountries:
    /\b(which|what|how many)( other)? (countries|country|nations?|governments)\b|\bwhat (are|were) the (two |three )?(countries|nations)\b/,
  /** "Was any other country mentioned?": a yes/no asking for countries beyond those named. */
  anyOtherCountry: /\bany (other |third |additional )?(countr(y|ies)|nations?)\b/,
  countryTookPart:
    /\b(at the|part of|in the|attend\w*|participat\w*|took part|take part|present|involved|there)\b/,
  /** "in that", "part of that discussion": the thing just talked about, not the talks. */
  inThatThing:
    /\b(?:in|of|into|to|with|about|by)\s+(?:that|this|it|those)\b(?!\s+(?:talks|meeting|consultation|dialogue))/,
  // The people and organizations of a follow-up (handlers/people-filter.ts).
  /** A pick among people: "the defense one", "which of them", "which one", "the defense counterpart/official/side". */
  pickAmongPeople:
    /\b(one|ones|of them|counterpart|official|officials|side|person|representative|delegate)\b|\bwho\b.*\bfrom\b/,
  organizationOfRemembered:
    /\b(what|which) (organi[sz]ation|bureau|ministry|agency|body|department|office|institution)\b.*\b(that|this|the same|he|she|his|her|they) ?(official|person|one)?\b/,
  // Who (handlers/who.ts).
  /** The person facing someone across the table. */
  counterpartAsked:
    /\b(counterparts?|equivalents?|opposite|across from|across the table|facing|faced|opposite number)\b|\bwho (did|does|was) .{0,30}\b(meet|face|talk (to|with)|sit down with)\b/,
  // Yes/no (handlers/yes-no.ts, handlers/event-form.ts).
  yesNoPresence: YES_NO_PRESENCE,
  /** "Was it held in Oslo?": a place asked of the event by its verb. */
  heldIn: (lower: string) => HELD.test(lower) && IN_WORD.test(lower),
  /** "Did they sign a concrete deal?": a firm outcome asked (signed, concrete, details). */
  firmOutcomeAsked: (lower: string) => FIRM_OUTCOME.test(lower) && AGREEMENT_ASKED.test(lower),
  topicVerbs:
    /\b(discuss\w*|talk(ed)? about|rais\w*|address\w*|mention\w*|cover\w*|touch\w*|bring up|brought up|come up|came up|includ\w*|on the agenda)\b/,
  agreeWord: /\bagre\w*\b/,
  /** "the first talks in five years" counts within a stretch of time, not the series. */
  withinSpan: /\b(in|for)(\s+[\w-]+){1,3}\s+(years?|months?|decades?)\b/,
  // Cause, consequence, judgement, series (handlers/premise.ts, consequence.ts, honesty.ts).
  causeAsked: /\b(caus\w*|because|due to|(led|lead|leads) to|result of|trigger\w*|prompt\w*|sparked)\b/,
  consequenceAsked:
    /\b(lead to|led to|result(ed)? in|as a result|what did (that|it|this) cause|consequences?|outcome of (that|it|this))\b/,
  judgementAsked:
    /\b(to blame|blamed?|at fault|whose fault|(?:was|is|were) (?:\w+ )?(?:fault|culprit)|culprits?|guilty|responsib(?:le|ility) for (?:the|this|that|causing|starting) (?:[\w-]+ ){0,3}?(?:dispute|incident|row|breakdown|tensions?|interruptions?|feud|collapse|failure|accident|crash|loss|delay))\b/,
  // Counting people (handlers/cast.ts).
  namedOnly: /\b(named|mentioned|in the (article|story|piece|text)|appear)\b/,
  tookPart: /\b(attend\w*|participa\w*|took part|take part|there|present|at the (talks|meeting))\b/,
  // Years (handlers/date-arithmetic.ts).
  /** A span asked in years: "how many years", "how long ago", "how old", "years separate/passed". */
  spanAsked:
    /\bhow (many|much) years\b|\bhow long (ago|has|have|had)\b|\bhow old\b|\byears? (separate|passed|elapsed|between)\b/,
  /** "What year did they last meet before 2023?": the last meeting of the series before this one. */
  lastBeforeAsked:
    /\b(what|which) year\b.*\blast\b|\blast (met|meet|held|meeting|talks?)\b.*\bbefore\b|\bwhen did they last\b/,
  /** Words that name the series' beginning rather than any one dated thing. */
  seriesStart: /\b(series|began|begin|beginning|start\w*|existed|exist|running|old)\b/,
  // Slots a fact may not fill (handlers/slot-fill.ts) and dates yet to come (retrieve/rank.ts).
  acronymAsked: /\b(acronyms?|abbreviat\w*|initials|short name|shorthand)\b/,
  laterAsked: (lower: string) => asksAboutFuture(lower, LATER_WORDS),
} satisfies Record<string, RegExp | ((lower: string) => boolean)>;

/** Cues tested on the question with its letters' case as typed. */
const AS_WRITTEN_CUES = {
  /** "And Jones's?": a possessive fragment. */
  endsPossessive: /['’]s\s*[?.!]*\s*$/,
} satisfies Record<string, RegExp>;

export type Cue = ListedCue | keyof typeof CUES | keyof typeof AS_WRITTEN_CUES;

for (const name of [...Object.keys(CUES), ...Object.keys(AS_WRITTEN_CUES)])
  if (name in EN.questionCues)
    throw new Error(
      `src/answer/qa/lexicon/en/question-cues.json: cue "${name}" is also a pattern in analyze/phrases.ts`,
    );

/** How each cue is tested: on the lower-cased question, or (as-written cues) on its letters' case as typed. */
const TESTS = new Map<Cue, (text: string, lower: string) => boolean>([
  ...LISTED.map(([name, pattern]) => [name, (_: string, lower: string) => pattern.test(lower)] as const),
  ...(Object.entries(CUES) as [keyof typeof CUES, RegExp | ((l: string) => boolean)][]).map(
    ([name, cue]) =>
      [
        name,
        typeof cue === 'function'
          ? (_: string, lower: string) => cue(lower)
          : (_: string, lower: string) => cue.test(lower),
      ] as const,
  ),
  ...(Object.entries(AS_WRITTEN_CUES) as [keyof typeof AS_WRITTEN_CUES, RegExp][]).map(
    ([name, cue]) => [name, (text: string) => cue.test(text)] as const,
  ),
]);

/** The named cues a question holds, each tested the first time a handler asks for it (most are never asked). */
export interface Cues {
  has(cue: Cue): boolean;
}

class QuestionCues implements Cues {
  readonly #found = new Map<Cue, boolean>();
  readonly #text: string;
  readonly #lower: string;

  constructor(text: string) {
    this.#text = text;
    this.#lower = text.toLowerCase();
  }

  has(cue: Cue): boolean {
    let found = this.#found.get(cue);
    if (found === undefined) {
      found = TESTS.get(cue)!(this.#text, this.#lower);
      this.#found.set(cue, found);
    }
    return found;
  }
}

export function questionCues(text: string): Cues {
  return new QuestionCues(text);
}

/** Whether a single word is a word for a person ("official", "guy"). */
export function isPersonWord(word: string): boolean {
  return PERSON_WORDS.test(word);
}

/** "X caused by Y" (the thing explained first) and "did Y cause X" (the premise first). */
const EXPLAINED_FIRST =
  /^(?:was|were|is|are|had|has|did)\s+(.+?)\s+(?:(?:caused|triggered|prompted|sparked|brought about) by|due to|owing to|because(?: of)?|(?:as )?(?:the|a) result of|in the aftermath of)\s+(.+)$/;
/** Connectives that state a cause only after a stopping verb: "suspended over / after / amid a dispute". */
const WEAK_CAUSE_FIRST =
  /^(?:was|were|is|are|had|has|did)\s+(.+?\b(?:suspend|halt|stop|freez|froze|frozen|interrupt|break|broke|cut|end|sever|pause|shelv|scrap)\w*)\s+(?:over|after|following|amid|from)\s+(.+)$/;
const PREMISE_FIRST =
  /^(?:did|do|does|had|has|have)\s+(.+?)\s+(?:cause|trigger|prompt|spark|bring about|lead to|led to)\s+(.+)$/;

/** "Was the suspension caused by missile tests?": the content stems of the thing explained and of the premise. */
function causePremise(lower: string): { explained: string[]; premise: string[] } | undefined {
  const bare = lower.replace(/[?.!]+$/, '');
  const first = EXPLAINED_FIRST.exec(bare) ?? WEAK_CAUSE_FIRST.exec(bare);
  if (first) return { explained: contentStems(first[1]!), premise: contentStems(first[2]!) };
  const premiseFirst = PREMISE_FIRST.exec(bare);
  return premiseFirst
    ? { explained: contentStems(premiseFirst[2]!), premise: contentStems(premiseFirst[1]!) }
    : undefined;
}

/** "at these talks", "during this security dialogue", "at the Oslo talks": the story's own event as an occasion. */
const AT_THE_EVENT =
  /\b(?:at|during|in the course of|on the sidelines of)\s+(?:the|these|this|those|that|today's|(?:mon|tues|wednes|thurs|fri|satur|sun)day's)\s+(?:[\w-]+\s+){0,3}?(?:talks|dialogue|consultation|meeting|session)\b/;

/** The nouns a "which X" / "what kind of X" question asks for. */
const KIND_ASKED =
  /\b(?:which|what)\s+(?:(?:kind|type|sort|make|model|class)s?\s+of\s+)?(?:an?\s+|the\s+)?([\w-]+)(?:\s+([\w-]+))?/;

/** The finest date part a question asks for: 3 for a day, 2 for a month. */
function datePrecisionAsked(lower: string): { rank: number; word: string } | undefined {
  if (/\b(exact|precise|specific) (day|date)\b|\b(what|which) (day|date)\b|\bdate exactly\b/.test(lower))
    return { rank: 3, word: 'exact date' };
  if (/\b(what|which) month\b/.test(lower)) return { rank: 2, word: 'month' };
  return undefined;
}

const ORGANIZATIONS_PLURAL =
  /\b(ministries|bodies|organi[sz]ations|agencies|institutions|bureaus|departments)\b/;
/** "Besides the foreign ministries, which ministries took part?" */
const EXCEPT_ORGANIZATIONS = new RegExp(
  `\\b(besides|apart from|other than|aside from|except( for)?)\\b[^,?]*?[,]?.*${ORGANIZATIONS_PLURAL.source}`,
);

/** Phrases of the question a handler needs as words, not as a yes or no. */
export interface AskedPhrases {
  /** "Was X caused by Y?" / "Did Y cause X?": content stems of the thing explained and of the premise. */
  causePremise?: { explained: string[]; premise: string[] };
  /** "... at these talks?": content stems of the phrase naming the story's own event as the occasion. */
  occasionStems?: string[];
  /** "Which vessel", "what kind of military plane": the word after the question word, and the one after it. */
  kindAsked?: { head: string; next: string | undefined };
  /** "What exact date", "which month": the finest date part asked (3 a day, 2 a month). */
  datePrecisionAsked?: { rank: number; word: string };
  /** "Besides the foreign ministries, which ministries ...": the words of the organizations left out. */
  exceptedOrganizationWords?: string[];
  /** The question's words with organization synonyms merged ("defence" as "defense"): lexicon/organization-words.ts. */
  organizationWords: string[];
  /** Lower-cased words split at anything but a-z and 0-9 (empty pieces kept), "1st" as "first": dated things. */
  plainWords: string[];
  /** Runs of digits and points holding a point ("12.5"), as typed: a decimal the tokens split. */
  decimalsWritten: string[];
  /** "Who is X?": X as typed (without its end mark), to say which X the article doesn't name. */
  whoIsObject?: string;
  /** "What's the name of X?": X as typed. */
  nameOfObject?: string;
  /** Ids of the article's countries whose name, alias or demonym begins a word of the question. */
  countriesWritten: string[];
}

/** Whether a name begins a word of the text (the name read as a pattern, as written: "U.S." also finds "u-s-"). */
function beginsAWord(form: string, lower: string): boolean {
  const source = form.toLowerCase();
  try {
    return new RegExp(`\\b${source}`).test(lower);
  } catch {
    return new RegExp(`\\b${source.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`).test(lower);
  }
}

/** Each phrase is found the first time a handler reads it: most questions need one or two of them. */
export function askedPhrases(text: string, countries: readonly Country[]): AskedPhrases {
  const lower = text.toLowerCase();
  return whenRead<AskedPhrases>({
    organizationWords: () => canonicalWords(text),
    plainWords: () => lower.replace(/\b1st\b/g, 'first').split(/[^a-z0-9]+/),
    decimalsWritten: () => (text.match(/[\d.]+/g) ?? []).filter((run) => run.includes('.')),
    whoIsObject: () => {
      const who = /^\s*(who|whos|who's)\s+(is|was|are|were)?\s*/i.exec(text);
      return who ? text.slice(who[0].length).replace(/[?.!]+$/, '') : undefined;
    },
    countriesWritten: () =>
      countries
        .filter((c) => [c.name, ...c.aliases, c.demonym].some((form) => form && beginsAWord(form, lower)))
        .map((c) => c.id),
    causePremise: () => causePremise(lower),
    occasionStems: () => {
      const occasion = AT_THE_EVENT.exec(lower);
      return occasion ? contentStems(occasion[0]) : undefined;
    },
    kindAsked: () => {
      const kind = KIND_ASKED.exec(lower);
      return kind ? { head: kind[1]!, next: kind[2] } : undefined;
    },
    datePrecisionAsked: () => datePrecisionAsked(lower),
    exceptedOrganizationWords: () => {
      const except = EXCEPT_ORGANIZATIONS.exec(lower);
      return except ? canonicalWords(except[0].split(ORGANIZATIONS_PLURAL)[0]!) : undefined;
    },
    nameOfObject: () => /\bname of\s+(.+?)[?.!]*$/i.exec(text)?.[1],
  });
}

/**
 * An object whose every field is computed the first time it is read, then kept. Made at every question: the
 * getters live on one prototype per set of field names (made once), each object holds only its `compute` and
 * the values read, so no closures or property definitions are made per object (they were most of what
 * analysing a question allocated). The fields are read through the prototype: not the object's own keys.
 */
function whenRead<T extends object>(compute: { [K in keyof T]-?: () => T[K] }): T {
  const reader = readerOf(compute);
  const out = Object.create(reader.prototype) as Record<symbol, unknown>;
  out[COMPUTE] = compute;
  out[VALUES] = new Array<unknown>(reader.keys.length).fill(UNREAD);
  return out as T;
}

const COMPUTE = Symbol('compute');
const VALUES = Symbol('values');
const UNREAD = Symbol('unread');
interface Reader {
  keys: readonly string[];
  prototype: object;
}
const READERS: Reader[] = [];

/** The prototype for the field names of `compute`, in their order (compared without making a list of them). */
function readerOf(compute: object): Reader {
  search: for (const reader of READERS) {
    let at = 0;
    for (const key in compute) if (reader.keys[at++] !== key) continue search;
    if (at === reader.keys.length) return reader;
  }
  const keys = Object.keys(compute);
  const prototype = {};
  keys.forEach((key, at) =>
    Object.defineProperty(prototype, key, {
      enumerable: true,
      get(this: Record<symbol, unknown>) {
        const values = this[VALUES] as unknown[];
        if (values[at] === UNREAD) values[at] = (this[COMPUTE] as Record<string, () => unknown>)[key]!();
        return values[at];
      },
    }),
  );
  const reader = { keys, prototype };
  READERS.push(reader);
  return reader;
}
