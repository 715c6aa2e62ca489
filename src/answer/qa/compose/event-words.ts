import { eventNoun, mainEvent } from '../../../model/events.ts';
import type { ArticleIndex } from '../retrieve/article-index.ts';
import { HELD_KINDS } from './what-it-covers.ts';

/** The story's event in its own words: "the talks", "the final", "the ruling". */
export function theEvent(index: ArticleIndex): string {
  return `the ${eventNoun(mainEvent(index.article)).replace(/^the /i, '')}`;
}

/** "were" for an event written as a plural ("the talks"), else "was". */
export function eventBe(index: ArticleIndex): string {
  return /s$/i.test(eventNoun(mainEvent(index.article))) ? 'were' : 'was';
}

/** "were held" for a meeting, "took place" for a match or a launch. */
export function eventHappened(index: ArticleIndex): string {
  return HELD_KINDS.has(mainEvent(index.article).kind) ? `${eventBe(index)} held` : 'took place';
}
