import type { DateValue } from '../../model/schema.ts';

export type SentenceKind = 'headline' | 'dateline' | 'caption' | 'credit' | 'body';

export interface Token {
  readonly text: string;
  /** Offsets into the article text (UTF-16 code units, end exclusive). */
  readonly start: number;
  readonly end: number;
  /** Universal POS tag from wink ("PROPN", "VERB", ...). */
  readonly pos: string;
  /** wink token type ("word", "number", "punctuation", ...). */
  readonly type: string;
  readonly lemma: string;
}

export type NumericKind =
  'MONEY' | 'PERCENT' | 'ORDINAL' | 'CARDINAL' | 'DATE' | 'DURATION' | 'TIME' | 'OTHER';

/** A wink entity (numbers, money, percentages, ordinals, dates) located in the text. */
export interface NumericEntity {
  readonly kind: NumericKind;
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

export type Tense = 'past' | 'present' | 'future';

/** A date found in a sentence, resolved against the reference date, with the words as written. */
export interface FoundDate {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly value: DateValue;
  /** True when the words alone do not give the date (a weekday, a month without year, "a year earlier"). */
  readonly resolved: boolean;
}

export interface AnalyzedSentence {
  readonly id: string;
  readonly paragraph: number;
  readonly index: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly kind: SentenceKind;
  readonly tokens: readonly Token[];
  readonly numbers: readonly NumericEntity[];
  readonly dates: readonly FoundDate[];
  readonly tense: Tense;
}

export interface AnalyzedDocument {
  readonly text: string;
  readonly sentences: readonly AnalyzedSentence[];
  /** YYYY-MM-DD the relative dates were resolved against (dateline or publication date). */
  readonly referenceDate: string;
}
