import type { ArticleIndex } from './article-index.ts';
import { dateCovers } from './dates.ts';
import type { Fact } from './facts.ts';
import { stem } from './text.ts';
import type { Question, Slot } from './understand.ts';

export interface RankedFact {
  fact: Fact;
  score: number;
  /** Share of the question's informative words the fact covers (0..1). */
  coverage: number;
}

/** Stems of words that only say what kind of answer is wanted; they carry no content to match. */
const FURNITURE_STEMS = new Set(
  (
    'happen take place meet meeting talk talks dialogue session event thing mention article story report say said tell ' +
    'explain describe detail details info information mean kind type sort level format when where why what who how which ' +
    'many much long number count total date day time year period city location venue reason cause result outcome topic ' +
    'discuss discussed discussion agenda role title job position statement quote words'
  )
    .split(' ')
    .map(stem),
);

const FUTURE_WORDS = /\b(next|upcoming|future|will|plan|plans|planned|scheduled|later|follow-up)\b/;

function compatibility(slot: Slot, fact: Fact): number {
  const source = fact.source;
  switch (slot) {
    case 'date':
      if (source.kind === 'event' || (source.kind === 'timeline' && fact.date?.value)) return 1;
      if (source.kind === 'figure') return source.figure.unit === 'year' ? 0.6 : 0.2;
      return source.kind === 'outcome' ? 0.6 : source.kind === 'gap' ? 0.9 : 0.2;
    case 'place':
      if (source.kind === 'event') return 1;
      if (source.kind === 'timeline') return source.entry.places.length > 0 ? 1 : 0.2;
      return source.kind === 'gap' ? 0.9 : 0.1;
    case 'outcome':
      return { outcome: 1, quote: 0.5, timeline: 0.4, context: 0.3, gap: 0.9 }[source.kind as string] ?? 0.1;
    case 'topic':
      return { topic: 1, quote: 0.6, outcome: 0.5, context: 0.4, gap: 0.9 }[source.kind as string] ?? 0.2;
    case 'cause':
      if (source.kind === 'context') return source.context.kind === 'cause' ? 1 : 0.8;
      return source.kind === 'timeline' ? 0.5 : source.kind === 'gap' ? 0.9 : 0.2;
    case 'significance':
      if (source.kind === 'context') return source.context.kind === 'significance' ? 1 : 0.7;
      return source.kind === 'gap' ? 0.9 : 0.3;
    case 'count':
      if (source.kind === 'figure') return source.figure.unit === 'year' ? 0.2 : 1;
      return source.kind === 'gap' ? 0.9 : source.kind === 'timeline' ? 0.3 : 0.1;
    case 'duration':
      if (source.kind === 'figure') return /year|month|day|week/.test(source.figure.unit ?? '') && source.figure.unit !== 'year' ? 1 : 0.3;
      return source.kind === 'gap' ? 0.9 : source.kind === 'timeline' && source.entry.date.duration ? 0.5 : 0.1;
    case 'ordinal':
      return source.kind === 'event' ? 1 : source.kind === 'figure' ? 0.5 : 0.1;
    case 'format':
      return source.kind === 'event' ? 1 : 0.1;
    case 'quote':
      return { quote: 1, outcome: 0.5, gap: 0.9 }[source.kind as string] ?? 0.2;
    case 'background':
      return { context: 1, timeline: 1, gap: 0.9 }[source.kind as string] ?? 0.3;
    case 'happened':
      return { timeline: 1, event: 0.9, outcome: 0.8, gap: 0.5 }[source.kind as string] ?? 0.4;
    default:
      return source.kind === 'gap' ? 0.8 : 0.6;
  }
}

/** Slots whose answer, absent other words, is about the story's own event. */
const EVENT_DEFAULT_SLOTS: ReadonlySet<Slot> = new Set(['date', 'place', 'format', 'ordinal', 'happened']);

export function informativeStems(question: Question): string[] {
  return [...new Set(question.stems.filter((s) => !FURNITURE_STEMS.has(s) && !/^\d+$/.test(s)))];
}

export function rankFacts(index: ArticleIndex, question: Question): RankedFact[] {
  const stems = informativeStems(question);
  const weights = stems.map((s) => (index.vocabulary.has(s) ? (index.idf.get(s) ?? index.maxIdf * 0.5) : index.maxIdf));
  const totalWeight = weights.reduce((a, b) => a + b, 0);
  const asksFuture = question.slot === 'date' && FUTURE_WORDS.test(question.text.toLowerCase());
  const dateline = index.article.dateline;
  const ranked: RankedFact[] = [];
  for (const fact of index.facts) {
    let matched = 0;
    stems.forEach((s, i) => {
      matched += (fact.bag.get(s) ?? 0) * weights[i]!;
    });
    const coverage = totalWeight > 0 ? matched / totalWeight : 0;
    let score = compatibility(question.slot, fact) * (coverage + (fact.source.kind === 'event' && EVENT_DEFAULT_SLOTS.has(question.slot) ? 0.4 : 0));
    if (fact.source.kind === 'gap') score *= 0.85;
    if (question.year !== undefined || question.month !== undefined) {
      if (fact.date && dateCovers(fact.date, question.year, question.month)) score += 0.5;
      else if (fact.source.kind !== 'gap') score -= 0.2;
    }
    const ordinal = index.article.event.ordinal?.value;
    if (fact.source.kind === 'event' && question.ordinal !== undefined && ordinal !== undefined && question.ordinal !== ordinal) score -= 0.6;
    if (asksFuture && fact.source.kind !== 'gap' && !(fact.date?.value && fact.date.value > dateline)) score -= 1;
    ranked.push({ fact, score, coverage });
  }
  return ranked.sort((a, b) => b.score - a.score);
}
