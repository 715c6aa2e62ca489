import type { DateValue } from '../../model/schema-primitives.ts';
import type { AnalyzedSentence } from '../nlp/types.ts';
import { slug, uniqueKey } from './text-utils.ts';
import type {
  CountryFact,
  ExtractionInput,
  FactEvidence,
  Mention,
  OrganizationFact,
  PersonFact,
} from './types.ts';

/**
 * Outcomes, context and gaps, each resting on one sentence quoted whole (extractive, so nothing is
 * paraphrased): an outcome is a sentence whose main verb settles something ("agreed to", "ordered",
 * "resigned", "won"); context is a sentence that places the story ("came after", "amid", "due to",
 * "marked the latest sign"); a gap is a sentence saying what the article leaves open ("did not say",
 * "declined to comment", "without further details"). Sentences inside quotation marks are passed over.
 */
export interface OutcomeFact {
  key: string;
  statement: string;
  modality: string;
  parties: string[];
  /** A plan's or an expectation's date after the story's own ("by Sunday evening", "in March"). */
  date?: DateValue;
  evidence: FactEvidence;
}
export interface ContextFact {
  key: string;
  kind: 'why-now' | 'significance' | 'cause' | 'consequence';
  statement: string;
  evidence: FactEvidence;
}
export interface GapFact {
  about: string;
  evidence: FactEvidence;
}

const MODALITIES: [RegExp, string][] = [
  [/\bfailed to (?:agree|reach)\b/i, 'failed-to-agree'],
  [/\bagreed to\b/i, 'agreed-to'],
  [/\bagreed\b/i, 'agreed'],
  [/\bsigned\b/i, 'signed'],
  [/\bordered\b/i, 'ordered'],
  [/\bruled\b/i, 'ruled'],
  [/\b(?:resigned|stepped down|quit)\b/i, 'resigned'],
  [/\b(?:appointed|named\b.*\bas)\b/i, 'appointed'],
  [/\b(?:postponed|delayed)\b/i, 'postponed'],
  [/\b(?:rejected|dismissed)\b/i, 'rejected'],
  [/\brecommended\b/i, 'recommended'],
  [/\b(?:decided|voted to)\b/i, 'decided'],
  [/\b(?:won|beat|defeated)\b/i, 'won'],
  [/\bpledged\b/i, 'pledged'],
  [/\bannounced\b/i, 'announced'],
  // What is to come, as the article states it: a plan or an expectation (never a guess of the pipeline's).
  [
    /\b(?:will|plans? to|planned to|intends? to|aims? to|(?:is|are|was|were) (?:due|set|scheduled) to)\b(?! not)/i,
    'planned',
  ],

  [/\b(?:expects?|expected|is likely|are likely) to\b|\bcould take\b/i, 'expected'],
];
const ANNOUNCED_INTENT =
  /\b(?:said|says|announced)(?: on \p{Lu}\p{Ll}+)? (?:that )?(?:it|they|he|she) would\b(?! not)/iu;
/** The people a subject names by a common noun ("the union", "officials", "the company"). */
const COMMON_SUBJECT =
  /^(?:the |its |their )?(?:[\p{Ll}-]+ )?(?:officials|investigators|police|engineers|authorities|union|company|firm|government|council|ministry|regulator|court|committee|board|group|club|team|museum|hospital|agency|bank|party|workers|employers|residents|lawmakers|prosecutors|researchers|scientists|doctors|organizers|organisers|city|state|province|festival|jury|panel|commission|carmaker|automaker|drugmaker|airline|operator|dealers|owners|patients|passengers|players)$/iu;
const CONTEXT: [RegExp, ContextFact['kind']][] = [
  [/\b(?:came|comes|come) (?:after|as|amid)\b|\bamid\b/i, 'why-now'],
  [
    /\b(?:in the aftermath of|due to|because|after a|was caused by|were caused by|blamed|in response to|prompted by|triggered by|sparked by|the result of|stemmed from)\b/i,
    'cause',
  ],
  [
    /\b(?:marked|marks) the (?:latest|first)\b|\b(?:sign|signal) of\b|\bthe first\b.*\bin (?:\w+ )?(?:years|decades)\b/i,
    'significance',
  ],
  [/\b(?:as a result|led to|forcing|forced)\b/i, 'consequence'],
];
const GAP =
  /\b(?:did not|didn't|does not|declined to|would not|wouldn't|refused to|could not|couldn't|cannot|can't|(?:was|were) unable to|(?:has|have|had) not(?: yet)?) (?:say|said|disclose|disclosed|give|given|specify|specified|comment|commented|name|named|elaborate|reveal|revealed|provide|provided|confirm|confirmed|explain|explained)\b|\bwithout (?:further |giving |providing )?details\b|\b(?:was|is|were|are|remains?|remained|has been|have been) (?:not (?:yet )?|un)(?:known|clear|disclosed|confirmed|decided|determined|announced|made public)\b|\bno details\b|\bdid not respond to (?:a |repeated )?requests? for comment\b/i;

function quoted(sentence: AnalyzedSentence): boolean {
  return /^["“]/.test(sentence.text) || /["”]$/.test(sentence.text.replace(/[.,]$/, ''));
}

export function extractOutcomes(
  input: ExtractionInput,
  people: readonly PersonFact[],
  orgs: readonly OrganizationFact[],
  countries: readonly CountryFact[],
): OutcomeFact[] {
  const keys = new Set<string>();
  const out: OutcomeFact[] = [];
  const lead = input.sentences.find((s) => s.kind === 'body');
  for (const sentence of input.sentences) {
    // A sentence saying what the article leaves open is a gap, not an outcome.
    if (sentence.kind !== 'body' || quoted(sentence) || GAP.test(sentence.text)) continue;
    // "X said on Tuesday it would recall ...": in the lead, the news the story announces (elsewhere a bare
    // "would" reports an intention too loosely to be an outcome).
    const modalities: [RegExp, string][] =
      sentence === lead ? [...MODALITIES, [ANNOUNCED_INTENT, 'announced']] : MODALITIES;
    const hit = modalities
      .map(([re, modality]) => ({ m: re.exec(sentence.text), modality }))
      .filter((h) => h.m)
      .sort((a, b) => a.m!.index - b.m!.index)[0];
    if (!hit?.m) continue;
    // The parties are the people and organizations named before the verb (its subject).
    const verbAt = sentence.start + hit.m.index;
    const before = (m: Mention) => m.sentence === sentence.id && m.end <= verbAt;
    const parties = [
      ...people.filter((p) => p.mentions.some(before)).map((p) => p.key),
      ...orgs.filter((o) => o.mentions.some(before) && o.kind !== 'media').map((o) => o.key),
    ];
    const subject = sentence.text.slice(0, hit.m.index).trim();
    const countryParties = countries
      .filter(
        (c) =>
          c.evidence.sentences.includes(sentence.id) && c.namesAsWritten.some((n) => subject.includes(n)),
      )
      .map((c) => c.code);
    parties.push(...countryParties);
    // "both sides agreed": a short subject that names nobody stays as words (a description has a space).
    if (
      parties.length === 0 &&
      /^(?:both|the two) (?:sides|countries|leaders|parties|companies|teams)$/i.test(
        subject.replace(/,.*$/, ''),
      )
    )
      parties.push(subject.replace(/,.*$/, ''));
    // "Officials said it could take three weeks", "the union will suspend": a subject named by a common
    // noun stands as a description (with a space, as the schema asks).
    const common = subject.replace(/,.*$/, '').replace(/ (?:said|says|told \S+)(?: (?:it|that|they))?$/, '');
    if (parties.length === 0 && COMMON_SUBJECT.test(common))
      parties.push(common.includes(' ') ? common.toLowerCase() : `the ${common.toLowerCase()}`);
    if (parties.length === 0) continue;
    const future =
      hit.modality === 'planned' || hit.modality === 'expected'
        ? sentence.dates.find(
            (d) =>
              d.value.value !== undefined &&
              d.value.precision !== 'duration' &&
              d.value.value > input.doc.referenceDate.slice(0, d.value.value.length),
          )
        : undefined;
    out.push({
      key: uniqueKey(`outcome-${slug(sentence.text, 40)}`, keys),
      statement: sentence.text,
      modality: hit.modality,
      ...(future ? { date: future.value } : {}),
      parties,
      evidence: { sentences: [sentence.id], quotes: [sentence.text] },
    });
  }
  return out;
}

export function extractContext(input: ExtractionInput): ContextFact[] {
  const keys = new Set<string>();
  const out: ContextFact[] = [];
  for (const sentence of input.sentences.filter((s) => s.kind === 'body').slice(1)) {
    if (quoted(sentence)) continue;
    const hit = CONTEXT.find(([re]) => re.test(sentence.text));
    if (!hit) continue;
    out.push({
      key: uniqueKey(`context-${slug(sentence.text, 40)}`, keys),
      kind: hit[1],
      statement: sentence.text,
      evidence: { sentences: [sentence.id], quotes: [sentence.text] },
    });
  }
  return out;
}

/** "... was not disclosed, although a newspaper reported it at ...": the sentence answers what it calls unknown. */
const ANSWERED_AFTER =
  /,? (?:although|though|but|while) [^.;]*\b(?:reported|estimated|put|valued|said|gave) (?:it|them|the (?:figure|amount|sum|number))\b/i;

export function extractGaps(input: ExtractionInput): GapFact[] {
  return input.sentences
    .filter((s) => s.kind === 'body' && GAP.test(s.text) && !quoted(s))
    .filter((s) => !ANSWERED_AFTER.test(s.text.slice(GAP.exec(s.text)!.index)))
    .map((s) => ({ about: s.text, evidence: { sentences: [s.id], quotes: [GAP.exec(s.text)![0]] } }));
}
