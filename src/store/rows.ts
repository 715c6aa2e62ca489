import type { z } from 'zod';
import type { Logger } from '../core/logger.ts';

/**
 * Stored rows are checked with zod as they are read. A row that does not fit (edited by hand, written by
 * a broken build, a half-applied restore) is skipped and reported once per read, naming the table, the
 * row's key and what was wrong; the rest of the feature keeps working.
 */
export interface RowReader {
  parse<S extends z.ZodType>(
    table: string,
    schema: S,
    row: unknown,
    key: (row: Record<string, unknown>) => string,
  ): z.output<S> | undefined;
  parseAll<S extends z.ZodType>(
    table: string,
    schema: S,
    rows: readonly unknown[],
    key: (row: Record<string, unknown>) => string,
  ): Array<z.output<S>>;
}

export function rowReader(logger: Pick<Logger, 'warn'>): RowReader {
  const parse: RowReader['parse'] = (table, schema, row, key) => {
    const result = schema.safeParse(row);
    if (result.success) return result.data;
    const record = (row ?? {}) as Record<string, unknown>;
    logger.warn(
      {
        table,
        row: safeKey(key, record),
        problems: result.error.issues
          .slice(0, 5)
          .map((issue) => `${issue.path.join('.') || '(row)'}: ${issue.message}`),
      },
      'skipped a stored row that does not match its schema',
    );
    return undefined;
  };
  return {
    parse,
    parseAll: (table, schema, rows, key) =>
      rows.flatMap((row) => {
        const parsed = parse(table, schema, row, key);
        return parsed === undefined ? [] : [parsed];
      }),
  };
}

function safeKey(key: (row: Record<string, unknown>) => string, row: Record<string, unknown>): string {
  try {
    return key(row).slice(0, 200);
  } catch {
    return '(unknown)';
  }
}

/** JSON text columns: the parsed value, or a zod issue instead of a throw. */
export function parseJsonText(text: string, ctx: z.RefinementCtx): unknown {
  try {
    return JSON.parse(text);
  } catch {
    ctx.addIssue({ code: 'custom', message: 'not valid JSON' });
    return undefined;
  }
}
