/** What a reader hands to the analysis: the verbatim text and the article's parts located in it. */

export type BlockKind = 'headline' | 'date-marker' | 'dateline' | 'caption' | 'credit' | 'body';

/** A span of the text with a role; `paragraph` numbers the lines (blank lines skipped) from 0. */
export interface Block {
  readonly kind: BlockKind;
  readonly paragraph: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export interface DatelineParts {
  /** The place as written ("AUSTIN, Texas", "BOSTON"), absent when the dateline is only a date. */
  readonly place?: string;
  /** The date as written without a year ("Oct. 23"). */
  readonly date?: string;
  /** The agency in parentheses ("Reuters", "AP"). */
  readonly agency?: string;
}

export interface SourceDocument {
  /** The article text exactly as it will be stored in <id>.txt; every offset points into it. */
  readonly text: string;
  readonly blocks: readonly Block[];
  /** The headline read from the text or page; `derived` when built from the lead. */
  readonly headline?: { readonly text: string; readonly derived: boolean };
  readonly dateline?: DatelineParts;
  /** A publication date found in the text or page metadata, YYYY-MM-DD, with the words it came from. */
  readonly published?: {
    readonly value: string;
    readonly asWritten: string;
    readonly from: 'text' | 'metadata';
  };
  readonly byline?: string;
  /** The agency or publication that the text or page names. */
  readonly source?: string;
  readonly url?: string;
}

export class ReadError extends Error {
  override readonly name = 'ReadError';
}
