import type { Slot } from './understand.ts';

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
}

export const EMPTY_STATE: ConversationState = Object.freeze({
  people: [],
  countries: [],
  organizations: [],
  turns: 0,
}) as ConversationState;
