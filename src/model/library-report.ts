import path from 'node:path';
import type { ArticleLibrary } from './library.ts';

const MAX_LISTED = 10;

/**
 * For the operator, when the library serves nothing: which folder was read (absolute, so a wrong
 * ARTICLES_DIR or working directory shows) and which files were rejected, with their first problem.
 * Undefined when at least one article is loaded.
 */
export function describeEmptyLibrary(library: ArticleLibrary): string | undefined {
  if (library.list().length > 0) return undefined;
  const folder = library.folder === undefined ? '(no folder)' : path.resolve(library.folder);
  const problems = library.problems();
  if (problems.length === 0)
    return `No articles: ${folder} has no .json article files (set ARTICLES_DIR, or add <id>.json beside <id>.txt there).`;
  const listed = problems.slice(0, MAX_LISTED).map((problem) => {
    const first = problem.issues[0];
    const where = first ? `${first.path === '' ? '(document)' : first.path}: ${first.message}` : 'rejected';
    const more = problem.issues.length > 1 ? ` (+${problem.issues.length - 1} more)` : '';
    return `  ${path.basename(problem.file)}: ${where}${more}`;
  });
  const rest = problems.length > MAX_LISTED ? [`  … and ${problems.length - MAX_LISTED} more`] : [];
  return [
    `No articles: every file in ${folder} was rejected (${problems.length}); \`npm run validate\` lists every problem:`,
    ...listed,
    ...rest,
  ].join('\n');
}
