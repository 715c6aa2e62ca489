import { eventNoun, mainEvent } from '../../../model/events.ts';
import { eventHappened } from '../compose/event-words.ts';
import { eventLabel } from '../compose/what-it-covers.ts';
import type { TimelineEntry } from '../../../model/schema.ts';
import type { ArticleIndex } from '../retrieve/article-index.ts';
import { SortedWordSet } from '../retrieve/compact.ts';
import { intern } from '../retrieve/intern.ts';
import type { Draft } from '../types.ts';
import type { Question } from '../analyze/understand.ts';

/**
 * Arithmetic on the years the article gives: the span between two dated things ("how many years between the first
 * meeting and these talks"), the age of a series, how long ago something was, and "when did they last meet before".
 * Every figure is computed from the article's own dates, and the answer says so and at what precision.
 */

/** Words any dated thing shares: they pick out no endpoint. */
const GENERAL =
  'these this that years year many much long between before after held were bilateral relative meeting'.split(
    ' ',
  );
const genericByIndex = new WeakMap<ArticleIndex, ReadonlySet<string>>();

/**
 * The general words plus the story's own: its event's nouns and its countries' names name every endpoint. Read
 * once per article (prepareArticles reads them at load).
 */
export function genericWords(index: ArticleIndex): ReadonlySet<string> {
  let generic = genericByIndex.get(index);
  if (!generic) {
    const event = mainEvent(index.article);
    const own = [
      ...event.nouns,
      ...index.article.countries.flatMap((c) => [c.name, c.demonym, ...c.aliases]),
    ];
    generic = new SortedWordSet(
      [...GENERAL, ...own.flatMap((t) => t.toLowerCase().split(/[^a-z0-9]+/))].map(intern),
    );
    genericByIndex.set(index, generic);
  }
  return generic;
}

interface Dated {
  year: number;
  label: string;
  sentences: string[];
  asWritten: string;
}

function stem(word: string): string {
  return word.slice(0, 5);
}

function words(text: string, generic: ReadonlySet<string>): string[] {
  return wordsOf(
    text
      .toLowerCase()
      .replace(/\b1st\b/g, 'first')
      .split(/[^a-z0-9]+/),
    generic,
  );
}

function wordsOf(plain: readonly string[], generic: ReadonlySet<string>): string[] {
  return plain.filter((w) => w.length >= 4 && !generic.has(w));
}

function yearOf(entry: TimelineEntry): number | undefined {
  if (entry.date.precision !== 'year' && entry.date.precision !== 'day') return undefined;
  const year = Number((entry.date.value ?? '').slice(0, 4));
  return Number.isFinite(year) ? year : undefined;
}

/** The single-year timeline entries the question names, best first ("the first meeting", "the suspension"). */
function namedEntries(index: ArticleIndex, question: Question): Dated[] {
  const generic = genericWords(index);
  const asked = new Set(wordsOf(question.phrases.plainWords, generic).map(stem));
  const seriesStart = question.cues.has('seriesStart');
  const scored: { dated: Dated; score: number }[] = [];
  for (const entry of index.article.timeline) {
    const year = yearOf(entry);
    if (year === undefined) continue;
    const own = new Set(words(`${entry.what} ${entry.date.asWritten ?? ''}`, generic).map(stem));
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
    label: `${eventLabel(index.article)} ${eventHappened(index).replace(/^were /, 'was ')}`,
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
  if (question.cues.has('lastBeforeAsked')) return lastBefore(index);
  // "How old is Smith?" asks a person's age, which no dated thing of the article gives.
  if (!question.cues.has('spanAsked') || question.mentions.some((m) => m.ref.kind === 'person'))
    return undefined;
  const named = namedEntries(index, question);
  const start = named[0];
  if (!start) return undefined;
  const end =
    named[1] && question.cues.has('betweenOrAnd') && named[1].year !== start.year
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
      `${year}, by the article's dates: ${event.year} less “${gap.asWritten}” (${lowerFirst(gap.label)})` +
      `${range ? `, and the earlier ${eventNoun(mainEvent(index.article)).replace(/^the /i, '')} ran ${range.date.asWritten ?? ''} from ${range.date.value} to ${year}` : ''}. ` +
      `The article does not state the year outright; it is computed, accurate to the year.`,
    sentences: [...new Set([...gap.evidence.sentences, ...(range?.evidence.sentences ?? [])])],
    focus: { slot: 'date' },
  };
}
