import { formatJsonPath } from './errors.ts';

export interface CrossCheckIssue {
  path: string;
  message: string;
}

/** Problems found so far; keeps the first `limit` and counts the rest, so a huge bad file stays cheap. */
export class IssueCollector {
  readonly issues: CrossCheckIssue[] = [];
  private dropped = 0;

  /** Added to every message from now on (e.g. that the paths are those of an upgraded old file). */
  suffix = '';

  constructor(readonly limit: number) {}

  report(path: readonly PropertyKey[] | string, message: string): void {
    if (this.issues.length >= this.limit) {
      this.dropped++;
      return;
    }
    const at = typeof path === 'string' ? path : formatJsonPath(path);
    this.issues.push({ path: at, message: this.suffix ? `${message}${this.suffix}` : message });
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
