/**
 * One copy of each word string across every article's index: stems and words repeat from article to article, so
 * the indexes of a large library share them instead of each holding its own. Used only while building indexes
 * (never on question text, so users cannot grow it).
 */
const pool = new Map<string, string>();

export function intern(word: string): string {
  const known = pool.get(word);
  if (known !== undefined) return known;
  pool.set(word, word);
  return word;
}
