import { UserError } from '../../core/errors.ts';
import type { FeedItem } from '../parse/feed-item.ts';

/**
 * A subscription's filter, as typed in `/feed add filter:`: either words (an item passes when its title
 * or summary contains any of them as whole words, case-insensitive; "quoted phrases" count as one word;
 * a leading "-" excludes) or a regular expression written /like this/i.
 */
export interface ItemFilter {
  readonly source: string;
  matches(item: Pick<FeedItem, 'title' | 'summary'>): boolean;
}

export const MAX_FILTER_LENGTH = 200;
/** The text a filter looks at: title and the start of the summary (bounds the work a regex can do). */
const MAX_FILTERED_TEXT = 2000;

export function parseItemFilter(input: string): ItemFilter {
  const source = input.trim();
  if (source.length > MAX_FILTER_LENGTH) {
    throw new UserError(`A filter may be at most ${MAX_FILTER_LENGTH} characters.`);
  }
  const regex = /^\/(.+)\/([imsu]*)$/s.exec(source);
  return regex ? regexFilter(source, regex[1] ?? '', regex[2] ?? '') : wordFilter(source);
}

function regexFilter(source: string, pattern: string, flags: string): ItemFilter {
  // Nested quantifiers like (a+)+ can take exponential time on a crafted title.
  if (/\([^)]*[+*}]\)\s*[+*{]/.test(pattern) || /\\[1-9]/.test(pattern)) {
    throw new UserError(
      'That regular expression nests repetitions or uses back-references, which can hang on some titles; simplify it.',
    );
  }
  let expression: RegExp;
  try {
    expression = new RegExp(pattern, flags.includes('u') ? flags : `${flags}u`);
  } catch (error) {
    throw new UserError(`That is not a valid regular expression: ${(error as Error).message}`);
  }
  return { source, matches: (item) => expression.test(filteredText(item)) };
}

function wordFilter(source: string): ItemFilter {
  const terms = [...source.matchAll(/(-?)"([^"]+)"|(-?)(\S+)/g)].map((match) => ({
    exclude: (match[1] ?? match[3]) === '-',
    phrase: (match[2] ?? match[4] ?? '').toLowerCase(),
  }));
  const include = terms
    .filter((term) => !term.exclude && term.phrase)
    .map((term) => wordPattern(term.phrase));
  const exclude = terms.filter((term) => term.exclude && term.phrase).map((term) => wordPattern(term.phrase));
  if (include.length === 0 && exclude.length === 0) throw new UserError('The filter is empty.');
  return {
    source,
    matches(item) {
      const text = filteredText(item);
      if (exclude.some((pattern) => pattern.test(text))) return false;
      return include.length === 0 || include.some((pattern) => pattern.test(text));
    },
  };
}

function wordPattern(phrase: string): RegExp {
  const escaped = phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'iu');
}

function filteredText(item: Pick<FeedItem, 'title' | 'summary'>): string {
  return `${item.title}\n${item.summary ?? ''}`.slice(0, MAX_FILTERED_TEXT);
}
