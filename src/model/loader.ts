import { closeSync, constants, fstatSync, openSync, readSync, realpathSync, type Stats } from 'node:fs';
import { basename, dirname, join, sep } from 'node:path';
import type { z } from 'zod';
import { Article, SCHEMA_VERSION } from './schema.ts';
import { V1Article } from './schema-v1.ts';
import { upgradeV1 } from './upgrade-v1.ts';
import { crossCheckInto } from './cross-check.ts';
import { ArticleValidationError } from './errors.ts';
import { describeJsonSyntaxError } from './json-location.ts';
import { IssueCollector } from './issue-collector.ts';
import { DEFAULT_ARTICLE_MAX_BYTES } from './file-limits.ts';
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

export { DEFAULT_ARTICLE_MAX_BYTES } from './file-limits.ts';

export interface LoadOptions {
  /** Largest file read, in bytes (default DEFAULT_ARTICLE_MAX_BYTES). */
  maxBytes?: number;
}

/**
 * Reads, validates and cross-checks one article file. Bad input of any kind (unreadable, not a regular
 * file, outside the folder, too large, malformed JSON, schema violations, broken references, quoted words
 * not in the text) rejects with an ArticleValidationError listing every problem (up to MAX_ISSUES_PER_FILE).
 * Version 1 files are checked against version 1, then upgraded in memory and checked as version 2.
 */
export async function loadArticleFile(jsonPath: string, options: LoadOptions = {}): Promise<LoadResult> {
  const limits = { folder: dirname(jsonPath), maxBytes: options.maxBytes ?? DEFAULT_ARTICLE_MAX_BYTES };
  const jsonText = readText(jsonPath, jsonPath, '', limits);
  return checkArticleText(jsonPath, jsonText, (textFile) =>
    readText(join(dirname(jsonPath), textFile), jsonPath, 'source.textFile', limits),
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

/**
 * Reads `path` on behalf of the article `file`; `at` is the JSON path that named it ('' for the file itself).
 * Only a regular file inside the article folder, and at most `maxBytes` of it: a FIFO would block the read
 * forever, a link to /dev/zero never ends, and a huge file would hold the loader. The open is non-blocking
 * (a FIFO opens at once and is then refused by its type).
 * Synchronous on purpose: validation right after is CPU-bound anyway, and for many small files a promise per
 * read cost more than the reads themselves (1,000 articles: ~970 ms async against ~650 ms sync).
 */
function readText(
  path: string,
  file: string,
  at: string,
  limits: { folder: string; maxBytes: number },
): string {
  const problem = (message: string) => new ArticleValidationError(file, [{ file, path: at, message }]);
  const cannotRead = (error: unknown) =>
    problem(`cannot read ${path} (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  let real: string;
  let folder: string;
  try {
    real = realpathSync(path);
    folder = realpathSync(limits.folder);
  } catch (error) {
    throw cannotRead(error);
  }
  if (!real.startsWith(folder + sep)) {
    throw problem(`${path} leads outside the article folder (to ${real}); only files inside it are read`);
  }
  let fd: number;
  try {
    fd = openSync(real, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    throw cannotRead(error);
  }
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile())
      throw problem(`${path} is ${fileKind(stats)}, not a regular file; only plain files are read`);
    const tooLarge = (size: string) =>
      problem(`${path} is ${size} bytes, over the limit of ${limits.maxBytes} (ARTICLE_MAX_BYTES)`);
    if (stats.size > limits.maxBytes) throw tooLarge(String(stats.size));
    // One byte more than allowed: a file that grew since fstat is caught, never read to its end.
    const buffer = Buffer.alloc(stats.size + 1);
    let length = 0;
    while (length < buffer.length) {
      const read = readSync(fd, buffer, length, buffer.length - length, length);
      if (read === 0) break;
      length += read;
    }
    if (length > limits.maxBytes) throw tooLarge(`more than ${limits.maxBytes}`);
    if (length > stats.size)
      throw problem(`${path} changed while it was read (it is read again when it changes)`);
    return buffer.toString('utf8', 0, length);
  } catch (error) {
    if (error instanceof ArticleValidationError) throw error;
    throw cannotRead(error);
  } finally {
    closeSync(fd);
  }
}

function fileKind(stats: Stats): string {
  if (stats.isDirectory()) return 'a directory';
  if (stats.isFIFO()) return 'a named pipe (FIFO)';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device';
  if (stats.isSocket()) return 'a socket';
  return 'a special file';
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
