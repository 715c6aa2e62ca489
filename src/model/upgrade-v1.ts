import type { V1Article } from './schema-v1.ts';
import type { OrganizationKind } from './schema.ts';

type Json = Record<string, unknown>;
type V1Sentence = V1Article['sentences'][number];

/**
 * Schema version 1 -> version 2, keeping the meaning (docs/article-model.md, "Upgrading"). Pure; the result
 * is a plain version 2 document for the schema to check. Used in memory by the loader and, written back,
 * by `npm run migrate`. What version 1 put in user-visible fields but meant for maintainers (an outcome's
 * `detail`, a parenthetical on a quote's speaker) moves to `notes`.
 */
export function upgradeV1(v1: V1Article): Json {
  const sentences = new Map(v1.sentences.map((s) => [s.id, s]));
  const textsOf = (ids: readonly string[]): string[] => ids.flatMap((id) => sentences.get(id)?.text ?? []);
  /** Names the article itself writes: those occurring in the cited sentences and not inside a longer one. */
  const asWritten = (forms: readonly string[], ids: readonly string[]): string[] | undefined => {
    const texts = textsOf(ids);
    const found = [...new Set(forms)].filter((form) => texts.some((text) => includesWord(text, form)));
    const kept = found.filter((form) => !found.some((other) => other !== form && includesWord(other, form)));
    return kept.length ? kept : undefined;
  };
  const { event, dateline, ...rest } = v1;

  const people = v1.people.map((person) => {
    const namesAsWritten = asWritten([person.name, ...person.aliases], person.evidence.sentences);
    return withNames(person, namesAsWritten);
  });

  const organizations = v1.organizations.map((org) => {
    const acronyms = org.aliases.filter((alias) => /^[A-Z][A-Z&.]+$/.test(alias));
    const namesAsWritten = asWritten([org.name, ...org.aliases], org.evidence.sentences);
    const out: Json = {};
    for (const [key, value] of Object.entries(org)) {
      if (key === 'aliases') {
        if (namesAsWritten) out.namesAsWritten = namesAsWritten;
        out.aliases = org.aliases.filter((alias) => !acronyms.includes(alias));
        if (acronyms.length) out.acronyms = acronyms;
      } else out[key] = key === 'kind' ? ORGANIZATION_KINDS[org.kind] : value;
    }
    return out;
  });

  const places = v1.places.map((place) => {
    const namesAsWritten = asWritten([place.name, ...place.aliases], place.evidence.sentences);
    return withNames(place, namesAsWritten);
  });

  const countries = v1.countries.map((country) => {
    const namesAsWritten = asWritten([country.name, ...country.aliases], country.evidence.sentences);
    return withNames(country, namesAsWritten);
  });

  const { type, delegations, ...eventRest } = event;
  const nounCandidates = [event.name, ...event.aliases];
  const eventTexts = textsOf(event.evidence.sentences).map((text) => text.toLowerCase());
  const nouns = nounCandidates.filter((form) => eventTexts.some((text) => text.includes(form.toLowerCase())));
  const events = [
    {
      id: eventRest.id,
      kind: type === 'Contact:Meet' ? 'meeting' : 'other',
      name: eventRest.name,
      nouns,
      aliases: eventRest.aliases,
      ...(eventRest.series !== undefined ? { series: eventRest.series } : {}),
      ...(eventRest.ordinal !== undefined ? { ordinal: eventRest.ordinal } : {}),
      format: eventRest.format,
      date: placeDateInText(event.date, event.evidence.sentences, v1.sentences),
      ...(eventRest.place !== undefined ? { place: eventRest.place } : {}),
      ...(eventRest.venue !== undefined ? { venue: eventRest.venue } : {}),
      participants: delegations.map(({ country, members, note, evidence }) => ({
        role: 'delegation',
        country,
        people: members,
        ...(note ? { description: note } : {}),
        evidence,
      })),
      evidence: eventRest.evidence,
    },
  ];

  const outcomes = v1.outcomes.map((outcome) => ({
    ...outcome,
    ...(outcome.date
      ? { date: placeDateInText(outcome.date, outcome.evidence.sentences, v1.sentences) }
      : {}),
  }));

  const quotes = v1.quotes.map((quote) => {
    const aside = /\s*\(([^()]*)\)$/.exec(quote.speakerDescription);
    if (!aside) return quote;
    return {
      ...quote,
      speakerDescription: quote.speakerDescription.slice(0, aside.index),
      notes: [`Speaker: ${aside[1]}`],
    };
  });

  const figures = v1.figures.map((figure) => {
    const measures =
      figure.unit === 'year'
        ? 'year'
        : /^(years|months|days)$/.test(figure.unit ?? '')
          ? 'duration'
          : undefined;
    return { ...figure, ...(measures ? { measures } : {}) };
  });

  const timeline = v1.timeline.map((entry) => ({
    ...entry,
    date: placeDateInText(entry.date, entry.evidence.sentences, v1.sentences),
  }));

  const datelineSentence = v1.sentences.find((s) => s.kind === 'dateline');
  const upgraded: Json = {
    ...rest,
    schemaVersion: 2,
    referenceDate: dateline,
    ...(datelineSentence ? { dateline: describeDateline(datelineSentence, v1, dateline) } : {}),
    countries,
    people,
    organizations,
    places,
    events,
    outcomes,
    quotes,
    figures,
    timeline,
  };
  return orderLike(upgraded);
}

const ORGANIZATION_KINDS: Record<V1Article['organizations'][number]['kind'], OrganizationKind> = {
  ministry: 'ministry',
  bureau: 'agency',
  government: 'government',
  'news-agency': 'media',
  publication: 'media',
  military: 'agency',
  other: 'other',
};

/**
 * Version 2 requires a date's `asWritten` to occur in the sentences its fact cites (or its derivation
 * names). A version 1 date resolved from another sentence ("on Monday" said once in the lead) gets that
 * sentence added to its derivation, which is where it came from.
 */
function placeDateInText<
  T extends { asWritten: string; derivation?: { method: string; from: string[] } | undefined },
>(date: T, cited: readonly string[], sentences: readonly V1Sentence[]): T {
  const citedTexts = sentences.filter((s) => cited.includes(s.id) || date.derivation?.from.includes(s.id));
  if (citedTexts.some((s) => s.text.includes(date.asWritten))) return date;
  const home = sentences.find((s) => s.text.includes(date.asWritten));
  if (!home) return date;
  const derivation = date.derivation
    ? { ...date.derivation, from: [...date.derivation.from, home.id] }
    : { method: `"${date.asWritten}" is written in ${home.id}`, from: [home.id] };
  return { ...date, derivation };
}

/** The dateline sentence: its date (the reference date, when written there) and a place named in it. */
function describeDateline(sentence: V1Sentence, v1: V1Article, reference: string): Json {
  const dateline: Json = { sentence: sentence.id };
  const place = v1.places.find((p) =>
    [p.name, ...p.aliases].some((form) => includesWord(sentence.text, form)),
  );
  if (place) {
    const form = [place.name, ...place.aliases].find((f) => includesWord(sentence.text, f)) as string;
    dateline.place = { asWritten: form, place: place.id };
  }
  if (sentence.text.includes(reference)) dateline.date = { asWritten: reference, value: reference };
  else if (sentence.text.includes(v1.published.asWritten))
    dateline.date = { asWritten: v1.published.asWritten, value: reference };
  return dateline;
}

/** The entity with `namesAsWritten` placed just before its `aliases`. */
function withNames(entity: object, namesAsWritten: string[] | undefined): Json {
  const out: Json = {};
  for (const [key, value] of Object.entries(entity)) {
    if (key === 'aliases' && namesAsWritten) out.namesAsWritten = namesAsWritten;
    out[key] = value;
  }
  return out;
}

function includesWord(text: string, form: string): boolean {
  let at = text.indexOf(form);
  while (at !== -1) {
    const before = text[at - 1];
    const after = text[at + form.length];
    if (
      (before === undefined || !/[\p{L}\p{N}]/u.test(before)) &&
      (after === undefined || !/[\p{L}\p{N}]/u.test(after))
    )
      return true;
    at = text.indexOf(form, at + 1);
  }
  return false;
}

/** Field order of version 2 documents, so migrated files read like hand-written ones. */
const ORDER = [
  'schemaVersion',
  'id',
  'headline',
  'dek',
  'language',
  'source',
  'published',
  'referenceDate',
  'dateline',
  'captions',
  'sentences',
  'countries',
  'people',
  'organizations',
  'places',
  'events',
  'topics',
  'outcomes',
  'quotes',
  'figures',
  'context',
  'timeline',
  'summaries',
  'gaps',
  'notes',
];

function orderLike(document: Json): Json {
  const ordered: Json = {};
  for (const key of ORDER) if (document[key] !== undefined) ordered[key] = document[key];
  for (const key of Object.keys(document)) if (!(key in ordered)) ordered[key] = document[key];
  return ordered;
}
