import type { OrganizationKind } from '../../model/schema.ts';
import type { DateValue } from '../../model/schema-primitives.ts';
import type { AnalyzedDocument, AnalyzedSentence } from '../nlp/types.ts';
import type { SourceDocument } from '../read/types.ts';

/** Extracted facts, before they are laid out as a model (build.ts). Every fact has its evidence. */

export interface FactEvidence {
  readonly sentences: string[];
  readonly quotes: string[];
}

export interface Mention {
  readonly sentence: string;
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

export interface PersonFact {
  key: string;
  name: string;
  /** Other forms the article writes (spelling variants, surname alone). */
  namesAsWritten: string[];
  title?: string;
  titleVariants: string[];
  role?: string;
  organization?: string;
  country?: string;
  photoPosition?: { asWritten: string; side: 'left' | 'right' | 'center'; fromSide: number };
  mentions: Mention[];
  evidence: FactEvidence;
}

/** The model's organization kinds (one list, in the schema). */
export type OrgKind = OrganizationKind;

export interface OrganizationFact {
  key: string;
  name: string;
  namesAsWritten: string[];
  acronyms: string[];
  kind: OrgKind;
  country?: string;
  mentions: Mention[];
  evidence: FactEvidence;
}

export type PlaceKind =
  | 'country'
  | 'state'
  | 'province'
  | 'region'
  | 'peninsula'
  | 'island'
  | 'city'
  | 'district'
  | 'venue'
  | 'other';

export interface PlaceFact {
  key: string;
  name: string;
  namesAsWritten: string[];
  kind: PlaceKind;
  country?: string;
  within?: string;
  evidence: FactEvidence;
}

export interface CountryFact {
  code: string;
  name: string;
  namesAsWritten: string[];
  demonym: string;
  evidence: FactEvidence;
}

export interface QuoteFact {
  key: string;
  text: string;
  /** A person or organization key; absent for an unnamed speaker described in words. */
  speakerKey?: string;
  speaker: string;
  verb: string;
  attribution: 'explicit' | 'inferred';
  evidence: FactEvidence;
}

export interface FigureFact {
  key: string;
  label: string;
  /** Words a question asks this figure with that its label does not write ("deep" for a depth). */
  keywords?: string[];
  value: number;
  unit?: string;
  currency?: string;
  scale?: 'thousand' | 'million' | 'billion' | 'trillion';
  derivation?: { method: string; from: string[] };
  measures:
    | 'count'
    | 'money'
    | 'percentage'
    | 'length'
    | 'area'
    | 'mass'
    | 'speed'
    | 'duration'
    | 'rank'
    | 'age'
    | 'score'
    | 'temperature'
    | 'other';
  period?: string;
  comparedWith?: string;
  approximate: boolean;
  asWritten: string;
  evidence: FactEvidence;
}

export interface DateFact {
  sentence: string;
  value: DateValue;
}

export interface EventFact {
  key: string;
  kind: string;
  name: string;
  nouns: string[];
  date?: DateValue;
  place?: string;
  participants: { role: string; people: string[]; organization?: string; evidence: FactEvidence }[];
  evidence: FactEvidence;
}

export interface TimelineFact {
  key: string;
  date: DateValue;
  what: string;
  people: string[];
  places: string[];
  evidence: FactEvidence;
}

export interface Summaries {
  oneLine: string[];
  short: string[];
  detailed: string[];
}

/** What every extractor reads. */
export interface ExtractionInput {
  readonly source: SourceDocument;
  readonly doc: AnalyzedDocument;
  /** Body, caption and dateline sentences: what facts may rest on. */
  readonly sentences: readonly AnalyzedSentence[];
}

export interface Warnings {
  add(message: string): void;
}
