import { mainEvent } from '../../../model/events.ts';
import type { ArticleIndex } from '../retrieve/article-index.ts';
import type { Fact } from '../retrieve/facts.ts';
import type { Draft } from '../types.ts';
import type { Question } from '../analyze/understand.ts';
import { parseOrdinal } from '../lexicon/text.ts';
import { pointer } from './slot-fill.ts';

/**
 * Asks the article cannot answer however well a fact matches their words: a judgement it never makes (blame), a
 * meeting of the series it never describes (an ordinal other than the ones it writes), a slot the chosen fact does
 * not hold (a place for a fact with none).
 */

/** "Who was to blame for the dispute?": the article reports events, it assigns no fault. */
export function judgementAsked(index: ArticleIndex, question: Question): Draft | undefined {
  if (!question.cues.has('judgementAsked')) return undefined;
  return pointer(index, 'who was to blame: it reports what happened without assigning fault', undefined);
}

const WRITTEN_ORDINAL =
  /\b(\w+)\s+(?:[\w-]+\s+){0,2}?(?:talks|consultations?|meetings?|rounds?|dialogues?|sessions?)\b/gi;

/** The ordinals the article itself gives a meeting of the series ("the first meeting", "the 12th consultation"). */
function writtenOrdinals(index: ArticleIndex): Set<number> {
  const found = new Set<number>();
  const own = mainEvent(index.article).ordinal?.value;
  if (own !== undefined) found.add(own);
  for (const sentence of index.article.sentences)
    for (const match of sentence.text.matchAll(WRITTEN_ORDINAL)) {
      const value = parseOrdinal(match[1]!.toLowerCase());
      if (value !== undefined) found.add(value);
    }
  return found;
}

/** "Where was the 5th consultation held?": a meeting of the series the article never describes matches no fact. */
export function otherOrdinal(index: ArticleIndex, question: Question): Draft | undefined {
  const ordinal = question.ordinal;
  if (ordinal === undefined || question.type === 'yes-no') return undefined;
  if (!question.cues.has('seriesNouns') || writtenOrdinals(index).has(ordinal)) return undefined;
  const own = mainEvent(index.article).ordinal?.asWritten;
  const what = `anything about that meeting of the series${own ? `: it covers the ${own}` : ''}`;
  return pointer(index, what, undefined);
}

/** A fact that cannot say where: only the event itself and timeline entries with places hold a place. */
function holdsPlace(fact: Fact): boolean {
  if (fact.source.kind === 'event' || fact.source.kind === 'gap') return true;
  return fact.source.kind === 'timeline' && fact.source.entry.places.length > 0;
}

/** The fact chosen for a "where" question names no place: doesn't-say, with what the fact does say. */
export function placeUnheld(
  index: ArticleIndex,
  question: Question,
  fact: Fact,
  draft: Draft,
): Draft | undefined {
  if (question.slot !== 'place' || question.type === 'yes-no' || holdsPlace(fact)) return undefined;
  return pointer(index, 'where', draft, fact);
}
