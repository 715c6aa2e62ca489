import { delegationsOf, mainEvent } from '../../../model/events.ts';
import type {
  Article,
  Context,
  DateValue,
  Figure,
  Outcome,
  Quote,
  TimelineEntry,
  Topic,
} from '../../../model/schema.ts';
import { intern } from './intern.ts';
import { WeightBag } from './weight-bag.ts';
import { ListSet, SortedWordSet } from './compact.ts';
import { contentStems, tokenize } from '../lexicon/text.ts';

/** One statement of the model the answerer can rank against a question. */
export type FactSource =
  | { kind: 'event' }
  | { kind: 'timeline'; entry: TimelineEntry }
  | { kind: 'outcome'; outcome: Outcome }
  | { kind: 'topic'; topic: Topic }
  | { kind: 'quote'; quote: Quote }
  | { kind: 'figure'; figure: Figure }
  | { kind: 'context'; context: Context }
  | { kind: 'gap'; about: string; sentences: string[] };

export interface Fact {
  id: string;
  source: FactSource;
  /** Stem -> weight: 1 for the fact's own words, less for the words of the sentences around it. */
  bag: ReadonlyMap<string, number>;
  sentences: string[];
  date?: DateValue;
  /** Entity ids it involves (people, places, countries). */
  entities: ReadonlySet<string>;
  /** The fact's own words as written (unstemmed), to break ties in favour of the exact word asked. */
  words: ReadonlySet<string>;
}

/** Words for the kind of place a fact names, so "which region" meets "Northeast Asia" and "what building" a venue. */
const PLACE_KIND_WORDS: Record<string, string> = {
  city: 'city town',
  venue: 'building venue',
  region: 'region area',
  country: 'country nation',
  peninsula: 'peninsula region',
};

const FIRST_SINCE_GAP =
  /\bfirst\b(?=[^.]*?\bin (?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|several|many) (?:years?|decades?|months?)\b)/gi;

/** What a fact itself states, without the quotes and keywords around it (the event: its name, aliases and nouns). */
export function statementOf(article: Article, source: FactSource): string {
  switch (source.kind) {
    case 'event': {
      const event = mainEvent(article);
      return [event.name, ...event.aliases, ...event.nouns].join(' ');
    }
    case 'timeline':
      return source.entry.what;
    case 'outcome':
      return source.outcome.statement;
    case 'topic':
      return source.topic.label;
    case 'quote':
      return source.quote.text;
    case 'figure':
      return source.figure.label;
    case 'context':
      return source.context.statement;
    case 'gap':
      return source.about;
  }
}

function addWords(bag: Map<string, number>, text: string, weight: number): void {
  for (const s of contentStems(text)) bag.set(intern(s), Math.max(bag.get(s) ?? 0, weight));
}

export function buildFacts(article: Article): Fact[] {
  const sentenceText = new Map(article.sentences.map((s) => [s.id, s.text]));
  const facts: Fact[] = [];
  const make = (
    id: string,
    source: FactSource,
    strong: string[],
    sentences: string[],
    entities: Iterable<string>,
    date?: DateValue,
  ): Fact => {
    const bag = new Map<string, number>();
    for (const id of sentences) addWords(bag, sentenceText.get(id) ?? '', 0.35);
    // "The first top-level talks in five years" ends a gap; it is not the first of the series, so its "first"
    // counts as weakly as the sentence around it.
    for (const text of strong) addWords(bag, text.replace(FIRST_SINCE_GAP, ''), 1);
    const ownText = strong.join(' ').toLowerCase();
    for (const place of article.places) {
      if ([place.name, ...place.aliases].some((form) => ownText.includes(form.toLowerCase())))
        addWords(bag, PLACE_KIND_WORDS[place.kind] ?? '', 0.8);
    }
    const fact: Fact = {
      id,
      source,
      bag: new WeightBag(bag),
      sentences: [...new Set(sentences)],
      entities: ListSet.of(entities),
      words: new SortedWordSet(tokenize(ownText).map(intern)),
    };
    if (date) fact.date = date;
    facts.push(fact);
    return fact;
  };

  const event = mainEvent(article);
  const eventPlaces = [event.place, event.venue].filter((id): id is string => id !== undefined);
  make(
    event.id,
    { kind: 'event' },
    [
      event.name,
      ...event.aliases,
      ...event.nouns,
      ...(event.keywords ?? []),
      ...event.format.map((f) => f.value),
      event.date.asWritten,
      ...event.evidence.quotes,
      ...eventPlaces.map((id) => article.places.find((p) => p.id === id)?.name ?? ''),
    ],
    event.evidence.sentences,
    [...eventPlaces, ...delegationsOf(event).flatMap((d) => [d.country, ...d.people])],
    event.date,
  );
  for (const entry of article.timeline) {
    const what = [entry.what, entry.date.asWritten, ...(entry.keywords ?? []), ...entry.evidence.quotes];
    make(
      entry.id,
      { kind: 'timeline', entry },
      what,
      entry.evidence.sentences,
      [...entry.people, ...entry.places],
      entry.date,
    );
  }
  for (const outcome of article.outcomes) {
    make(
      outcome.id,
      { kind: 'outcome', outcome },
      [outcome.statement, outcome.detail ?? '', ...(outcome.keywords ?? []), ...outcome.evidence.quotes],
      outcome.evidence.sentences,
      outcome.parties,
      outcome.date,
    );
  }
  for (const topic of article.topics) {
    make(
      topic.id,
      { kind: 'topic', topic },
      [topic.label, ...topic.keywords, ...topic.evidence.quotes],
      topic.evidence.sentences,
      topic.countries,
    );
  }
  for (const quote of article.quotes) {
    make(
      quote.id,
      { kind: 'quote', quote },
      [quote.text, quote.speakerDescription, quote.medium ?? '', ...(quote.keywords ?? [])],
      quote.evidence.sentences,
      quote.speakerIds ?? [],
    );
  }
  for (const figure of article.figures) {
    make(
      figure.id,
      { kind: 'figure', figure },
      [figure.label, figure.asWritten, ...(figure.keywords ?? []), ...figure.evidence.quotes],
      figure.evidence.sentences,
      [],
    );
  }
  for (const context of article.context) {
    make(
      context.id,
      { kind: 'context', context },
      [context.statement, ...(context.keywords ?? []), ...context.evidence.quotes],
      context.evidence.sentences,
      [],
    );
  }
  article.gaps.forEach((gap, index) => {
    const sentences = gap.evidence.sentences;
    make(
      `gap-${index}`,
      { kind: 'gap', about: gap.about, sentences },
      [gap.about, ...gap.evidence.quotes],
      sentences,
      [],
    );
  });
  return facts;
}
