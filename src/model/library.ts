import { readdir } from 'node:fs/promises';
import { watch as watchFolder, type FSWatcher } from 'node:fs';
import { join } from 'node:path';
import type { Logger } from '../core/logger.ts';
import { silentLogger } from '../core/logger.ts';
import type { Article, Country } from './schema.ts';
import { ArticleValidationError, formatIssues, type ArticleIssue } from './errors.ts';
import { loadArticleFile } from './loader.ts';

export { sentenceById } from './sentences.ts';

/** A file the library rejected, with every problem found in it. */
export interface ArticleProblem {
  file: string;
  issues: readonly ArticleIssue[];
  /** True when an earlier valid version of the file is still being served. */
  keptPreviousVersion: boolean;
}

export type LibraryListener = (library: ArticleLibrary) => void;

const RELOAD_DEBOUNCE_MS = 150;

/** The valid articles of one folder, newest first; reloads when the folder changes. */
export class ArticleLibrary {
  /** Last good article per file name. */
  private readonly byFile = new Map<string, Article>();
  private sorted: readonly Article[] = [];
  private readonly byId = new Map<string, Article>();
  private currentProblems: ArticleProblem[] = [];
  private readonly listeners = new Set<LibraryListener>();
  private pendingReload: Promise<void> = Promise.resolve();

  private constructor(
    private readonly dir: string | undefined,
    private readonly logger: Logger,
  ) {}

  static async load(dir: string, logger: Logger = silentLogger): Promise<ArticleLibrary> {
    const library = new ArticleLibrary(dir, logger);
    await library.reload();
    return library;
  }

  static fromArticles(articles: Article[]): ArticleLibrary {
    const library = new ArticleLibrary(undefined, silentLogger);
    articles.forEach((article) => library.byFile.set(`${article.id}.json`, article));
    library.reindex();
    return library;
  }

  /** The folder the articles are read from (as configured), or undefined for an in-memory library. */
  get folder(): string | undefined {
    return this.dir;
  }

  /** Newest first by published date, then by id. */
  list(): readonly Article[] {
    return this.sorted;
  }

  get(id: string): Article | undefined {
    return this.byId.get(id);
  }

  latest(): Article | undefined {
    return this.sorted[0];
  }

  /** For autocomplete: articles whose headline words or id start with every word typed (case-insensitive). */
  search(text: string, limit = 25): Article[] {
    const words = text
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean);
    const matches =
      words.length === 0
        ? this.sorted
        : this.sorted.filter((article) => matchesAll(article, words, text.trim().toLowerCase()));
    return matches.slice(0, Math.max(0, limit));
  }

  countries(articleId: string): readonly Country[] {
    return this.byId.get(articleId)?.countries ?? [];
  }

  problems(): ArticleProblem[] {
    return [...this.currentProblems];
  }

  onChange(listener: LibraryListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Re-reads the folder. Valid files replace their previous version; a file that turns invalid keeps its
   * last good version (and is reported); deleted files are dropped. Calls are serialised.
   */
  reload(): Promise<void> {
    this.pendingReload = this.pendingReload.then(() => this.reloadNow());
    return this.pendingReload;
  }

  /** Watches the folder and reloads (debounced) on any change. Returns a function that stops watching. */
  watch(): () => void {
    if (this.dir === undefined) return () => {};
    let timer: NodeJS.Timeout | undefined;
    const watcher: FSWatcher = watchFolder(this.dir, () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        this.reload().catch((error: unknown) => this.logger.error({ err: error }, 'article reload failed'));
      }, RELOAD_DEBOUNCE_MS);
    });
    watcher.on('error', (error) =>
      this.logger.error({ err: error, dir: this.dir }, 'watching the article folder failed'),
    );
    return () => {
      clearTimeout(timer);
      watcher.close();
    };
  }

  private async reloadNow(): Promise<void> {
    if (this.dir === undefined) return;
    const dir = this.dir;
    const names = await listJsonFiles(dir, this.logger);
    if (names === undefined) return; // folder unreadable: keep serving what we have
    const problems: ArticleProblem[] = [];
    const seen = new Set(names);
    const outcomes: Array<{ name: string; article: Article } | { name: string; error: unknown }> = [];
    for (const name of names) {
      outcomes.push(
        await loadArticleFile(join(dir, name)).then(
          (result) => ({ name, article: result.article }),
          (error: unknown) => ({ name, error }),
        ),
      );
    }
    for (const outcome of outcomes) {
      if ('article' in outcome) {
        this.byFile.set(outcome.name, outcome.article);
        continue;
      }
      const file = join(dir, outcome.name);
      const issues =
        outcome.error instanceof ArticleValidationError
          ? outcome.error.issues
          : [{ file, path: '', message: `unexpected error: ${String(outcome.error)}` }];
      const keptPreviousVersion = this.byFile.has(outcome.name);
      problems.push({ file, issues, keptPreviousVersion });
      this.logger.error(
        { file, issues, keptPreviousVersion },
        `rejected article file ${formatIssues(file, issues)}${keptPreviousVersion ? '\n  (still serving its last good version)' : ''}`,
      );
    }
    for (const name of [...this.byFile.keys()]) if (!seen.has(name)) this.byFile.delete(name);
    this.currentProblems = problems;
    this.reindex();
    this.logger.info({ dir, articles: this.sorted.length, rejected: problems.length }, 'articles loaded');
    for (const listener of this.listeners) {
      try {
        listener(this);
      } catch (error) {
        this.logger.error({ err: error }, 'article library listener failed');
      }
    }
  }

  private reindex(): void {
    this.sorted = [...this.byFile.values()].sort(newestFirst);
    this.byId.clear();
    for (const article of this.sorted) if (!this.byId.has(article.id)) this.byId.set(article.id, article);
  }
}

async function listJsonFiles(dir: string, logger: Logger): Promise<string[] | undefined> {
  try {
    return (await readdir(dir)).filter((name) => name.endsWith('.json')).sort();
  } catch (error) {
    logger.error({ err: error, dir }, 'cannot read the article folder');
    return undefined;
  }
}

function newestFirst(a: Article, b: Article): number {
  const dateA = a.published.value ?? '';
  const dateB = b.published.value ?? '';
  if (dateA !== dateB) return dateA < dateB ? 1 : -1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

function matchesAll(article: Article, words: string[], whole: string): boolean {
  if (article.id.includes(whole)) return true;
  const haystack = [
    ...article.headline.toLowerCase().split(/[^\p{L}\p{N}]+/u),
    ...article.id.split('-'),
  ].filter(Boolean);
  return words.every((word) => haystack.some((candidate) => candidate.startsWith(word)));
}
