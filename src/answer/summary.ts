import { eventHeading, mainEvent } from '../model/events.ts';
import type { Article, DateValue, EventKind, Outcome } from '../model/schema.ts';

export const SUMMARY_LENGTHS = ['brief', 'standard', 'detailed'] as const;
export type SummaryLength = (typeof SUMMARY_LENGTHS)[number];

export interface SummaryOutcome {
  statement: string;
  modality: Outcome['modality'];
  /** For users: how far it goes ("without further details"). */
  detail?: string;
}

export interface SummaryAnswer {
  articleId: string;
  length: SummaryLength;
  headline: string;
  dek: string;
  text: string;
  sentenceIds: string[];
  date: DateValue;
  source: { agency: string; publication?: string; url?: string };
  keyOutcome?: SummaryOutcome;
  /** Only for the detailed length: the event's particulars and every outcome. */
  details?: {
    eventName: string;
    /** The article's own word for the event, capitalised ("The final", "Security talks"). */
    eventHeading: string;
    eventKind: EventKind;
    ordinal?: string;
    format: string[];
    place?: string;
    participantCount: number;
    outcomes: SummaryOutcome[];
    /** The first figures of the model, each as the article writes it ("$144.7 million"). */
    figures: { label: string; asWritten: string }[];
  };
}

/** Figures shown in the detailed summary (the curator lists the important ones first). */
const KEY_FIGURES = 5;

const SUMMARY_FOR_LENGTH = { brief: 'oneLine', standard: 'short', detailed: 'detailed' } as const;

export function isSummaryLength(value: string): value is SummaryLength {
  return (SUMMARY_LENGTHS as readonly string[]).includes(value);
}

function toSummaryOutcome(outcome: Outcome): SummaryOutcome {
  const result: SummaryOutcome = { statement: outcome.statement, modality: outcome.modality };
  if (outcome.detail) result.detail = outcome.detail;
  return result;
}

function placeLabel(article: Article): string | undefined {
  const event = mainEvent(article);
  const venue = article.places.find((place) => place.id === event.venue);
  const city = article.places.find((place) => place.id === event.place);
  const parts = [venue?.name, city?.name].filter((part): part is string => Boolean(part));
  if (venue && city && venue.name.includes(city.name)) return venue.name;
  return parts.length ? parts.join(', ') : undefined;
}

/** The story at one of three lengths, from the curated summaries of the model. */
export function summarizeArticle(article: Article, length: SummaryLength = 'standard'): SummaryAnswer {
  const summary = article.summaries[SUMMARY_FOR_LENGTH[length]];
  const source: SummaryAnswer['source'] = { agency: article.source.agency };
  if (article.source.publication) source.publication = article.source.publication;
  if (article.source.url) source.url = article.source.url;
  const answer: SummaryAnswer = {
    articleId: article.id,
    length,
    headline: article.headline,
    dek: article.dek,
    text: summary.text,
    sentenceIds: summary.sentences,
    date: mainEvent(article).date,
    source,
  };
  const firstOutcome = article.outcomes[0];
  if (firstOutcome) answer.keyOutcome = toSummaryOutcome(firstOutcome);
  if (length === 'detailed') {
    const event = mainEvent(article);
    const details: NonNullable<SummaryAnswer['details']> = {
      eventName: event.name,
      eventHeading: eventHeading(event),
      eventKind: event.kind,
      format: event.format.map((format) => format.value),
      participantCount: article.people.filter((person) => person.involvement === 'participant').length,
      outcomes: article.outcomes.map(toSummaryOutcome),
      figures: article.figures
        .filter((figure) => !figure.derivation)
        .slice(0, KEY_FIGURES)
        .map((figure) => ({ label: figure.label, asWritten: figure.asWritten })),
    };
    if (event.ordinal) details.ordinal = event.ordinal.asWritten;
    const place = placeLabel(article);
    if (place) details.place = place;
    answer.details = details;
  }
  return answer;
}
