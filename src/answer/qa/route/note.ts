import type { Article } from '../../../model/schema.ts';
import type { Answer } from '../types.ts';
import type { Route } from './router.ts';

const MAX_LISTED = 5;

function quoted(article: Article): string {
  return `“${article.headline}”`;
}

/** The line an answer gets when the article it used was chosen between others. */
export function routeNote(route: Route, librarySize: number): string | undefined {
  if (librarySize <= 1) return undefined;
  if ((route.basis === 'scored' || route.basis === 'weak' || route.basis === 'named') && route.alternative) {
    return `(From ${quoted(route.article)}; ${quoted(route.alternative)} fits too: name it to ask about that one.)`;
  }
  if (route.basis === 'weak') {
    return `(From ${quoted(route.article)}, the article closest to the question; name another story to ask about it.)`;
  }
  if (route.basis === 'chosen') return `(From ${quoted(route.article)}, the story you picked.)`;
  if (route.basis === 'channel') {
    return `(From ${quoted(route.article)}, the story last asked about or posted here; name another story to ask about it.)`;
  }
  return undefined;
}

/**
 * A first question that points at no story, with none under way in the conversation or the channel ("who is
 * on the left in the photo?", "summarize"): which story is asked back, naming the likeliest.
 */
export function whichStory(candidates: readonly Article[], librarySize: number): Answer {
  const listed = candidates.map((a, i) => `${i + 1}. ${quoted(a)}`).join('\n');
  const more = librarySize > candidates.length ? ` (/articles lists all ${librarySize})` : '';
  return {
    answered: false,
    text: `Which story do you mean?\n${listed}\nReply with its number or name it (“the story about …”)${more}.`,
    citations: [],
  };
}

/** A question about a story the library does not hold ("in the volcano story"): said so, never answered from another. */
export function unknownStory(named: string, library: readonly Article[]): Answer {
  const listed = library.slice(0, MAX_LISTED).map(quoted).join('; ');
  const more = library.length > MAX_LISTED ? ` and ${library.length - MAX_LISTED} more` : '';
  return {
    answered: false,
    text: `I have no article about “${named}”. The articles I have: ${listed}${more}.`,
    citations: [],
  };
}
