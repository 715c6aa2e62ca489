import type { AnalyzedDocument } from '../nlp/types.ts';
import { agesFromBackReferences } from './ages.ts';
import type { SourceDocument } from '../read/types.ts';
import { creditedPeople } from './credits.ts';
import { extractMainEvent } from './events.ts';
import { extractSecondaryEvents } from './secondary-events.ts';
import { extractFigures } from './figures.ts';
import { distinctEntityKeys, distinctFactKeys } from './ids.ts';
import { extractKeywords } from './keywords.ts';
import {
  extractOrganizations,
  governingBodies,
  organizationsFromStatements,
  organizationsFromTitles,
} from './organizations.ts';
import { extractPeople } from './people.ts';
import { photoPositions } from './photos.ts';
import { extractPlaces, extractUnknownPlaces } from './places.ts';
import { extractContext, extractGaps, extractOutcomes } from './outcomes.ts';
import type { ContextFact, GapFact, OutcomeFact } from './outcomes.ts';
import { extractQuotes } from './quotes.ts';
import { findRuns } from './runs.ts';
import { extractSummaries } from './summaries.ts';
import { extractTimeline } from './timeline.ts';
import { extractTopics, type TopicFact } from './topics.ts';
import type {
  CountryFact,
  EventFact,
  ExtractionInput,
  FigureFact,
  OrganizationFact,
  PersonFact,
  PlaceFact,
  QuoteFact,
  Summaries,
  TimelineFact,
} from './types.ts';

export interface Extraction {
  readonly people: PersonFact[];
  readonly organizations: OrganizationFact[];
  readonly places: PlaceFact[];
  readonly countries: CountryFact[];
  readonly quotes: QuoteFact[];
  readonly figures: FigureFact[];
  readonly event: EventFact;
  /** The story's other dated events, each resting on its sentence. */
  readonly otherEvents: EventFact[];
  readonly timeline: TimelineFact[];
  readonly outcomes: OutcomeFact[];
  readonly context: ContextFact[];
  readonly gaps: GapFact[];
  readonly topics: TopicFact[];
  readonly keywords: string[];
  readonly summaries: Summaries;
  /** What the rules were unsure of and left out, for the operator's review. */
  readonly warnings: string[];
}

/**
 * Every extractor over one analysed document. The order is data flow, not priority: people need the
 * organizations and places found first (to tell "Savannah City" the team from a person), quotes need the
 * people, the event needs them all.
 */
export function extractFacts(source: SourceDocument, doc: AnalyzedDocument): Extraction {
  const sentences = doc.sentences.filter((s) => s.kind !== 'headline');
  const input: ExtractionInput = { source, doc, sentences };
  const warnings: string[] = [];
  const warn = { add: (message: string) => void (warnings.includes(message) || warnings.push(message)) };
  const runs = sentences.flatMap(findRuns);
  const organizations = extractOrganizations(input, runs, warn);
  const placeIndex = extractPlaces(input, runs, organizations);
  const people = extractPeople(input, runs, organizations, placeIndex, warn);
  organizationsFromTitles(input, people, organizations, warn);
  organizationsFromStatements(input, runs, people, organizations);
  governingBodies(input, runs, people, organizations);
  creditedPeople(input, people, organizations);
  extractUnknownPlaces(input, runs, placeIndex, organizations, (text) =>
    people.some((p) => p.namesAsWritten.includes(text)),
  );
  agesFromBackReferences(input, people);
  photoPositions(input, people);
  // One id per item across all collections: sentence ids and country codes are fixed, entities follow.
  const taken = new Set([...doc.sentences.map((s) => s.id), ...placeIndex.countries.map((c) => c.code)]);
  distinctEntityKeys(people, organizations, placeIndex, taken);
  const quotes = extractQuotes(input, people, organizations, warn);
  const figures = extractFigures(
    input,
    [...placeIndex.countries]
      .sort((a, b) => b.evidence.sentences.length - a.evidence.sentences.length)
      .map((c) => c.code),
  );
  const event = extractMainEvent(input, runs, people, organizations, placeIndex.places, warn);
  const otherEvents = extractSecondaryEvents(input, runs, event, people, organizations, placeIndex.places);
  const timeline = extractTimeline(input, event, people, placeIndex.places);
  const keywords = extractKeywords(input);
  const summaries = extractSummaries(input, keywords);
  const outcomes = extractOutcomes(input, people, organizations, placeIndex.countries);
  const context = extractContext(input);
  const gaps = extractGaps(input);
  const covered = new Set(
    [event, ...quotes, ...outcomes, ...context, ...gaps, ...timeline].flatMap((f) => f.evidence.sentences),
  );
  const topics = extractTopics(input, covered);
  distinctFactKeys(
    [event, ...otherEvents, ...topics, ...outcomes, ...quotes, ...figures, ...context, ...timeline],
    taken,
  );
  return {
    people,
    organizations,
    places: placeIndex.places,
    countries: placeIndex.countries,
    quotes,
    figures,
    event,
    otherEvents,
    timeline,
    outcomes,
    context,
    gaps,
    topics,
    keywords,
    summaries,
    warnings,
  };
}
