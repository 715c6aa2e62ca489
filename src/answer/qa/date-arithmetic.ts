import { mainEvent } from '../../model/events.ts';
import type { TimelineEntry } from '../../model/schema.ts';
import type { ArticleIndex } from './article-index.ts';
import type { Draft } from './result.ts';
import type { Question } from './understand.ts';

/**
 * Arithmetic on the years the article gives: the span between two dated things ("how many years between the first
 * meeting and these talks"), the age of a series, how long ago something was, and "when did they last meet before".
 * Every figure is computed from the article's own dates, and the answer says so and at what precision.
 */

/** A span asked in years: "how many years", "how long ago", "how old", "years separate/passed". */
const SPAN_ASKED =
  /\bhow (many|much) years\b|\bhow long (ago|has|have|had)\b|\bhow old\b|\byears? (separate|passed|elapsed|between)\b/;
/** "What year did they last meet before 2023?": the last meeting of the series before this one. */
const LAST_BEFORE_ASKED =
  /\b(what|which) year\b.*\blast\b|\blast (met|meet|held|meeting|talks?)\b.*\bbefore\b|\bwhen did they last\b/;
/** Words that name the series' beginning rather than any one dated thing. */
const SERIES_START = /\b(series|began|begin|beginning|start\w*|existed|exist|running|old)\b/;
/** Words every dated thing of this story shares: they pick out no endpoint. */
const GENERIC = new Set(
  'security talks these this that years year many much long between before after held were south korea japan bilateral relative consultation meeting'.split(
    ' ',
  ),
);

interface Dated {
  year: number;
  label: string;
  sentences: string[];
  asWritten: string;
}

function stem(word: string): string {
  return word.slice(0, 5);
}

function words(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/\b1st\b/g, 'first')
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length >= 4 && !GENERIC.has(w));
}

function yearOf(entry: TimelineEntry): number | undefined {
  if (entry.date.precision !== 'year' && entry.date.precision !== 'day') return undefined;
  const year = Number((entry.date.value ?? '').slice(0, 4));
  return Number.isFinite(year) ? year : undefined;
}

/** The single-year timeline entries the question names, best first ("the first meeting", "the suspension"). */
function namedEntries(index: ArticleIndex, text: string): Dated[] {
  const asked = new Set(words(text).map(stem));
  const seriesStart = SERIES_START.test(text);
  const scored: { dated: Dated; score: number }[] = [];
  for (const entry of index.article.timeline) {
    const year = yearOf(entry);
    if (year === undefined) continue;
    const own = new Set(words(`${entry.what} ${entry.date.asWritten ?? ''}`).map(stem));
    let score = [...asked].filter((s) => own.has(s)).length;
    if (seriesStart && /\bstart of the series\b/i.test(entry.relevance ?? '')) score += 2;
    if (score > 0)
      scored.push({
        dated: {
          year,
          label: lowerFirst(entry.what),
          sentences: entry.evidence.sentences,
          asWritten: entry.date.asWritten ?? String(year),
        },
        score,
      });
  }
  return scored.sort((a, b) => b.score - a.score).map((s) => s.dated);
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1).replace(/\.$/, '');
}

function eventDated(index: ArticleIndex): Dated {
  const event = mainEvent(index.article);
  return {
    year: Number((event.date.value ?? '').slice(0, 4)),
    label: `the ${event.ordinal ? `${event.ordinal.asWritten} ` : ''}${event.name} was held`,
    sentences: event.evidence.sentences,
    asWritten: (event.date.value ?? '').slice(0, 4),
  };
}

function plural(n: number): string {
  return `${n} year${n === 1 ? '' : 's'}`;
}

/** The years the article states as a figure in its own words ("in five years"), when they agree with the computed span. */
function statedSpan(
  index: ArticleIndex,
  years: number,
): { id: string; asWritten: string; sentences: string[] } | undefined {
  const figure = index.article.figures.find((f) => f.unit === 'years' && f.value === years && !f.derivation);
  return figure
    ? { id: figure.id, asWritten: figure.asWritten, sentences: figure.evidence.sentences }
    : undefined;
}

export function answerDateArithmetic(index: ArticleIndex, question: Question): Draft | undefined {
  const text = question.text.toLowerCase();
  if (LAST_BEFORE_ASKED.test(text)) return lastBefore(index);
  // "How old is Funakoshi?" asks a person's age, which no dated thing of the article gives.
  if (!SPAN_ASKED.test(text) || question.mentions.some((m) => m.ref.kind === 'person')) return undefined;
  const named = namedEntries(index, text);
  const start = named[0];
  if (!start) return undefined;
  const end =
    named[1] && /\bbetween\b|\band\b/.test(text) && named[1].year !== start.year
      ? named[1]
      : eventDated(index);
  const [earlier, later] = start.year <= end.year ? [start, end] : [end, start];
  const years = later.year - earlier.year;
  const stated = statedSpan(index, years);
  const note = stated ? `; the article itself says “${stated.asWritten}”` : '';
  return {
    answered: true,
    text:
      `${plural(years)}: ${earlier.label} in ${earlier.year} and ${later.label} in ${later.year}. ` +
      `Computed from the years the article gives, so accurate to the year${note}.`,
    sentences: [...new Set([...earlier.sentences, ...later.sentences, ...(stated?.sentences ?? [])])],
    // The span the article states is what a follow-up ("why such a long gap?") refers to.
    focus: stated ? { slot: 'count', factId: stated.id } : { slot: 'count' },
  };
}

/** The last meeting before this one: the end of the earlier talks' range, or this event less the stated gap. */
function lastBefore(index: ArticleIndex): Draft | undefined {
  const event = eventDated(index);
  const gap = index.article.figures.find(
    (f) => f.unit === 'years' && !f.derivation && /since/i.test(f.label),
  );
  if (!gap) return undefined;
  const year = event.year - gap.value;
  const range = index.article.timeline.find(
    (t) => t.date.precision === 'range' && t.date.end === String(year),
  );
  return {
    answered: true,
    text:
      `${year}, by the article's dates: these talks in ${event.year} were the first senior-level security talks “${gap.asWritten}”` +
      `${range ? `, and the earlier talks ran ${range.date.asWritten ?? ''} from ${range.date.value} to ${year}` : ''}. ` +
      `The article does not state the year outright; it is computed, accurate to the year.`,
    sentences: [...new Set([...gap.evidence.sentences, ...(range?.evidence.sentences ?? [])])],
    focus: { slot: 'date' },
  };
}
