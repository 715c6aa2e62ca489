import { readFile } from 'node:fs/promises';
import type { GuardedFetchOptions } from '../../net/guarded-fetch.ts';
import { readHtml } from './html.ts';
import { readPlainText } from './text.ts';
import type { SourceDocument } from './types.ts';
import { ReadError } from './types.ts';
import { readUrl } from './url.ts';

export type { Block, BlockKind, DatelineParts, SourceDocument } from './types.ts';
export { ReadError } from './types.ts';
export { readHtml, readPlainText, readUrl };

/** A file (.html/.htm or text) or an http(s) URL, read into a source document. */
export async function readSource(
  input: string,
  fetchOptions: GuardedFetchOptions = {},
): Promise<SourceDocument> {
  if (/^https?:\/\//i.test(input)) return readUrl(input, fetchOptions);
  let content: string;
  try {
    content = await readFile(input, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new ReadError(
      code === 'ENOENT'
        ? `no such file: ${input}`
        : code === 'EISDIR'
          ? `${input} is a folder, not a file`
          : `cannot read ${input}: ${(error as Error).message}`,
    );
  }
  if (content.includes('\u0000')) throw new ReadError(`${input} is not a text file`);
  const isHtml = /\.x?html?$/i.test(input) || /^\s*(<!doctype html|<html)/i.test(content);
  return isHtml ? readHtml(content) : readPlainText(content);
}
