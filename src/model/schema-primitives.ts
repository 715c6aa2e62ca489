import { z } from 'zod';

/** The building blocks of the article model (schema.ts): ids, evidence, derivations and dates with their precision. */

const idPattern = /^[a-z0-9][a-z0-9-]*$/;
export const Id = z.string().regex(idPattern, 'a lowercase id of letters, digits and hyphens');
export const SentenceId = z.string().regex(/^p\d+s\d+$/, 'a sentence id such as "p2s1"');

export const Evidence = z
  .object({
    /** Empty only when `fromMetadata` says the fact rests on the article's metadata instead of its text. */
    sentences: z.array(SentenceId),
    /** Verbatim spans; each must occur in one of `sentences`. */
    quotes: z.array(z.string().min(1)),
    /** Metadata fields (e.g. "source.publication") a fact rests on when the text itself does not state it. */
    fromMetadata: z.array(z.string().min(1)).min(1).optional(),
  })
  .strict()
  .superRefine((evidence, ctx) => {
    if (evidence.fromMetadata !== undefined) return;
    if (evidence.sentences.length === 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['sentences'],
        message: 'at least one sentence id (or fromMetadata)',
      });
    }
    if (evidence.quotes.length === 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['quotes'],
        message: 'at least one verbatim quote (or fromMetadata)',
      });
    }
  });
export type Evidence = z.infer<typeof Evidence>;

export const Derivation = z
  .object({
    /** How the value was worked out, in plain words. */
    method: z.string().min(1),
    /** What it was worked out from (the dateline, another fact's id, ...). */
    from: z.array(z.string().min(1)).min(1),
  })
  .strict();
export type Derivation = z.infer<typeof Derivation>;

/** ISO-8601 truncated dates: YYYY, YYYY-MM or YYYY-MM-DD. */
export const TruncatedDate = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'a date written YYYY, YYYY-MM or YYYY-MM-DD');

export const DatePrecision = z.enum(['year', 'month', 'day', 'range', 'duration', 'unknown']);

export const DateValue = z
  .object({
    precision: DatePrecision,
    /** Start (or the only) date; absent for a bare duration ("two decades"). */
    value: TruncatedDate.optional(),
    /** End of a range ("1910-45" -> 1945). */
    end: TruncatedDate.optional(),
    /** For a duration: ISO-8601 duration, e.g. P5Y, P20Y. */
    duration: z
      .string()
      .regex(/^P(\d+Y)?(\d+M)?(\d+D)?$/, 'an ISO-8601 duration such as P5Y')
      .optional(),
    /** The words the article wrote it in: "on Monday", "in March", "1910-45", "two decades". */
    asWritten: z.string().min(1),
    derivation: Derivation.optional(),
  })
  .strict();
export type DateValue = z.infer<typeof DateValue>;
