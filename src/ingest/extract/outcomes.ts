import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { DateValue } from '../../model/schema-primitives.ts';
import type { AnalyzedSentence } from '../nlp/types.ts';
import { phraseRegExp, slug, uniqueKey } from './text-utils.ts';
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
    /\b(?:will|(?<!\b(?:a|an|the|its|their|his|her|new) )plans? to|planned to|intends? to|aims? to|(?:is|are|was|were) (?:due|set|scheduled) to)\b(?! not)/i,
    'planned',
  ],

  [/\b(?:expects?|expected|is likely|are likely) to\b|\bcould take\b/i, 'expected'],
];
/** General English for outcomes, as data (src/ingest/lexicon/outcome-words.json). */
const OutcomeWordsFile = z.object({
  about: z.string().min(1),
  modalities: z.record(z.string().regex(/^[a-z-]+$/), z.array(z.string().regex(/^[a-z' ]+$/))),
  subjectHeads: z.array(z.string().regex(/^[a-z]+$/)),
});
const outcomeWords = OutcomeWordsFile.parse(
  JSON.parse(readFileSync(new URL('../lexicon/outcome-words.json', import.meta.url), 'utf8')),
);
/** The lexicon's verbs, tried after the built-in ones: a one-word verb counts only where wink tags a verb. */
const LEXICON_MODALITIES: [RegExp, string][] = Object.entries(outcomeWords.modalities)
  .filter(([, phrases]) => phrases.length > 0)
  .map(([modality, phrases]) => [phraseRegExp(phrases, 'gi'), modality]);
const SUBJECT_HEADS = new Set(outcomeWords.subjectHeads);
/** A word that opens a clause of its own: a verb after it is not what the subject settled. */
const SUBORDINATE =
  /\b(?:after|when|while|because|since|before|as|which|who|whom|whose|that|where|if|although|though|until|unless)\b/i;
/** "did not", "was not", "never" right before the verb: nothing was settled. */
const NEGATED_BEFORE = /\b(?:not|never|no longer)\s+(?:\S+\s+)?$|n[’']t\s+(?:\S+\s+)?$/i;
/** Words between a subject and its verb that are not part of it ("on Tuesday", "also", "unanimously"). */
const SUBJECT_TAIL =
  /(?:\s+(?:on|last|this|earlier|later|late|early) \p{Lu}\p{Ll}+|\s+(?:on|last|this|earlier|later) (?:week|month|year|night|morning|evening|afternoon)|\s+(?:also|then|later|finally|overnight|unanimously|formally|officially|eventually|had|has|have|was|were|is|are|\p{Ll}+ly))+$/u;
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
  /\b(?:did not|didn't|does not|declined to|would not|wouldn't|refused to|could not|couldn't|cannot|can't|(?:was|were) unable to|(?:has|have|had) not(?: yet)?) (?:say|said|disclose|disclosed|give|given|specify|specified|comment|commented|name|named|elaborate|reveal|revealed|provide|provided|confirm|confirmed|explain|explained)\b|\bwithout (?:further |giving |providing )?details\b|\b(?:(?:was|is|were|are|remains?|remained|has been|have been) (?:not (?:yet |immediately )?|un)|(?:has|have|had) not (?:yet )?been )(?:known|clear|disclosed|confirmed|decided|determined|announced|made public)\b|\bno details\b|\bdid not respond to (?:a |repeated )?requests? for comment\b/i;

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
    const hit = [
      ...modalities.map(([re, modality]) => ({ m: re.exec(sentence.text), modality })),
      ...lexiconHits(sentence),
    ]
      .filter((h) => h.m && !NEGATED_BEFORE.test(sentence.text.slice(0, h.m.index)))
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
    // "A Philippine appeals court on Tuesday cut", "The judge also rejected": a subject whose head noun names a
    // body or a group by a common noun ("court", "judge", "members"), as written, without the words of time.
    const described = parties.length === 0 ? describedSubject(common) : undefined;
    if (described) parties.push(described);
    // "It acquitted him on two counts": a pronoun subject right after an outcome is that outcome's parties.
    const previous = out.at(-1);
    if (
      parties.length === 0 &&
      /^(?:it|they|he|she)$/i.test(common.replace(SUBJECT_TAIL, '')) &&
      previous &&
      previousSentenceOf(input, sentence)?.id === previous.evidence.sentences[0]
    )
      parties.push(...previous.parties);
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

/** The lexicon's verbs in a sentence: a one-word verb where wink tags it a verb, none inside a quotation. */
function lexiconHits(sentence: AnalyzedSentence): { m: RegExpExecArray; modality: string }[] {
  const hits: { m: RegExpExecArray; modality: string }[] = [];
  for (const [re, modality] of LEXICON_MODALITIES) {
    for (const m of sentence.text.matchAll(re)) {
      // In the sentence's first clause only ("opened an inquiry after owners reported smoke": not "reported").
      const before = sentence.text.slice(0, m.index);
      if (openQuote(before) || SUBORDINATE.test(before)) continue;
      const token = sentence.tokens.find((t) => t.start === sentence.start + m.index);
      if (!m[0].includes(' ') && !['VERB', 'AUX'].includes(token?.pos ?? '')) continue;
      hits.push({ m: m as RegExpExecArray, modality });
      break;
    }
  }
  return hits;
}

/** Whether a quotation opened before this point is still open ("said the deal was “a first step”"). */
function openQuote(before: string): boolean {
  return (before.match(/"/g) ?? []).length % 2 === 1 || before.lastIndexOf('“') > before.lastIndexOf('”');
}

/** A subject named by a common noun, as written: up to five words ending in a head noun of the lexicon. */
function describedSubject(subject: string): string | undefined {
  const text = subject.replace(SUBJECT_TAIL, '').trim();
  const m = /^(?:(?:the|a|an|its|their|his|her)\s+)?((?:[\p{L}'’.-]+\s+){0,4}(\p{Ll}+))$/iu.exec(text);
  if (!m || !SUBJECT_HEADS.has(m[2]!)) return undefined;
  // A name in the subject is a person or an organization the extractors did not find: not a description.
  if (/^\p{Lu}/u.test(m[1]!) && !/^(?:the|a|an|its|their|his|her)\s/i.test(text)) return undefined;
  const described = text.charAt(0).toLowerCase() + text.slice(1);
  return described.includes(' ') ? described : `the ${described}`;
}

function previousSentenceOf(
  input: ExtractionInput,
  sentence: AnalyzedSentence,
): AnalyzedSentence | undefined {
  const body = input.sentences.filter((s) => s.kind === 'body');
  return body[body.indexOf(sentence) - 1];
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

/** Where a sentence's clauses part: "X declined to say whether A, and it was not clear whether B". */
const CLAUSE_BREAK = /(?:,["”]?|;)\s+(?:and|but|while)\s+|;\s+/gi;
/** The open question a gap names after its verb: "declined to say [whether ...]", "did not comment on [how ...]". */
const OPEN_AFTER =
  /^\s*(?:(?:on|about|publicly|to say)\s+)?((?:whether|if|how|who|whom|whose|what|when|where|why|which)\b.+)$/i;
/** The open question before its verb: "[How much the tickets will cost] is not known". */
const OPEN_BEFORE = /^((?:whether|how|who|what|when|where|why|which)\b.+?)\s*$/i;

/**
 * A gap clause as "Whether/How ... : who left it open" (the form the answerer reads: the open matter before the
 * colon, the reply after it), or undefined when the clause names no open question.
 */
function openQuestion(clause: string, text: string): string | undefined {
  const m = GAP.exec(clause);
  if (!m) return undefined;
  const before = clause.slice(0, m.index).trim();
  // "X said it would keep Y but did not disclose how ...": the reply is only the part that leaves it open.
  const subject = before
    .split(/\s(?:but|and|while)(?:\s|$)/i)
    .pop()!
    .trim();
  const after = clause.slice(m.index + m[0].length).replace(/[.!]+$/, '');
  const upper = (t: string) => t.charAt(0).toUpperCase() + t.slice(1);
  // The first word keeps its capital unless the text writes it in lower case elsewhere (a name stays a name).
  const lower = (t: string) => {
    const word = /^\p{L}+/u.exec(t)?.[0] ?? '';
    return word &&
      (/^(?:a|an|the|it|its|they|their|he|his|she|her|this|that)$/i.test(word) ||
        new RegExp(`(?<![\\p{L}])${word.toLowerCase()}(?![\\p{L}])`, 'u').test(text))
      ? t.charAt(0).toLowerCase() + t.slice(1)
      : t;
  };
  const open = OPEN_AFTER.exec(after);
  if (open) {
    const asked = open[1]!.trim();
    const who = subject ? lower(subject) : '';
    // "X did not say whether he knew": the one who did not say is the "he" of the question; naming X in the
    // open matter keeps the reply to the refusal ("whether X knew: he did not say"), as the answerer reads it.
    const pronoun = /^(whether|if)\s+(he|she|it|they)\b/i.exec(asked);
    if (pronoun && who && !/^(?:he|she|it|they|we|i|you)$/i.test(who))
      return `${upper(`${pronoun[1]!.toLowerCase()} ${who}${asked.slice(pronoun[0].length)}`)}: ${pronoun[2]!.toLowerCase()} ${m[0]}.`;
    return `${upper(asked)}: ${who ? `${who} ${m[0]}` : m[0]}.`;
  }
  const lead = OPEN_BEFORE.exec(before);
  if (lead && after.trim() === '')
    return `${upper(lead[1]!)}: it ${m[0].replace(/^(?:is|was|are|were)\b/i, (v) => v.toLowerCase())}.`;
  return undefined;
}

export function extractGaps(input: ExtractionInput): GapFact[] {
  const out: GapFact[] = [];
  const text = input.sentences.map((s) => s.text).join(' ');
  for (const s of input.sentences) {
    if (s.kind !== 'body' || !GAP.test(s.text) || quoted(s)) continue;
    if (ANSWERED_AFTER.test(s.text.slice(GAP.exec(s.text)!.index))) continue;
    // Each clause naming an open question is a gap of its own, in the "whether ...: reply" form; a sentence
    // with a gap clause that names none stays a gap as written.
    const clauses = s.text.split(CLAUSE_BREAK).filter((c) => GAP.test(c));
    const open = clauses.map((c) => ({ c, about: openQuestion(c, text) }));
    if (open.some((o) => o.about === undefined) || open.length === 0)
      out.push({ about: s.text, evidence: { sentences: [s.id], quotes: [GAP.exec(s.text)![0]] } });
    for (const o of open)
      if (o.about)
        out.push({ about: o.about, evidence: { sentences: [s.id], quotes: [o.c.replace(/[.!]+$/, '')] } });
  }
  return out;
}
