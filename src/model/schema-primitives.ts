import { z } from 'zod';

/**
 * The building blocks of the article model (schema.ts): ids, text, evidence, derivations and dates with their
 * precision. Every string and list also has a ceiling (`MAX`, by field in size-limits.ts, checked before the
 * schema runs), so one absurd field (a 50 MB headline, a million aliases) is refused with a clear message.
 */

/** Length ceilings (characters, UTF-16 code units) for the kinds of text the model holds. */
export const MAX = {
  id: 120,
  /** A name, alias, acronym, role word, kind word. */
  name: 200,
  /** Words quoted from the text: an `asWritten`, a title, a noun, a keyword, an evidence quote. */
  phrase: 500,
  /** One user-visible line: a statement, description, label, relevance. */
  statement: 1_500,
  headline: 300,
  dek: 1_000,
  /** A quotation (`quotes[].text`) and one sentence of the source. */
  quote: 5_000,
  sentence: 5_000,
  /** A curated summary (Discord's embed description holds 4,096). */
  summary: 4_000,
  /** A maintainers' note. */
  note: 2_000,
  /** Items in a list of names or phrases (aliases, keywords, quotes of one evidence). */
  listItems: 100,
  /** Items in one of the article's collections (people, outcomes, figures ...). */
  collectionItems: 1_000,
  sentences: 5_000,
} as const;

/**
 * A non-empty string whose ceiling is `max` (documentation here; enforced by size-limits.ts, because a zod
 * `.max()` on every string doubled the schema's cost per file).
 */
export function bounded(max: number): z.ZodString {
  void max;
  return z.string().min(1);
}
/** A list whose ceiling is `max` (enforced by size-limits.ts, like `bounded`). */
export function boundedList<T extends z.ZodType>(item: T, max: number = MAX.listItems): z.ZodArray<T> {
  void max;
  return z.array(item);
}

export const Name = bounded(MAX.name);
export const Phrase = bounded(MAX.phrase);
export const Statement = bounded(MAX.statement);
export const Note = bounded(MAX.note);

const idPattern = /^[a-z0-9][a-z0-9-]*$/;
export const Id = z.string().regex(idPattern, 'a lowercase id of letters, digits and hyphens');
export const SentenceId = z.string().regex(/^p\d{1,5}s\d{1,5}$/, 'a sentence id such as "p2s1"');
/** ISO 3166-1 alpha-2, lowercase: "kr", "jp", "us". */
export const CountryCode = z.string().regex(/^[a-z]{2}$/, 'an ISO 3166-1 alpha-2 code in lowercase');

/** Who put a fact in the model: read off the text by the ingest pipeline, or written by a person. */
export const Provenance = z.enum(['extracted', 'curated']);
export type Provenance = z.infer<typeof Provenance>;

/**
 * Fields every fact and entity may carry beside its own:
 * - `keywords`: the article's own paraphrases of the fact and the words a reader may use for it, so the
 *   answerer matches questions without word lists in code. Matching aids, never shown as quotes.
 * - `provenance`: "extracted" or "curated" (absent: curated).
 * - `notes`: for maintainers only; never rendered to users.
 */
export const FactMeta = {
  keywords: boundedList(Phrase).optional(),
  provenance: Provenance.optional(),
  notes: boundedList(Note, 20).optional(),
};

export const Evidence = z
  .object({
    /** Empty only when `fromMetadata` says the fact rests on the article's metadata instead of its text. */
    sentences: boundedList(SentenceId, 200),
    /** Verbatim spans; each must occur in the sentences cited (a span may run across consecutive ones). */
    quotes: boundedList(bounded(MAX.quote), 50),
    /** Metadata fields (e.g. "source.publication") a fact rests on when the text itself does not state it. */
    fromMetadata: boundedList(Name, 10).min(1).optional(),
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

/**
 * A value worked out rather than read off the text. For maintainers: `method` is never shown to users.
 * `from` names what it rests on: sentence ids ("p7s0"), ids of other items of the model ("fig-talks-before"),
 * or the metadata "dateline", "referenceDate", "published", "headline" or a dotted field ("source.agency").
 */
export const Derivation = z
  .object({
    method: Note,
    from: boundedList(Name, 20).min(1),
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
    asWritten: Phrase,
    derivation: Derivation.optional(),
  })
  .strict();
export type DateValue = z.infer<typeof DateValue>;
