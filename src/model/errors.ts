/** One problem found in an article file: where it is and what was expected / found. */
export interface ArticleIssue {
  file: string;
  /** JSON path such as `people[2].evidence.quotes[0]`; empty for the document as a whole. */
  path: string;
  message: string;
}

/** The only error the loader throws for bad input: every problem in one file, listed. */
export class ArticleValidationError extends Error {
  override readonly name = 'ArticleValidationError';
  constructor(
    readonly file: string,
    readonly issues: readonly ArticleIssue[],
  ) {
    super(formatIssues(file, issues));
  }
}

export function formatIssues(file: string, issues: readonly ArticleIssue[]): string {
  const lines = issues.map(
    (issue) => `  ✖ ${issue.path === '' ? '(document)' : issue.path}: ${issue.message}`,
  );
  return `${file}: ${issues.length} problem${issues.length === 1 ? '' : 's'}\n${lines.join('\n')}`;
}

/** `['people', 2, 'evidence']` -> `people[2].evidence`. */
export function formatJsonPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else {
      const name = String(key);
      out += /^[A-Za-z_$][\w$]*$/.test(name) ? (out === '' ? name : `.${name}`) : `[${JSON.stringify(name)}]`;
    }
  }
  return out;
}
