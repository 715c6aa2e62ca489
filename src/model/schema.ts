import { z } from 'zod';

/**
 * The structured article model, schema version 2 (docs/article-model.md). One JSON document per article in
 * data/articles/<id>.json, beside its verbatim source text <id>.txt. Every fact carries evidence: the ids of
 * the source sentences it rests on and the verbatim words it quotes from them; every field named
 * `asWritten`, `titleAsWritten`, `titleVariants`, `namesAsWritten`, `nouns`, `period`, `comparedWith` and
 * every `quotes[].text` must occur verbatim in those sentences (cross-check.ts). Values worked out rather
 * than read off the text say so in `derivation`.
 *
 * What users may see: `headline`, `dek`, names, `statement`, `description`, `label`, `what`, `relevance`,
 * `about`, `summaries`, quoted text. What they never see: `notes` and `derivation.method` (maintainers').
 *
 * Borrowed vocabulary: schema.org NewsArticle/Person/Role/Event, IPTC ninjs (truncated dates), ACE event
 * arguments (participants as roles, place, time), Wikidata date precision and series ordinals.
 */

import {
  bounded,
  boundedList,
  CountryCode,
  DateValue,
  Derivation,
  Evidence,
  FactMeta,
  Id,
  MAX,
  Name,
  Note,
  Phrase,
  SentenceId,
  Statement,
  TruncatedDate,
} from './schema-primitives.ts';

export * from './schema-primitives.ts';

export const SCHEMA_VERSION = 2;

export const SentenceKind = z.enum(['headline', 'dateline', 'byline', 'caption', 'credit', 'body']);
export type SentenceKind = z.infer<typeof SentenceKind>;

export const Sentence = z
  .object({
    id: SentenceId,
    paragraph: z.number().int().nonnegative(),
    index: z.number().int().nonnegative(),
    /** Character offsets into the source text (UTF-16 code units, end exclusive). */
    start: z.number().int().nonnegative(),
    end: z.number().int().positive(),
    text: bounded(MAX.sentence),
    kind: SentenceKind,
  })
  .strict();
export type Sentence = z.infer<typeof Sentence>;

const Names = {
  /** Every form the bot should recognise (spelling variants, surname alone); not claimed to be in the text. */
  aliases: boundedList(Name),
  /** The forms the article itself writes ("Seo Min-jung", "Seo Min-jeong"); each occurs in the evidence. */
  namesAsWritten: boundedList(Name).optional(),
};

export const Country = z
  .object({
    id: CountryCode,
    name: Name,
    ...Names,
    /** Adjective for the people or the state ("South Korean", "Japanese"). */
    demonym: Name,
    ...FactMeta,
    evidence: Evidence,
  })
  .strict();
export type Country = z.infer<typeof Country>;

export const PhotoPosition = z
  .object({
    asWritten: Phrase,
    side: z.enum(['left', 'right', 'center']),
    /** 1 = outermost on that side. */
    fromSide: z.number().int().positive(),
  })
  .strict();

export const Person = z
  .object({
    id: Id,
    name: Name,
    givenName: Name.optional(),
    familyName: Name.optional(),
    ...Names,
    /** How the article introduces them, exactly as written: a title ("director-general of ..."), or a description. */
    titleAsWritten: Phrase,
    /** Other ways the article writes the same title. */
    titleVariants: boundedList(Phrase),
    /** Normalised role, e.g. "director-general", "chief executive", "judge", "striker". */
    role: Name,
    /** Portfolio or remit ("Asian and Pacific affairs"). */
    portfolio: Name.optional(),
    organization: Id.optional(),
    /** Only when the story is about countries; a local story leaves it out. */
    country: CountryCode.optional(),
    /** Which side of the story they are on, for users ("South Korean side", "the defense"). */
    side: Name.optional(),
    photoPosition: PhotoPosition.optional(),
    involvement: z.enum(['participant', 'mentioned']),
    /** One line on what they did in this story. */
    description: Statement,
    ...FactMeta,
    evidence: Evidence,
  })
  .strict();
export type Person = z.infer<typeof Person>;

export const OrganizationKind = z.enum([
  'government',
  'ministry',
  'agency',
  'company',
  'court',
  'team',
  'league',
  'party',
  'university',
  'ngo',
  'media',
  'international',
  'union',
  'other',
]);
export type OrganizationKind = z.infer<typeof OrganizationKind>;

export const Organization = z
  .object({
    id: Id,
    name: Name,
    ...Names,
    /** "NASA", "SEC", "MOFA": recognised like aliases. */
    acronyms: boundedList(Name).optional(),
    kind: OrganizationKind,
    parent: Id.optional(),
    country: CountryCode.optional(),
    /** Present when the article implies the organization without naming it (a named bureau's parent ministry). */
    derivation: Derivation.optional(),
    ...FactMeta,
    evidence: Evidence,
  })
  .strict();
export type Organization = z.infer<typeof Organization>;

export const PlaceKind = z.enum([
  'country',
  'state',
  'province',
  'region',
  'peninsula',
  'island',
  'city',
  'county',
  'district',
  'venue',
  'other',
]);
export type PlaceKind = z.infer<typeof PlaceKind>;

export const Place = z
  .object({
    id: Id,
    name: Name,
    ...Names,
    kind: PlaceKind,
    /** The place this one lies in (a venue's city, a city's state). */
    within: Id.optional(),
    country: CountryCode.optional(),
    ...FactMeta,
    evidence: Evidence,
  })
  .strict();
export type Place = z.infer<typeof Place>;

/**
 * Who took part in an event, in what role: a person or several, an organization, a country's delegation.
 * `role` is a lowercase word the renderer shows as is: attendee, host, delegation, speaker, plaintiff,
 * defendant, judge, winner, loser, scorer, official, author, company, crew ...
 */
export const Participant = z
  .object({
    role: z
      .string()
      .max(40, 'at most 40 characters')
      .regex(/^[a-z]+(?:[ -][a-z]+)*$/, 'a lowercase role word such as "winner" or "plaintiff"'),
    people: boundedList(Id, MAX.collectionItems),
    organization: Id.optional(),
    country: CountryCode.optional(),
    /** For users: how the article describes the group ("alongside their respective delegations"). */
    description: Statement.optional(),
    notes: FactMeta.notes,
    evidence: Evidence,
  })
  .strict();
export type Participant = z.infer<typeof Participant>;

export const EventKind = z.enum([
  'meeting',
  'talks',
  'summit',
  'announcement',
  'report',
  'earnings',
  'decision',
  'ruling',
  'vote',
  'election',
  'launch',
  'match',
  'incident',
  'disaster',
  'appointment',
  'resignation',
  'strike',
  'deal',
  'recall',
  'opening',
  'award',
  'rescue',
  'campaign',
  'other',
]);
export type EventKind = z.infer<typeof EventKind>;

export const Event = z
  .object({
    id: Id,
    kind: EventKind,
    /** Its name for users ("Security Policy Consultation", "Champions Cup final"). */
    name: Name,
    /**
     * The article's own words for it ("the talks", "the ruling", "the final"), first the one to show; each
     * occurs in the evidence (case aside). Empty only in files upgraded from version 1: then `name` is shown.
     */
    nouns: boundedList(Phrase),
    aliases: boundedList(Name),
    series: Name.optional(),
    ordinal: z
      .object({
        value: z.number().int().positive(),
        asWritten: Phrase,
        derivation: Derivation.optional(),
        evidence: Evidence,
      })
      .strict()
      .optional(),
    /** "two-plus-two", "director-general-level", "best-of-three". */
    format: boundedList(z.object({ value: Name, evidence: Evidence }).strict()),
    /** When: precision "unknown" with the words that place it ("earlier") when the article gives no date. */
    date: DateValue,
    place: Id.optional(),
    venue: Id.optional(),
    participants: boundedList(Participant, MAX.collectionItems),
    ...FactMeta,
    evidence: Evidence,
  })
  .strict();
export type Event = z.infer<typeof Event>;

export const Topic = z
  .object({
    id: Id,
    label: Statement,
    keywords: boundedList(Phrase),
    /** Countries whose relations it concerns, if any. */
    countries: boundedList(CountryCode),
    provenance: FactMeta.provenance,
    notes: FactMeta.notes,
    evidence: Evidence,
  })
  .strict();
export type Topic = z.infer<typeof Topic>;

export const Modality = z.enum([
  'agreed-to', // an agreement in principle to do something ("agreed to develop"), not a signed document
  'agreed', // a settled agreement
  'signed',
  'announced',
  'reported',
  'decided',
  'ruled',
  'ordered',
  'recommended',
  'rejected',
  'failed-to-agree',
  'postponed',
  'resigned',
  'appointed',
  'won',
  'lost',
  'planned',
  'expected',
  'discussed',
  'pledged',
  'other',
]);
export type Modality = z.infer<typeof Modality>;

export const Outcome = z
  .object({
    id: Id,
    statement: Statement,
    modality: Modality,
    /** Who it binds: ids of people, organizations or countries, or a plain description ("both sides"). */
    parties: boundedList(Name),
    /** For users: how far it goes, as the article tells it ("announced without further details"). */
    detail: Statement.optional(),
    /** The event it came out of, when the article has several. */
    event: Id.optional(),
    date: DateValue.optional(),
    ...FactMeta,
    evidence: Evidence,
  })
  .strict();
export type Outcome = z.infer<typeof Outcome>;

export const Quote = z
  .object({
    id: Id,
    /** Verbatim: occurs in the cited sentences (may run across two consecutive ones). */
    text: bounded(MAX.quote),
    /** Who spoke, for users. */
    speaker: Name,
    speakerDescription: Statement,
    verb: Name,
    /** "statement", "interview", ... */
    medium: Name.optional(),
    /** Ids of the people or organizations who spoke (a collective speaker may be several). */
    speakerIds: boundedList(Id).optional(),
    /** "explicit": the article names the speaker for this span; "inferred": quoted without attribution. */
    attribution: z.enum(['explicit', 'inferred']).optional(),
    ...FactMeta,
    evidence: Evidence,
  })
  .strict();
export type Quote = z.infer<typeof Quote>;

export const TimelineEntry = z
  .object({
    id: Id,
    date: DateValue,
    what: Statement,
    /** How it bears on the story. */
    relevance: Statement,
    people: boundedList(Id),
    places: boundedList(Id),
    ...FactMeta,
    evidence: Evidence,
  })
  .strict();
export type TimelineEntry = z.infer<typeof TimelineEntry>;

export const FigureScale = z.enum(['thousand', 'million', 'billion', 'trillion']);
export const FigureMeasure = z.enum([
  'count',
  'money',
  'percentage',
  'ratio',
  'length',
  'area',
  'volume',
  'mass',
  'speed',
  'duration',
  'age',
  'year',
  'score',
  'rank',
  'temperature',
  'other',
]);

export const Figure = z
  .object({
    id: Id,
    /** What is counted or measured, for users ("Third-quarter revenue"). */
    label: Statement,
    /** The full number: 144.7 million is 144700000 (with scale "million" saying how it was written). */
    value: z.number().finite(),
    /** "talks", "years", "meters", "percent"; money uses `currency` instead. */
    unit: Name.optional(),
    /** ISO 4217 code for money: "USD", "EUR", "KRW". */
    currency: z
      .string()
      .regex(/^[A-Z]{3}$/, 'an ISO 4217 currency code such as "USD"')
      .optional(),
    scale: FigureScale.optional(),
    /** What kind of quantity it is, so "how long" finds a length and "how much" an amount. */
    measures: FigureMeasure.optional(),
    /** The period it covers, as written ("the third quarter"). */
    period: Phrase.optional(),
    /** What it is compared with, as written ("from a year earlier"). */
    comparedWith: Phrase.optional(),
    approximate: z.boolean().optional(),
    /** The words as written: "$144.7 million", "40 meters": what users are shown. */
    asWritten: Phrase,
    derivation: Derivation.optional(),
    ...FactMeta,
    evidence: Evidence,
  })
  .strict();
export type Figure = z.infer<typeof Figure>;

export const Context = z
  .object({
    id: Id,
    kind: z.enum(['why-now', 'significance', 'cause', 'consequence']),
    statement: Statement,
    ...FactMeta,
    evidence: Evidence,
  })
  .strict();
export type Context = z.infer<typeof Context>;

export const Gap = z
  .object({
    id: Id.optional(),
    /** For users: what the article leaves open. */
    about: Statement,
    ...FactMeta,
    evidence: Evidence,
  })
  .strict();
export type Gap = z.infer<typeof Gap>;

export const Summary = z
  .object({
    text: bounded(MAX.summary),
    sentences: boundedList(SentenceId, 500).min(1),
  })
  .strict();

/** The dateline as written ("BOSTON (AP) --", "Tokyo, May 2 --"): the place and/or the date, both optional. */
export const Dateline = z
  .object({
    sentence: SentenceId,
    place: z.object({ asWritten: Phrase, place: Id.optional() }).strict().optional(),
    date: z.object({ asWritten: Phrase, value: TruncatedDate.optional() }).strict().optional(),
  })
  .strict();
export type Dateline = z.infer<typeof Dateline>;

export const Article = z
  .object({
    schemaVersion: z.literal(SCHEMA_VERSION),
    id: Id,
    headline: bounded(MAX.headline),
    dek: bounded(MAX.dek),
    language: z.string().regex(/^[a-z]{2}(-[A-Z]{2})?$/, 'a BCP-47 language tag such as "en"'),
    source: z
      .object({
        agency: Name,
        publication: Name.optional(),
        url: z.url().optional(),
        credit: Name.optional(),
        /** File name of the verbatim source text beside the JSON. */
        textFile: z
          .string()
          .max(MAX.id + 4)
          .regex(/^[^/\\]+\.txt$/, 'a .txt file name in the same folder'),
      })
      .strict(),
    /** Publication date (metadata: its `asWritten` is the form the metadata gives, not checked against the text). */
    published: DateValue,
    /** The date relative dates ("on Monday") are resolved against: the dateline's date, else publication. */
    referenceDate: TruncatedDate,
    dateline: Dateline.optional(),
    captions: boundedList(
      z.object({ text: bounded(MAX.sentence), sentences: boundedList(SentenceId).min(1) }).strict(),
    ),
    sentences: boundedList(Sentence, MAX.sentences).min(1),
    countries: boundedList(Country, 300),
    people: boundedList(Person, MAX.collectionItems),
    organizations: boundedList(Organization, MAX.collectionItems),
    places: boundedList(Place, MAX.collectionItems),
    /** What happened. The first is the story's main event (what the headline reports). */
    events: boundedList(Event, MAX.collectionItems).min(1),
    topics: boundedList(Topic, MAX.collectionItems),
    outcomes: boundedList(Outcome, MAX.collectionItems),
    quotes: boundedList(Quote, MAX.collectionItems),
    figures: boundedList(Figure, MAX.collectionItems),
    context: boundedList(Context, MAX.collectionItems),
    timeline: boundedList(TimelineEntry, MAX.collectionItems),
    summaries: z
      .object({
        oneLine: Summary,
        short: Summary,
        detailed: Summary,
      })
      .strict(),
    /** Things a reader may ask that the article explicitly leaves open ("without further details"). */
    gaps: boundedList(Gap, MAX.collectionItems),
    /** Curation notes for maintainers (e.g. a headline written by the curator). Never rendered. */
    notes: boundedList(Note, 50).optional(),
  })
  .strict();
export type Article = z.infer<typeof Article>;
