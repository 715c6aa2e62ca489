import { words } from '../lexicon/index.ts';
import { phraseRegExp } from './text-utils.ts';

/** Job titles (lexicon) and the words they are made of, for finding titles around names. */
export const TITLES = words.titles.map((t) => t.toLowerCase());
export const TITLE_RE = phraseRegExp(TITLES);
/** Words that appear in titles, modifiers of titles, and the regional adjectives of portfolios. */
export const TITLE_WORDS = new Set([
  ...TITLES.flatMap((t) => t.split(/[\s-]+/)),
  ...Object.keys(words.titleAbbreviations).map((a) => a.toLowerCase()),
  ...[
    'former',
    'acting',
    'outgoing',
    'incoming',
    'interim',
    'deputy',
    'vice',
    'senior',
    'assistant',
    'associate',
    'u.s.',
    'federal',
    'district',
    'state',
    'national',
    'foreign',
    'defense',
    'defence',
    'affairs',
    'policy',
    'international',
    'executive',
    'general',
    'first',
    'then',
    'top',
    'chief',
    'elect',
    'lead',
    'managing',
    'new',
    'veteran',
    'star',
  ],
  ...[
    'asian',
    'pacific',
    'oceanian',
    'european',
    'african',
    'atlantic',
    'arctic',
    'middle',
    'eastern',
    'western',
    'northern',
    'southern',
    'economic',
    'security',
    'trade',
    'health',
    'finance',
    'justice',
    'interior',
    'education',
    'energy',
    'science',
    'technology',
    'planning',
    'strategy',
    'operations',
    'communications',
  ],
]);

export function isTitleWord(word: string): boolean {
  const lower = word.toLowerCase().replace(/['’]s$/, '');
  return TITLE_WORDS.has(lower) || lower.split('-').every((p) => TITLE_WORDS.has(p));
}

const ABBREVIATED = new RegExp(
  `(?<![\\p{L}])(?:${Object.keys(words.titleAbbreviations)
    .map((a) => a.replace('.', '\\.'))
    .join('|')})`,
  'gu',
);

/** A title with its abbreviations written out ("Davao Oriental Gov." -> "Davao Oriental governor"). */
export function expandTitle(title: string): string {
  return title.replace(ABBREVIATED, (a) => words.titleAbbreviations[a] ?? a);
}

/** Ends with an abbreviated title or a courtesy title ("Dr. ", "Gov. ", "Ms. "): a person's name follows. */
export const HONORIFIC_BEFORE = new RegExp(
  `(?:^|[\\s(])(?:${[...Object.keys(words.titleAbbreviations), 'Mr.', 'Mrs.', 'Ms.', 'Mx.']
    .map((t) => t.replace('.', '\\.'))
    .join('|')}) $`,
);
