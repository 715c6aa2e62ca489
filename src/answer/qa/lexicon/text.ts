import { EN } from './en/index.ts';
import { irregularLemma } from './lemma.ts';
/** Small, dependency-free text helpers shared by the question answerer: tokens, stems, name folding, edit distance. */

/** Function words, question words and filler (lexicon/en/stop-words.json). */
export const STOP_WORDS: ReadonlySet<string> = new Set(EN.stopWords);

/** Lower-case word tokens; possessive 's is dropped ("Japan's" -> "japan"). Hyphenated words stay whole and also split. */
export function tokenize(text: string): string[] {
  const words = text
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .match(/[\p{L}\p{N}]+(?:['-][\p{L}\p{N}]+)*/gu);
  if (!words) return [];
  const out: string[] = [];
  for (const raw of words) {
    const word = raw.replace(/'s$/, '').replace(/'/g, '');
    if (word) out.push(word);
  }
  return out;
}

/** Splits hyphenated tokens into their parts as well, for bag-of-words matching. */
export function expandHyphens(tokens: readonly string[]): string[] {
  const out: string[] = [];
  for (const token of tokens) {
    out.push(token);
    if (token.includes('-')) for (const part of token.split('-')) if (part) out.push(part);
  }
  return out;
}

/**
 * The answerer's one normal form of a word, used for the question and the article alike: the dictionary form of an
 * irregular word ("fled" -> "flee", "children" -> "child", lexicon/lemma.ts), then a light English stemmer for the
 * regular rest, enough to meet "talks"/"talk", "agreed"/"agree", "suspension"/"suspended".
 */
export function stem(word: string): string {
  let w = word.toLowerCase();
  // "1st" and "first" are one word: a numeral ordinal stems to its spelt-out form where English spells it.
  const numeral = /^(\d+)(?:st|nd|rd|th)$/.exec(w);
  if (numeral) return ORDINAL_WORDS[Number(numeral[1])] ?? w;
  w = irregularLemma(w);
  // "died", "dying" -> "die" (the rules below leave words this short alone).
  if (w.length === 4 && w.endsWith('ied')) return w.slice(0, -1);
  if (w.length === 5 && w.endsWith('ying')) return `${w[0]}ie`;
  if (w.length <= 3) return w;
  if (w.endsWith('ies') && w.length > 4) w = w.slice(0, -3) + 'y';
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) w = w.slice(0, -1);
  if (w.endsWith('ing') && w.length > 5) w = w.slice(0, -3);
  else if (w.endsWith('ied') && w.length > 4) w = w.slice(0, -3) + 'y';
  else if (w.endsWith('ed') && w.length > 4) w = w.slice(0, -2);
  else if (w.endsWith('ly') && w.length > 5) w = w.slice(0, -2);
  w = nounToVerb(w);
  if (w.length > 4 && w.endsWith('e')) w = w.slice(0, -1);
  if (w.length > 6 && w.endsWith('at')) w = w.slice(0, -2);
  if (w.length > 4 && /([^aeiouls])\1$/.test(w)) w = w.slice(0, -1);
  return w;
}

/** "suspension" -> "suspend", "decision" -> "decid", "resumption" -> "resum", "discussion" -> "discuss"; "mention" stays. */
function nounToVerb(w: string): string {
  if (w.length <= 6 || !w.endsWith('ion')) return w;
  if (w.endsWith('ation') && w.length > 7) return w.slice(0, -5);
  if (w.endsWith('mption')) return w.slice(0, -5);
  if (w.endsWith('ssion') || /[cp]tion$/.test(w)) return w.slice(0, -3);
  if (w.endsWith('nsion')) return `${w.slice(0, -4)}d`;
  if (/[aeiou]sion$/.test(w)) return `${w.slice(0, -4)}d`;
  return w;
}

/**
 * A bounded memo of a pure function of a string: two generations of at most `limit` entries each, the older
 * dropped when the newer fills (no per-hit bookkeeping). Question text passes through as well as article text,
 * so it must stay bounded.
 */
export function memoOf<T>(compute: (key: string) => T, limit: number): (key: string) => T {
  let young = new Map<string, T>();
  let old = new Map<string, T>();
  return (key) => {
    let value = young.get(key);
    if (value !== undefined) return value;
    value = old.get(key);
    if (value === undefined) value = compute(key);
    if (young.size >= limit) {
      old = young;
      young = new Map();
    }
    young.set(key, value);
    return value;
  };
}

/**
 * Content stems of a text: tokens (and hyphen parts) minus stop words, stemmed. The handlers ask for the stems
 * of the same article strings (labels, sentences, names) at every question, so results are remembered; the
 * array is shared and frozen.
 */
export const contentStems: (text: string) => string[] = memoOf(
  (text) =>
    Object.freeze(
      expandHyphens(tokenize(text))
        .filter((t) => !STOP_WORDS.has(t))
        .map(stem),
    ) as string[],
  4096,
);

const stemSets = new WeakMap<readonly string[], ReadonlySet<string>>();

/** contentStems as a set, shared like the array it is made from (read-only). */
export function contentStemSet(text: string): ReadonlySet<string> {
  const stems = contentStems(text);
  let set = stemSets.get(stems);
  if (!set) {
    set = new Set(stems);
    stemSets.set(stems, set);
  }
  return set;
}

/**
 * Folds a name so that romanization variants meet: case, accents, hyphens and spaces go; "eo", "ou" and "oo"
 * become "u" (Hyeon = Hyun, Joong = Jung, Soo = Su); doubled letters collapse.
 */
export const foldName: (name: string) => string = memoOf(foldOnce, 4096);

function foldOnce(name: string): string {
  // Plain ASCII has no accents to take apart: NFKD and the mark removal would leave it as it is.
  const unaccented = /^[ -~]*$/.test(name) ? name : name.normalize('NFKD').replace(/\p{M}/gu, '');
  return unaccented
    .toLowerCase()
    .replace(/'s\b/g, '')
    .replace(/[^a-z0-9]/g, '')
    .replace(/eo|ou|oo/g, 'u')
    .replace(/(.)\1+/g, '$1');
}

let rowBuffers = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];

/** Damerau-Levenshtein (optimal string alignment) distance, giving up once it exceeds `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const cols = b.length + 1;
  if (rowBuffers[0]!.length < cols)
    rowBuffers = [new Int32Array(cols * 2), new Int32Array(cols * 2), new Int32Array(cols * 2)];
  let [prevPrev, prev, current] = rowBuffers as [Int32Array, Int32Array, Int32Array];
  for (let j = 0; j < cols; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j < cols; j++) {
      const cb = b.charCodeAt(j - 1);
      let value = Math.min(prev[j]! + 1, current[j - 1]! + 1, prev[j - 1]! + (ca === cb ? 0 : 1));
      if (i > 1 && j > 1 && ca === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === cb)
        value = Math.min(value, prevPrev[j - 2]! + 1);
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return max + 1;
    [prevPrev, prev, current] = [prev, current, prevPrev];
  }
  return prev[cols - 1]!;
}

/** How many typos a word of this length may carry and still match. */
export function allowedTypos(length: number): number {
  if (length < 5) return 0;
  if (length < 9) return 1;
  return 2;
}

export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "a, b and c" */
export function joinList(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

export function ensurePeriod(text: string): string {
  const trimmed = text.trim();
  return /[.!?”"]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

const ORDINAL_WORDS = [
  'zeroth',
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
  'tenth',
];
const NUMBER_WORDS = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
];

/** "first" | "1st" | "2nd" -> 1, 2 ... */
export function parseOrdinal(word: string): number | undefined {
  const index = ORDINAL_WORDS.indexOf(word);
  if (index > 0) return index;
  const match = /^(\d+)(st|nd|rd|th)$/.exec(word);
  return match ? Number(match[1]) : undefined;
}

/** "5" | "five" -> 5. */
const TENS_WORDS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

export function parseNumber(word: string): number | undefined {
  if (/^\d+$/.test(word)) return Number(word);
  const index = NUMBER_WORDS.indexOf(word);
  if (index >= 0) return index;
  const tens = TENS_WORDS.indexOf(word);
  return tens >= 0 ? (tens + 2) * 10 : undefined;
}

export function numberWord(value: number): string {
  return NUMBER_WORDS[value] ?? String(value);
}

export function ordinalSuffix(value: number): string {
  const mod100 = value % 100;
  if (mod100 >= 11 && mod100 <= 13) return `${value}th`;
  return `${value}${['th', 'st', 'nd', 'rd'][value % 10] ?? 'th'}`;
}
