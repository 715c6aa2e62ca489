import type { Slot } from './analyze/understand.ts';

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
  /** The previous question's tokens and the span naming one person in it ("and Ando's?" asks it again). */
  lastAsk?: { tokens: string[]; personSpan?: [number, number] };
}

export const EMPTY_STATE: ConversationState = Object.freeze({
  people: [],
  countries: [],
  organizations: [],
  turns: 0,
}) as ConversationState;
