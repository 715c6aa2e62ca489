import { expandTitle } from './extract/title-words.ts';
import type { AnalyzedDocument, AnalyzedSentence } from './nlp/types.ts';
import type { SourceDocument } from './read/types.ts';
import type { Extraction } from './extract/index.ts';
import { relevanceOf } from './extract/timeline.ts';
import { slug } from './extract/text-utils.ts';
import type { EventFact, FactEvidence, PersonFact } from './extract/types.ts';

/**
 * Extracted facts laid out as an article model (schema version 2) that the same validator checks as a
 * hand-written one. Every fact says `provenance: "extracted"` and rests on sentences it quotes verbatim;
 * a reference to a country the article does not name is dropped rather than invented.
 */
export interface BuildOptions {
  readonly id: string;
  readonly headline: string;
  readonly headlineDerived: boolean;
  readonly published: { readonly value: string; readonly asWritten: string; readonly fromMetadata: boolean };
  readonly agency: string;
  readonly url?: string;
  readonly ingestedOn: string;
}

const PROVENANCE = 'extracted' as const;

export function buildModel(
  source: SourceDocument,
  doc: AnalyzedDocument,
  facts: Extraction,
  options: BuildOptions,
): Record<string, unknown> {
  const byId = new Map(doc.sentences.map((s) => [s.id, s]));
  const countryCodes = new Set(facts.countries.map((c) => c.code));
  const placeKeys = new Set(facts.places.map((p) => p.key));
  const orgKeys = new Set(facts.organizations.map((o) => o.key));
  const country = (code: string | undefined) => (code && countryCodes.has(code) ? { country: code } : {});
  // A headline given on the command line replaces the text's headline line, which then is no sentence.
  const sentences = doc.sentences
    .filter((s) => s.kind !== 'headline' || s.text === options.headline)
    .map((s) => ({
      id: s.id,
      paragraph: s.paragraph,
      index: s.index,
      start: s.start,
      end: s.end,
      text: s.text,
      kind: sentenceKind(s),
    }));
  const body = doc.sentences.filter((s) => s.kind === 'body');
  const lead = body[0]!;

  const datelineSentence = doc.sentences.find((s) => s.kind === 'dateline' && !/^date \d{4}/.test(s.text));
  const datelinePlace = source.dateline?.place;
  const datelinePlaceKey = facts.places.find((p) =>
    p.evidence.sentences.includes(datelineSentence?.id ?? ''),
  )?.key;
  const dateline = datelineSentence
    ? {
        sentence: datelineSentence.id,
        ...(datelinePlace
          ? { place: { asWritten: datelinePlace, ...(datelinePlaceKey ? { place: datelinePlaceKey } : {}) } }
          : {}),
        ...(source.dateline?.date
          ? { date: { asWritten: source.dateline.date, value: doc.referenceDate } }
          : {}),
      }
    : undefined;

  const captions = groupCaptions(doc.sentences);
  const summary = (ids: string[]) => ({
    text: ids.map((id) => byId.get(id)!.text).join(' '),
    sentences: ids,
  });
  const event = facts.event;

  return {
    schemaVersion: 2,
    id: options.id,
    headline: options.headline,
    dek: clip(lead.text, 1000),
    language: 'en',
    source: {
      agency: options.agency,
      ...(options.url ? { url: options.url } : {}),
      ...(source.byline ? { credit: source.byline } : {}),
      textFile: `${options.id}.txt`,
    },
    published: { precision: 'day', value: options.published.value, asWritten: options.published.asWritten },
    referenceDate: doc.referenceDate,
    ...(dateline ? { dateline } : {}),
    captions,
    sentences,
    countries: facts.countries.map((c) => ({
      id: c.code,
      name: c.name,
      aliases: unique([c.name, ...c.namesAsWritten]),
      namesAsWritten: c.namesAsWritten,
      demonym: c.demonym,
      provenance: PROVENANCE,
      evidence: c.evidence,
    })),
    people: facts.people.map((p) =>
      person(
        p,
        doc,
        event.participants.some((x) => x.people.includes(p.key)),
        orgKeys,
        country,
        // "the minister" is nobody's when another person is a health or prime minister.
        p.role !== undefined &&
          !facts.people.some(
            (other) =>
              other !== p &&
              [other.role ?? '', expandTitle(other.title ?? '')].some((r) =>
                new RegExp(`(?:^|\\s)${p.role}$`, 'i').test(r),
              ),
          ),
      ),
    ),
    organizations: facts.organizations.map((o) => ({
      id: o.key,
      name: o.name,
      aliases: unique([...o.namesAsWritten, ...o.acronyms].filter((n) => n !== o.name)),
      namesAsWritten: o.namesAsWritten,
      ...(o.acronyms.length > 0 ? { acronyms: o.acronyms } : {}),
      kind: o.kind,
      ...country(o.country),
      provenance: PROVENANCE,
      evidence: withAll(
        o.evidence,
        o.mentions
          .filter((m) => o.acronyms.includes(m.text))
          .map((m) => ({ sentence: m.sentence, text: m.text })),
      ),
    })),
    places: facts.places.map((p) => ({
      id: p.key,
      name: p.name,
      aliases: unique(p.namesAsWritten.filter((n) => n !== p.name)),
      namesAsWritten: p.namesAsWritten,
      kind: p.kind,
      ...(p.within && placeKeys.has(p.within) && p.within !== p.key ? { within: p.within } : {}),
      ...country(p.country),
      provenance: PROVENANCE,
      evidence: p.evidence,
    })),
    events: [
      eventOf(event, facts.keywords, placeKeys),
      ...facts.otherEvents.map((e) => eventOf(e, [], placeKeys)),
    ],
    topics: facts.topics.map((t) => ({
      id: t.key,
      label: t.label,
      keywords: t.keywords,
      countries: [],
      provenance: PROVENANCE,
      evidence: t.evidence,
    })),
    outcomes: facts.outcomes.map((o) => ({
      id: o.key,
      statement: o.statement,
      modality: o.modality,
      parties: o.parties,
      event: event.key,
      ...(o.date ? { date: o.date } : {}),
      provenance: PROVENANCE,
      evidence: o.evidence,
    })),
    quotes: facts.quotes.map((q) => ({
      id: q.key,
      text: q.text,
      speaker: q.speaker,
      speakerDescription: q.speaker,
      verb: q.verb,
      ...(q.speakerKey ? { speakerIds: [q.speakerKey] } : {}),
      attribution: q.attribution,
      provenance: PROVENANCE,
      evidence: q.evidence,
    })),
    figures: facts.figures.map((f) => ({
      id: f.key,
      label: f.label,
      value: f.value,
      ...(f.unit ? { unit: f.unit } : {}),
      ...(f.currency ? { currency: f.currency } : {}),
      ...(f.scale ? { scale: f.scale } : {}),
      measures: f.measures,
      ...(f.period ? { period: f.period } : {}),
      ...(f.comparedWith ? { comparedWith: f.comparedWith } : {}),
      ...(f.approximate ? { approximate: true } : {}),
      asWritten: f.asWritten,
      ...(f.keywords && f.keywords.length > 0 ? { keywords: f.keywords } : {}),
      ...(f.derivation ? { derivation: f.derivation } : {}),
      provenance: PROVENANCE,
      evidence: f.evidence,
    })),
    context: facts.context.map((c) => ({
      id: c.key,
      kind: c.kind,
      statement: c.statement,
      provenance: PROVENANCE,
      evidence: c.evidence,
    })),
    timeline: facts.timeline.map((t) => ({
      id: t.key,
      date: t.date,
      what: t.what,
      relevance: relevanceOf(t, doc),
      people: t.people,
      places: t.places.filter((k) => placeKeys.has(k)),
      provenance: PROVENANCE,
      evidence: t.evidence,
    })),
    summaries: {
      oneLine: summary(facts.summaries.oneLine),
      short: summary(facts.summaries.short),
      detailed: summary(facts.summaries.detailed),
    },
    gaps: facts.gaps.map((g) => ({ about: g.about, provenance: PROVENANCE, evidence: g.evidence })),
    notes: [
      `Extracted by npm run ingest on ${options.ingestedOn}; review before relying on it.`,
      ...(options.headlineDerived ? ['The headline was derived from the lead: the text gave none.'] : []),
      ...(doc.sentences.some((s) => s.kind === 'headline' && s.text !== options.headline)
        ? ['The headline line of the text was replaced by the one given with --headline.']
        : []),
    ],
  };
}

function eventOf(event: EventFact, keywords: string[], placeKeys: Set<string>): Record<string, unknown> {
  return {
    id: event.key,
    kind: event.kind,
    name: event.name,
    nouns: event.nouns,
    aliases: [],
    format: [],
    ...(event.date ? { date: event.date } : {}),
    ...(event.place && placeKeys.has(event.place) ? { place: event.place } : {}),
    participants: event.participants.map((p) => ({
      role: p.role,
      people: p.people,
      ...(p.organization ? { organization: p.organization } : {}),
      evidence: p.evidence,
    })),
    keywords,
    provenance: PROVENANCE,
    evidence: event.evidence,
  };
}

function person(
  p: PersonFact,
  doc: AnalyzedDocument,
  participant: boolean,
  orgKeys: Set<string>,
  country: (code: string | undefined) => object,
  onlyOneWithRole: boolean,
): Record<string, unknown> {
  const sentencesOf = doc.sentences.filter((s) => p.mentions.some((m) => m.sentence === s.id));
  const titleSentence = p.title ? sentencesOf.find((s) => s.text.includes(p.title!)) : undefined;
  const title = titleSentence ? p.title! : p.name;
  // A variant rests on a sentence naming the person, or on one its evidence holds ("the 27-year-old said").
  const withEvidence = [
    ...sentencesOf,
    ...doc.sentences.filter((s) => p.evidence.sentences.includes(s.id) && !sentencesOf.includes(s)),
  ];
  const variantSentence = new Map(
    p.titleVariants.flatMap((v) => {
      const s = withEvidence.find((x) => x.text.includes(v));
      return s ? [[v, s.id] as const] : [];
    }),
  );
  const variants = [...variantSentence.keys()];
  const extra: { sentence: string; text: string }[] = [];
  if (titleSentence) extra.push({ sentence: titleSentence.id, text: p.title! });
  for (const [v, sentence] of variantSentence) extra.push({ sentence, text: v });
  const photoSentence = p.photoPosition
    ? sentencesOf.find((s) => s.text.includes(p.photoPosition!.asWritten))
    : undefined;
  if (photoSentence) extra.push({ sentence: photoSentence.id, text: p.photoPosition!.asWritten });
  for (const n of p.namesAsWritten) {
    const m = p.mentions.find((x) => x.text === n);
    if (m) extra.push({ sentence: m.sentence, text: n });
  }
  // A sentence that starts inside a quotation ("...," X told radio) describes the person badly.
  const balanced = (t: string) => (t.match(/["“”]/g) ?? []).length % 2 === 0;
  const first = sentencesOf.find((s) => balanced(s.text)) ?? sentencesOf[0]!;
  // "the governor", "Governor Dumalagan": how a reader names the only person with a one-word role.
  const roleWord =
    p.role &&
    /^[a-z]+$/.test(p.role) &&
    onlyOneWithRole &&
    expandTitle(p.title ?? '')
      .toLowerCase()
      .endsWith(p.role)
      ? p.role
      : undefined;
  // The family name comes first in East Asian names with a hyphenated given name ("Kim Soo-ah").
  const parts = p.name.split(' ');
  const surname = parts.length === 2 && parts[1]!.includes('-') ? parts[0]! : parts.at(-1)!;
  const byRole = roleWord
    ? [`the ${roleWord}`, `${roleWord.charAt(0).toUpperCase()}${roleWord.slice(1)} ${surname}`]
    : [];
  return {
    id: p.key,
    name: p.name,
    aliases: unique([...p.namesAsWritten.filter((n) => n !== p.name), ...byRole]),
    namesAsWritten: p.namesAsWritten,
    titleAsWritten: title,
    titleVariants: variants,
    role: p.role ?? 'person named in the article',
    ...(p.organization && orgKeys.has(p.organization) ? { organization: p.organization } : {}),
    ...country(p.country),
    ...(p.photoPosition && photoSentence ? { photoPosition: p.photoPosition } : {}),
    involvement: participant ? 'participant' : 'mentioned',
    description: clip(first.text, 400),
    provenance: PROVENANCE,
    evidence: withAll(p.evidence, extra),
  };
}

/** Evidence that also cites every sentence a checked field (title, name as written) was read from. */
function withAll(evidence: FactEvidence, extra: { sentence: string; text: string }[]): FactEvidence {
  const sentences = [...evidence.sentences];
  const quotes = [...evidence.quotes];
  for (const e of extra) {
    if (!sentences.includes(e.sentence)) sentences.push(e.sentence);
    if (!quotes.includes(e.text)) quotes.push(e.text);
  }
  return { sentences, quotes };
}

function sentenceKind(s: AnalyzedSentence): string {
  if (s.kind === 'credit' && /^By /.test(s.text)) return 'byline';
  return s.kind;
}

function groupCaptions(sentences: readonly AnalyzedSentence[]): { text: string; sentences: string[] }[] {
  const out: { text: string; sentences: string[] }[] = [];
  for (const s of sentences) {
    if (s.kind === 'caption') {
      const previous = out.at(-1);
      const last = previous ? sentences.find((x) => x.id === previous.sentences.at(-1)) : undefined;
      if (previous && last?.paragraph === s.paragraph) {
        previous.text += ` ${s.text}`;
        previous.sentences.push(s.id);
      } else out.push({ text: s.text, sentences: [s.id] });
    } else if (s.kind === 'credit' && out.length > 0) {
      const previous = out.at(-1)!;
      const last = sentences.find((x) => x.id === previous.sentences.at(-1));
      if (last?.paragraph === s.paragraph) previous.sentences.push(s.id);
    }
  }
  return out;
}

function unique(items: string[]): string[] {
  return [...new Set(items)];
}

function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  return `${cut.slice(0, cut.lastIndexOf(' '))}…`;
}

/** "<headline words>-YYYY-MM-DD", within the id length the schema allows. */
export function defaultId(headline: string, date: string): string {
  return `${slug(headline, 70)}-${date}`;
}
