import { z } from 'zod';

/**
 * Schema version 1 of the article model, kept only to read old files: the loader validates a version 1
 * file against it (so problems are reported with the file's own paths), then upgrades it in memory
 * (upgrade-v1.ts). `npm run migrate` rewrites such files as version 2. Do not extend; see schema.ts.
 */

import { DateValue, Derivation, Evidence, Id, SentenceId, TruncatedDate } from './schema-primitives.ts';

const V1Sentence = z
  .object({
    id: SentenceId,
    paragraph: z.number().int().nonnegative(),
    index: z.number().int().nonnegative(),
    /** Character offsets into the source text (UTF-16 code units, end exclusive). */
    start: z.number().int().nonnegative(),
    end: z.number().int().positive(),
    text: z.string().min(1),
    kind: z.enum(['caption', 'body', 'dateline', 'credit']),
  })
  .strict();

const V1Country = z
  .object({
    /** ISO 3166-1 alpha-2, lowercase: "kr", "jp", "us", "kp". */
    id: z.string().regex(/^[a-z]{2}$/, 'an ISO 3166-1 alpha-2 code in lowercase'),
    name: z.string().min(1),
    aliases: z.array(z.string().min(1)),
    /** Adjective for the people or the state ("South Korean", "Japanese"). */
    demonym: z.string().min(1),
    evidence: Evidence,
  })
  .strict();

const V1PhotoPosition = z
  .object({
    asWritten: z.string().min(1),
    side: z.enum(['left', 'right', 'center']),
    /** 1 = outermost on that side. */
    fromSide: z.number().int().positive(),
  })
  .strict();

const V1Person = z
  .object({
    id: Id,
    name: z.string().min(1),
    givenName: z.string().optional(),
    familyName: z.string().optional(),
    /** Spelling variants, surname alone, reordered names: every form the bot should recognise. */
    aliases: z.array(z.string().min(1)),
    /** Job title exactly as the article writes it (the first or fullest form). */
    titleAsWritten: z.string().min(1),
    /** Other ways the article writes the same title. */
    titleVariants: z.array(z.string().min(1)),
    /** Normalised role, e.g. "director-general", "deputy director-general", "president". */
    role: z.string().min(1),
    /** Portfolio or remit ("Asian and Pacific affairs"). */
    portfolio: z.string().optional(),
    organization: Id.optional(),
    country: z.string().regex(/^[a-z]{2}$/),
    /** Which side of the story they are on ("South Korean side"). */
    side: z.string().min(1),
    photoPosition: V1PhotoPosition.optional(),
    involvement: z.enum(['participant', 'mentioned']),
    /** One line on what they did in this story. */
    description: z.string().min(1),
    evidence: Evidence,
  })
  .strict();

const V1Organization = z
  .object({
    id: Id,
    name: z.string().min(1),
    aliases: z.array(z.string().min(1)),
    kind: z.enum(['ministry', 'bureau', 'government', 'news-agency', 'publication', 'military', 'other']),
    parent: Id.optional(),
    country: z
      .string()
      .regex(/^[a-z]{2}$/)
      .optional(),
    /** Present when the article implies the organization without naming it (a named bureau's parent ministry). */
    derivation: Derivation.optional(),
    evidence: Evidence,
  })
  .strict();

const V1Place = z
  .object({
    id: Id,
    name: z.string().min(1),
    aliases: z.array(z.string().min(1)),
    kind: z.enum(['city', 'venue', 'region', 'country', 'peninsula']),
    /** The place this one lies in (a venue's city). */
    within: Id.optional(),
    country: z
      .string()
      .regex(/^[a-z]{2}$/)
      .optional(),
    evidence: Evidence,
  })
  .strict();

const V1Delegation = z
  .object({
    country: z.string().regex(/^[a-z]{2}$/),
    /** People named as members (heads first). */
    members: z.array(Id),
    /** How the article describes the rest ("their respective delegations"); the size is not given. */
    note: z.string().optional(),
    evidence: Evidence,
  })
  .strict();

const V1Event = z
  .object({
    id: Id,
    /** ACE-style event type, e.g. "Contact:Meet". */
    type: z.string().min(1),
    name: z.string().min(1),
    aliases: z.array(z.string().min(1)),
    series: z.string().optional(),
    ordinal: z
      .object({
        value: z.number().int().positive(),
        asWritten: z.string().min(1),
        derivation: Derivation.optional(),
        evidence: Evidence,
      })
      .strict()
      .optional(),
    /** "two-plus-two", "director-general-level". */
    format: z.array(z.object({ value: z.string().min(1), evidence: Evidence }).strict()),
    date: DateValue,
    place: Id.optional(),
    venue: Id.optional(),
    delegations: z.array(V1Delegation),
    evidence: Evidence,
  })
  .strict();

const V1Topic = z
  .object({
    id: Id,
    label: z.string().min(1),
    /** Words people may use for it. */
    keywords: z.array(z.string().min(1)),
    /** Countries whose relations it concerns, if any. */
    countries: z.array(z.string().regex(/^[a-z]{2}$/)),
    evidence: Evidence,
  })
  .strict();

const V1Modality = z.enum([
  'agreed-to', // an agreement in principle to do something, not a signed document
  'agreed', // a settled agreement
  'announced',
  'signed',
  'decided',
  'discussed',
  'pledged',
]);

const V1Outcome = z
  .object({
    id: Id,
    statement: z.string().min(1),
    modality: V1Modality,
    /** Who it binds ("both sides", person ids, country ids). */
    parties: z.array(z.string().min(1)),
    /** What the article says about its detail ("without further details"). */
    detail: z.string().optional(),
    date: DateValue.optional(),
    evidence: Evidence,
  })
  .strict();

const V1Quote = z
  .object({
    id: Id,
    text: z.string().min(1),
    /** V1Person or organization id, or a description when the speaker is collective. */
    speaker: z.string().min(1),
    speakerDescription: z.string().min(1),
    verb: z.string().min(1),
    /** "statement", "interview", ... */
    medium: z.string().optional(),
    /** Ids of the people or organizations who spoke (a collective speaker may be several). */
    speakerIds: z.array(Id).optional(),
    /** "explicit": the article names the speaker for this span; "inferred": quoted without attribution. */
    attribution: z.enum(['explicit', 'inferred']).optional(),
    evidence: Evidence,
  })
  .strict();

const V1TimelineEntry = z
  .object({
    id: Id,
    date: DateValue,
    what: z.string().min(1),
    /** How it bears on the story. */
    relevance: z.string().min(1),
    people: z.array(Id),
    places: z.array(Id),
    evidence: Evidence,
  })
  .strict();

const V1Figure = z
  .object({
    id: Id,
    /** What is counted or measured. */
    label: z.string().min(1),
    value: z.number(),
    unit: z.string().optional(),
    asWritten: z.string().min(1),
    derivation: Derivation.optional(),
    evidence: Evidence,
  })
  .strict();

const V1Context = z
  .object({
    id: Id,
    kind: z.enum(['why-now', 'significance', 'cause', 'consequence']),
    statement: z.string().min(1),
    evidence: Evidence,
  })
  .strict();

const V1Summary = z
  .object({
    text: z.string().min(1),
    sentences: z.array(SentenceId).min(1),
  })
  .strict();

export const V1Article = z
  .object({
    schemaVersion: z.literal(1),
    id: Id,
    headline: z.string().min(1),
    dek: z.string().min(1),
    language: z.string().regex(/^[a-z]{2}(-[A-Z]{2})?$/, 'a BCP-47 language tag such as "en"'),
    source: z
      .object({
        agency: z.string().min(1),
        publication: z.string().min(1).optional(),
        url: z.url().optional(),
        credit: z.string().optional(),
        /** File name of the verbatim source text beside the JSON. */
        textFile: z.string().regex(/^[^/\\]+\.txt$/, 'a .txt file name in the same folder'),
      })
      .strict(),
    published: DateValue,
    /** The dateline date relative dates ("on Monday") are resolved against. */
    dateline: TruncatedDate,
    captions: z.array(z.object({ text: z.string().min(1), sentences: z.array(SentenceId).min(1) }).strict()),
    sentences: z.array(V1Sentence).min(1),
    countries: z.array(V1Country),
    people: z.array(V1Person),
    organizations: z.array(V1Organization),
    places: z.array(V1Place),
    event: V1Event,
    topics: z.array(V1Topic),
    outcomes: z.array(V1Outcome),
    quotes: z.array(V1Quote),
    figures: z.array(V1Figure),
    context: z.array(V1Context),
    timeline: z.array(V1TimelineEntry),
    summaries: z
      .object({
        oneLine: V1Summary,
        short: V1Summary,
        detailed: V1Summary,
      })
      .strict(),
    /** Things a reader may ask that the article explicitly leaves open ("without further details"). */
    gaps: z.array(z.object({ about: z.string().min(1), evidence: Evidence }).strict()),
    /** Curation notes: choices made while modelling (e.g. a headline written by the curator). */
    notes: z.array(z.string().min(1)).optional(),
  })
  .strict();
export type V1Article = z.infer<typeof V1Article>;
