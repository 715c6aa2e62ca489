import { readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { z } from 'zod';
import { Article, SCHEMA_VERSION } from './schema.ts';
import { V1Article } from './schema-v1.ts';
import { upgradeV1 } from './upgrade-v1.ts';
import { crossCheckInto } from './cross-check.ts';
import { ArticleValidationError } from './errors.ts';
import { describeJsonSyntaxError } from './json-location.ts';
import { IssueCollector } from './issue-collector.ts';
import { checkSizes } from './size-limits.ts';

export { ArticleValidationError, type ArticleIssue } from './errors.ts';

/** Problems listed per file at most; the rest are counted ("and N more"). */
export const MAX_ISSUES_PER_FILE = 50;
export interface LoadResult {
  /** The JSON file it came from. */
  file: string;
  article: Article;
  /** The verbatim source text (`source.textFile`). */
  sourceText: string;
  /** The schema version of the file as stored (1: upgraded in memory). */
  storedVersion: 1 | 2;
}

/**
 * Reads, validates and cross-checks one article file. Bad input of any kind (unreadable, malformed JSON,
 * schema violations, broken references, quoted words not in the text) rejects with an
 * ArticleValidationError listing every problem (up to MAX_ISSUES_PER_FILE). Version 1 files are checked
 * against version 1, then upgraded in memory and checked as version 2.
 */
export async function loadArticleFile(jsonPath: string): Promise<LoadResult> {
  const jsonText = readText(jsonPath, jsonPath, '');
  return checkArticleText(jsonPath, jsonText, (textFile) =>
    readText(join(dirname(jsonPath), textFile), jsonPath, 'source.textFile'),
  );
}

/**
 * The whole check of one document held in memory: JSON syntax, sizes, schema (by version), cross-checks
 * and the file name. `readSource` reads the source text named by `source.textFile` (throwing an
 * ArticleValidationError when it cannot).
 */
export function checkArticleText(
  file: string,
  jsonText: string,
  readSource: (textFile: string) => string,
): LoadResult {
  let value: unknown;
  try {
    value = JSON.parse(jsonText);
  } catch (error) {
    throw new ArticleValidationError(file, [
      { file, path: '', message: describeJsonSyntaxError(jsonText, error) },
    ]);
  }
  const collector = new IssueCollector(MAX_ISSUES_PER_FILE);
  const fail = (): never => {
    throw new ArticleValidationError(
      file,
      collector.result().map((issue) => ({ file, ...issue })),
    );
  };
  // Sizes first: a list too long to be an article's is refused before the schema walks it (memory).
  if (!checkSizes(value, collector)) fail();

  const version = (value as { schemaVersion?: unknown } | null)?.schemaVersion;
  let document = value;
  let storedVersion: 1 | 2 = 2;
  if (version === 1) {
    const v1 = V1Article.safeParse(value, { reportInput: true });
    if (!v1.success) {
      for (const issue of v1.error.issues) collector.report(issue.path, describeZodIssue(issue));
      fail();
    }
    document = upgradeV1(v1.data as V1Article);
    storedVersion = 1;
    collector.suffix = ' (a version 1 file: the path is that of its version 2 upgrade)';
  } else if (version !== SCHEMA_VERSION) {
    collector.report(
      ['schemaVersion'],
      version === undefined
        ? `missing required field (expected ${SCHEMA_VERSION}, or 1 for an old file)`
        : `expected ${SCHEMA_VERSION} (or 1 for an old file), found ${previewValue(version)}`,
    );
    fail();
  }

  const parsed = Article.safeParse(document, { reportInput: true });
  if (!parsed.success)
    for (const issue of parsed.error.issues) collector.report(issue.path, describeZodIssue(issue));

  const textFile = (document as { source?: { textFile?: unknown } }).source?.textFile;
  let sourceText: string | undefined;
  if (typeof textFile === 'string' && /^[^/\\]+\.txt$/.test(textFile)) {
    try {
      sourceText = readSource(textFile);
    } catch (error) {
      if (!(error instanceof ArticleValidationError)) throw error;
      for (const issue of error.issues) collector.report(issue.path, issue.message);
    }
  }
  if (sourceText !== undefined) crossCheckInto(document, sourceText, collector);

  const id = (document as { id?: unknown }).id;
  if (typeof id === 'string' && basename(file) !== `${id}.json`)
    collector.report('id', `expected the file to be named ${id}.json (after its id "${id}")`);

  if (collector.total > 0 || !parsed.success || sourceText === undefined) fail();
  return { file, article: parsed.data as Article, sourceText: sourceText as string, storedVersion };
}

/** JSON syntax + schema of a version 2 document, without the source text. Pure, for callers holding the text. */
export function parseArticleDocument(file: string, jsonText: string): Article {
  let value: unknown;
  try {
    value = JSON.parse(jsonText);
  } catch (error) {
    throw new ArticleValidationError(file, [
      { file, path: '', message: describeJsonSyntaxError(jsonText, error) },
    ]);
  }
  const parsed = Article.safeParse(value, { reportInput: true });
  if (parsed.success) return parsed.data;
  const collector = new IssueCollector(MAX_ISSUES_PER_FILE);
  for (const issue of parsed.error.issues) collector.report(issue.path, describeZodIssue(issue));
  throw new ArticleValidationError(
    file,
    collector.result().map((issue) => ({ file, ...issue })),
  );
}

/**
 * Reads `path` on behalf of the article `file`; `at` is the JSON path that named it ('' for the file itself).
 * Synchronous on purpose: validation right after is CPU-bound anyway, and for many small files a promise per
 * read cost more than the reads themselves (1,000 articles: ~970 ms async against ~650 ms sync).
 */
function readText(path: string, file: string, at: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new ArticleValidationError(file, [{ file, path: at, message: `cannot read ${path} (${code})` }]);
  }
}

function describeZodIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type' && issue.input === undefined)
    return `missing required field (expected ${issue.expected})`;
  if (issue.code === 'unrecognized_keys') {
    return `unexpected field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
  }
  const found = 'input' in issue && issue.input !== undefined ? `, found ${previewValue(issue.input)}` : '';
  return issue.code === 'invalid_type'
    ? `${issue.message.replace(/, received \w+$/, '')}${found}`
    : `${issue.message}${found}`;
}

function previewValue(value: unknown): string {
  if (typeof value === 'string' && value.length > 60)
    return `${JSON.stringify(value.slice(0, 57))}... (${value.length} characters)`;
  if (Array.isArray(value) && value.length > 20) return `a list of ${value.length} items`;
  if (value !== null && typeof value === 'object' && Object.keys(value).length > 20)
    return `an object of ${Object.keys(value).length} fields`;
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
