import fs from 'node:fs';
import { Article } from '../../../src/model/schema.ts';
import { readQuestionFile, type QuestionItem } from './question-file.ts';

/**
 * The development corpus: every curated article model the repository holds, and the blind question sets written
 * for them. Tuning sets live in test/answer/qa/fixtures/corpus (run by npm test); held-out sets in
 * bench/fixtures/heldout (run only by the benchmark, never used to change the answerer).
 */
const ARTICLE_DIRS = [
  new URL('../../../data/articles/', import.meta.url),
  new URL('../../fixtures/articles/', import.meta.url),
  new URL('../../../bench/fixtures/articles/', import.meta.url),
];
export const TUNING_DIR = new URL('./fixtures/corpus/', import.meta.url);
export const HELDOUT_DIR = new URL('../../../bench/fixtures/heldout/', import.meta.url);

export type Half = 'tuning' | 'held-out';

export interface QuestionSet {
  /** The article the set is about (its file name). */
  articleId: string;
  half: Half;
  items: QuestionItem[];
}

/** Every article model found, newest first (as the library lists them); files that fail the schema are skipped. */
export function loadCorpusArticles(): { articles: Article[]; skipped: string[] } {
  const articles: Article[] = [];
  const skipped: string[] = [];
  for (const dir of ARTICLE_DIRS) {
    if (!fs.existsSync(dir)) continue;
    for (const name of fs
      .readdirSync(dir)
      .filter((n) => n.endsWith('.json'))
      .sort()) {
      const parsed = Article.safeParse(JSON.parse(fs.readFileSync(new URL(name, dir), 'utf8')));
      if (parsed.success) articles.push(parsed.data);
      else skipped.push(name);
    }
  }
  articles.sort(
    (a, b) => (b.published.value ?? '').localeCompare(a.published.value ?? '') || a.id.localeCompare(b.id),
  );
  return { articles, skipped };
}

export function loadQuestionSets(half: Half): QuestionSet[] {
  const dir = half === 'tuning' ? TUNING_DIR : HELDOUT_DIR;
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((n) => n.endsWith('.jsonl'))
    .sort()
    .map((name) => ({
      articleId: name.replace(/\.jsonl$/, ''),
      half,
      items: readQuestionFile(new URL(name, dir)),
    }));
}
