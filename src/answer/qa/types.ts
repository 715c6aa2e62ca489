/** The answerer's types in one home (no import cycles): the question as analysed, drafts, memory, handlers. */
import type { Figure, Organization, Person } from '../../model/schema.ts';
import type { AskedPhrases, Cue, Cues } from './analyze/phrases.ts';
import type { ArticleIndex } from './retrieve/article-index.ts';

export type { AskedPhrases, Cue, Cues };

export type EntityKind = 'person' | 'organization' | 'place' | 'country' | 'event';

export interface EntityRef {
  kind: EntityKind;
  id: string;
}

export interface Mention {
  ref: EntityRef;
  /** Token span in the question, end exclusive. */
  start: number;
  end: number;
  partial: boolean;
  fuzzy: boolean;
}

/** What a question asks for. */
export type Slot =
  | 'profile'
  | 'role'
  | 'organization'
  | 'country'
  | 'date'
  | 'place'
  | 'outcome'
  | 'topic'
  | 'cause'
  | 'significance'
  | 'count'
  | 'duration'
  | 'ordinal'
  | 'photo'
  | 'quote'
  | 'format'
  | 'participants'
  | 'between'
  | 'background'
  | 'happened'
  | 'name'
  | 'general';

export type QuestionType = 'who' | 'what' | 'when' | 'where' | 'why' | 'how' | 'which' | 'yes-no' | 'other';

/** A quantity asked ("how deep", "how many", "what percentage"): what kinds of figure can answer it. */
export interface QuantityAsk {
  /** The question's phrase, as listed in lexicon/en/quantity-asks.json. */
  phrase: string;
  measures: ReadonlyArray<NonNullable<Figure['measures']>>;
  /** Stems a figure's label may use for the dimension asked ("depth" for "how deep"). */
  nounStems: ReadonlySet<string>;
  /** Stems of the phrase's own words: the ask, not content. */
  phraseStems: ReadonlySet<string>;
  /** The question asks for a change ("how much did it rise") rather than an amount. */
  change: boolean;
}

/** "Who did X beat?", "Who sued X?": a relation between an event's parties, by their participant roles. */
export interface RelationAsk {
  /** How an answer says it ("beat", "sued"). */
  past: string;
  /** The roles of the side asked for, and of the other side. */
  askedRoles: readonly string[];
  otherRoles: readonly string[];
  /** Whether the side asked for is the verb's subject ("who beat X") rather than its object ("who did X beat"). */
  asksSubject: boolean;
  /** The other side, when the question names it. */
  known?: EntityRef;
  /** Token index of the verb. */
  at: number;
}

/** "Who is the captain?", "who is the boss of X?": a post asked by its noun, and the party it belongs to if named. */
export interface PostAsk {
  noun: string;
  owner?: EntityRef;
}

export interface PhotoSpot {
  side: 'left' | 'right' | 'center';
  fromSide: number;
}

/**
 * A question as the analyzer read it. It holds no raw text: analyze/ is the only reader of what was typed, and
 * everything a handler acts on is a token, a stem, a named cue or a phrase the analyzer picked out.
 */
export interface Question {
  /** Lower-cased words (lexicon/text.ts tokenize). */
  tokens: string[];
  /** Named phrases the question holds (analyze/phrases.ts): handlers test these, never the text. */
  cues: Cues;
  /** Phrases of the question a handler needs as words (the thing a cause is asked of, a "which X" noun). */
  phrases: AskedPhrases;
  type: QuestionType;
  slot: Slot;
  /** Slot named explicitly by a cue word (not just implied by the question word). */
  slotExplicit: boolean;
  mentions: Mention[];
  /** Content stems, entity words included, cue words excluded. */
  stems: string[];
  /** Stems of words that named the slot ("threats", "agreed"): they count for less as content. */
  cueStems: Set<string>;
  /** Stems of words naming the story's own event or its two parties ("the two countries"): every fact shares them. */
  eventStems: Set<string>;
  /** Content words that appear nowhere in the article and mean nothing to the answerer. */
  unknownWords: string[];
  /** Unknown words written like names (capitalised mid-sentence) or known place names absent from the article. */
  unknownNames: string[];
  pronoun: boolean;
  /** "he", "she", "his", "her": a pronoun that can only mean a person. */
  personPronoun: boolean;
  /** "And ...", "What about ...", or a fragment with no question word: continues the previous turn. */
  continuation: boolean;
  photo?: PhotoSpot;
  post?: PostAsk;
  /** "What does the name X mean?": the name whose meaning is asked, as the question writes it. */
  meaningOf?: string;
  /** "and the right?": a side named outside a photo question (a photo place only as a follow-up to one). */
  sideNamed?: PhotoSpot;
  quantity?: QuantityAsk;
  /** "What does COPD stand for?": the abbreviation asked to be spelt out, lower-cased. */
  expands?: string;
  /** "How many container ships ...": the stems of the things counted (an answer's number must count them). */
  counted?: string[];
  relation?: RelationAsk;
  /** "Which court ...", "what company ...": the kind of organization asked for, and the noun's token index. */
  organizationKind?: { kind: Organization['kind']; at: number };
  /** "Who wrote this story?": the author asked, not the agency. */
  asksAuthor: boolean;
  /** "What will happen next?", "when is the next round?": asks what is yet to happen. */
  asksFuture: boolean;
  /** "Who took the photo?", "which agency reported it?": asks the story's source or credit. */
  asksSource: boolean;
  /** "When was the article published?": asks the story's own date. */
  asksPublished: boolean;
  /** "Summarize it" (short) or "tell me everything" (detailed): asks for the article's summary. */
  asksSummary?: 'short' | 'detailed';
  /** A bare noun for a gathering ("what were the talks?"), which names the story's own event. */
  namesGatheringNoun: boolean;
  /** "What time ...?": the hour asked, not the day. */
  timeOfDay: boolean;
  /** "What is/was the ...": asks what something is, by its name alone. */
  copular: boolean;
  year?: number;
  month?: number;
  ordinal?: number;
  negated: boolean;
  /** "Where and when ...": the date is asked beside the place. */
  alsoDate: boolean;
  /** Set for an elliptical follow-up ("what did they agree", "how many since"): the fact and people it leans on. */
  context?: QuestionContext;
  /** The fact the previous answer rested on, for a back-reference ("in that") in a question not otherwise elliptical. */
  previousFactId?: string;
  /** The resolve stage asked the follow-up again in full ("where did she train?" -> "where did Ana Brel train?"). */
  restated?: boolean;
}

export interface QuestionContext {
  factId?: string | undefined;
  people: string[];
  /** "anything else ...": the remembered fact is not the answer. */
  excludeFact: boolean;
  /** Facts already given in this conversation. */
  given: string[];
}

export interface Citation {
  sentenceId: string;
  /** The verbatim sentence text. */
  text: string;
}

export interface Answer {
  answered: boolean;
  text: string;
  citations: Citation[];
}

/** An answer before its citations are resolved, plus what it was about (for the conversation's memory). */
export interface Draft {
  answered: boolean;
  text: string;
  sentences: string[];
  focus?: Focus;
  /** The answer is about the article's source or date: its credit and dateline lines may be cited. */
  aboutSource?: boolean;
}

export interface Focus {
  people?: string[];
  factId?: string;
  slot?: Slot;
  /** Several facts given at once (a list of topics): all count as said for "what else". */
  given?: string[];
}

/**
 * An organization or a thing-like place (a venue, a ship, a building) the last turn named, in its question or in
 * its answer: what an "it" or a "they" of the next question can mean.
 */
export interface Referent {
  ref: EntityRef;
  /** The words it was named with (lower-cased tokens), to ask the next question again with the name. */
  words: string[];
  /** Named by the question. */
  asked: boolean;
  /** Named by the answer. */
  answered: boolean;
}

/** What a conversation remembers between turns. Plain data, safe to copy. */
export interface ConversationState {
  people: string[];
  factId?: string;
  slot?: Slot;
  /** Whether the last answer was about people or about a fact. */
  focus?: 'people' | 'fact';
  /** Country and organization ids a "who" question was narrowed by ("Who represented South Korea?"). */
  countries: string[];
  organizations: string[];
  turns: number;
  /** Fact ids already given in this conversation (bounded), left out by "what else". */
  given?: string[];
  /**
   * The previous question's tokens and the span naming one person in it ("and Jones's?" asks it again), or one
   * party ("and the far right?" asks it again about another).
   */
  lastAsk?: {
    tokens: string[];
    personSpan?: [number, number];
    /** The span naming the one party (person, organization, country or place) it named, if just one. */
    partySpan?: [number, number];
    partyKind?: EntityKind;
    /** The words naming what it asked about ("the strike fund" of "how big is the strike fund"), for an "it". */
    thing?: string[];
    /** It asked about the photo ("who's on the left in the picture?"): an "it" after it is the photo. */
    photo?: boolean;
  };
  /** The organizations and thing-like places the last turn named (referents.ts). */
  referents?: Referent[];
}

export const EMPTY_STATE: ConversationState = Object.freeze({
  people: [],
  countries: [],
  organizations: [],
  turns: 0,
}) as ConversationState;

/** What every handler may read: the article's index, the conversation's memory, the people the question is about. */
export interface AnswerContext {
  index: ArticleIndex;
  memory: ConversationState;
  /** People the question names or refers back to (resolved once, before any handler runs). */
  people: Person[];
}

/**
 * One kind of question. `match` decides from the analysed question (never its raw text) whether this handler
 * answers and with what; `answer` writes the draft. The registry (handlers/index.ts) runs handlers by priority,
 * lowest first; the first to match answers.
 */
export interface Handler<Args = unknown> {
  name: string;
  priority: number;
  match(question: Question, context: AnswerContext): Args | undefined;
  answer(args: Args, context: AnswerContext): Draft;
  /**
   * Its answer must hold every content word the question asks (or a synonym); else the article doesn't say.
   * For handlers that answer from a loose match (a sentence, a name, a list of people).
   */
  mustCoverAsked?: boolean;
}
