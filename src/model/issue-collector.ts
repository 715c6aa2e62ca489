import { formatJsonPath } from './errors.ts';

export interface CrossCheckIssue {
  path: string;
  message: string;
}

/** Problems found so far; keeps the first `limit` and counts the rest, so a huge bad file stays cheap. */
export class IssueCollector {
  readonly issues: CrossCheckIssue[] = [];
  private dropped = 0;

  constructor(readonly limit: number) {}

  report(path: readonly PropertyKey[] | string, message: string): void {
    if (this.issues.length >= this.limit) {
      this.dropped++;
      return;
    }
    this.issues.push({ path: typeof path === 'string' ? path : formatJsonPath(path), message });
  }

  get full(): boolean {
    return this.issues.length >= this.limit;
  }

  get total(): number {
    return this.issues.length + this.dropped;
  }

  /** The kept issues, then one line "and N more" when some were dropped. */
  result(): CrossCheckIssue[] {
    if (this.dropped === 0) return this.issues;
    return [
      ...this.issues,
      { path: '', message: `and ${this.dropped} more problem${this.dropped === 1 ? '' : 's'} (not listed)` },
    ];
  }
}
