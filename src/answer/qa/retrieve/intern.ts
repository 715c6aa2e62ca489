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
/**
 * Forgets the pool (prepareArticles calls it once a library's indexes are built): the indexes keep the strings
 * they hold, and the pool's own table (130,000 entries at 1,000 articles, 3.5 MB) does not outlive the build,
 * nor keep the words of articles since removed from the library.
 */
export function releasePool(): void {
  pool.clear();
}
