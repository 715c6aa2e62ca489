import { words } from '../lexicon/index.ts';

import { maskAbbreviations } from './runs.ts';
import { fold, slug, uniqueKey } from './text-utils.ts';
import type { ExtractionInput, Mention, OrganizationFact, PersonFact, QuoteFact, Warnings } from './types.ts';

/**
 * Quotations and who said them. A quotation is the text between quotation marks (curly or straight),
 * possibly running across sentences; wire style leaves a paragraph's last quote open when it goes on in
 * the next paragraph. The speaker comes from the reporting clause in the quote's sentences: "..., X said",
 * "..., said X", "X said: ...", "X found that ... “...”", "according to X"; "he"/"she" is the person named
 * last before, "the company"/"the ministry" the organization of that kind named last, "the statement" the
 * last statement's author. With no reporting clause, a quote that opens a paragraph right after one
 * attributed to a speaker is theirs (attribution "inferred"); anything else is left out with a warning.
 */
const VERBS = [
  ...words.speechVerbs,
  'found',
  'called',
  'described',
  'ruled',
  'wrote',
  'testified',
  'said in a statement',
];
const VERB = `(?:${VERBS.sort((a, b) => b.length - a.length).join('|')})`;
const AFTER = new RegExp(
  `^[,.!?—-]*\\s*(?:(?<pre>[^,.;:"“”]{1,90}?)\\s+)?(?<verb>${VERB})\\b(?:\\s+(?<post>[^,.;:"“”]{1,90}))?`,
  'u',
);
const BEFORE_COLON = new RegExp(
  `(?<pre>[^,.;:"“”]{1,90}?)\\s+(?<!(?:was|were|been|being|is|are) )(?<verb>${VERB})(?:\\s+(?:that|on \\w+))?[,:]?\\s*$`,
  'u',
);
const BEFORE_ANY = new RegExp(
  `(?<pre>[^,.;:"“”]{1,90}?),?\\s+(?<!(?:was|were|been|being) )(?<verb>${VERB})\\b`,
  'gu',
);
const ACCORDING = /according to (?<who>[^,.;:"“”]{2,90})/u;
const PRONOUN = /^(?:he|she)$/i;
const KIND_NOUNS: Record<string, OrganizationFact['kind'][]> = {
  company: ['company'],
  firm: ['company'],
  group: ['company', 'ngo', 'other'],
  board: ['company'],
  ministry: ['ministry'],
  bank: ['agency', 'company'],
  court: ['court'],
  federation: ['league'],
  league: ['league'],
  club: ['team'],
  team: ['team'],
  agency: ['agency'],
  institute: ['agency', 'university'],
  coalition: ['ngo'],
  government: ['government', 'ministry'],
  council: ['government'],
  office: ['agency'],
  party: ['party'],
};

const PEOPLE_NOUN =
  /\b(?:officials|spokesman|spokeswoman|spokesperson|ministries|ministry|government|police|residents|witnesses|analysts|lawmakers|prosecutors|lawyers|organizers|authorities|executives|investors|economists|scientists|engineers|doctors)$/i;

interface Speaker {
  key?: string;
  name: string;
  verb: string;
}

export function extractQuotes(
  input: ExtractionInput,
  people: readonly PersonFact[],
  orgs: readonly OrganizationFact[],
  warnings: Warnings,
): QuoteFact[] {
  const text = input.doc.text;
  const body = input.sentences.filter((s) => s.kind === 'body');
  const paragraphs = groupBy(body, (s) => s.paragraph);
  const quotes: QuoteFact[] = [];
  const keys = new Set<string>();
  let lastSpeaker: { speaker: Speaker; paragraph: number; statement: boolean } | undefined;

  for (const sentences of paragraphs) {
    const paraStart = sentences[0]!.start;
    const paraEnd = sentences.at(-1)!.end;
    const para = text.slice(paraStart, paraEnd);
    for (const span of quotedSpans(para)) {
      const start = paraStart + span.start;
      const end = paraStart + span.end;
      const inner = text.slice(start, end).replace(/[,\s]+$/, '');
      if (inner.trim() === '') continue;
      const spanned = sentences.filter((s) => s.end > start - 1 && s.start < end + 1);
      const first = spanned[0]!;
      const last = spanned.at(-1)!;
      const afterText = text.slice(Math.min(end + 1, last.end), last.end);
      const beforeText = text.slice(first.start, Math.max(first.start, start - 1));
      let speaker =
        fromAfter(afterText, end + 1, input, people, orgs, lastSpeaker?.speaker) ??
        fromBefore(beforeText, first.start, input, people, orgs, lastSpeaker?.speaker);
      let attribution: QuoteFact['attribution'] = 'explicit';
      if (!speaker) {
        const opensParagraph = span.start === 0;
        // A quoted sentence right after another quote of the same paragraph goes on in the same voice.
        const opensSentence = text.slice(first.start, start).replace(/["“]/g, '').trim() === '';
        if (
          lastSpeaker &&
          ((opensParagraph && lastSpeaker.paragraph >= first.paragraph - 1) ||
            (opensSentence && lastSpeaker.paragraph === first.paragraph))
        ) {
          speaker = lastSpeaker.speaker;
          attribution = 'inferred';
        }
      }
      // "The minister denied any wrongdoing, saying she was leaving "to protect ..."": the subject of the
      // sentence says it.
      if (!speaker && /\bsaying\b/.test(beforeText)) {
        const sayingAt = first.start + beforeText.search(/\bsaying\b/);
        speaker = sentenceSubject(first, sayingAt, input, people);
      }
      if (!speaker) {
        warnings.add(`quote in ${first.id} left out: no speaker found ("${preview(inner)}")`);
        continue;
      }
      const statement = /statement/i.test(text.slice(first.start, last.end));
      lastSpeaker = { speaker, paragraph: last.paragraph, statement };
      const evidenceQuotes = spanned
        .map((s) => text.slice(Math.max(s.start, start), Math.min(s.end, end)).replace(/[,\s]+$/, ''))
        .filter((q) => q.trim() !== '');
      quotes.push({
        key: uniqueKey(`quote-${slug(inner, 40)}`, keys),
        text: inner,
        ...(speaker.key ? { speakerKey: speaker.key } : {}),
        speaker: speaker.name,
        verb: speaker.verb,
        attribution,
        evidence: { sentences: spanned.map((s) => s.id), quotes: evidenceQuotes },
      });
    }
  }
  return quotes;
}

/** Quoted spans of a paragraph (offsets of the words inside the marks). */
function quotedSpans(para: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  const curly = /“([^”]*)(”|$)/g;
  for (let m = curly.exec(para); m; m = curly.exec(para))
    spans.push({ start: m.index + 1, end: m.index + 1 + m[1]!.length });
  const straight = /(?<![\p{L}\p{N}])"([^"]*)("|$)/gu;
  for (let m = straight.exec(para); m; m = straight.exec(para))
    spans.push({ start: m.index + 1, end: m.index + 1 + m[1]!.length });
  return spans.sort((a, b) => a.start - b.start);
}

function fromAfter(
  after: string,
  offset: number,
  input: ExtractionInput,
  people: readonly PersonFact[],
  orgs: readonly OrganizationFact[],
  last: Speaker | undefined,
): Speaker | undefined {
  after = maskAbbreviations(after);
  const m = AFTER.exec(after);
  if (!m?.groups) return undefined;
  const verb = m.groups.verb!;
  const pre = m.groups.pre;
  if (pre !== undefined) {
    if (pre.split(/\s+/).length > 9) return undefined;
    return resolveSpeaker(pre, offset + after.indexOf(pre), verb, input, people, orgs, last);
  }
  const post = m.groups.post;
  if (post)
    return resolveSpeaker(
      post,
      offset + (m.index ?? 0) + m[0].lastIndexOf(post),
      verb,
      input,
      people,
      orgs,
      last,
    );
  return undefined;
}

function fromBefore(
  before: string,
  offset: number,
  input: ExtractionInput,
  people: readonly PersonFact[],
  orgs: readonly OrganizationFact[],
  last: Speaker | undefined,
): Speaker | undefined {
  before = maskAbbreviations(before);
  const colon = BEFORE_COLON.exec(before);
  if (colon?.groups)
    return resolveSpeaker(
      colon.groups.pre!,
      offset + colon.index,
      colon.groups.verb!,
      input,
      people,
      orgs,
      last,
    );
  const according = ACCORDING.exec(before);
  if (according?.groups)
    return resolveSpeaker(
      according.groups.who!,
      offset + according.index + 'according to '.length,
      'according to',
      input,
      people,
      orgs,
      last,
    );
  let found: Speaker | undefined;
  for (const m of before.matchAll(BEFORE_ANY)) {
    const speaker = resolveSpeaker(
      m.groups!.pre!,
      offset + m.index,
      m.groups!.verb!,
      input,
      people,
      orgs,
      last,
    );
    if (speaker) found = speaker;
  }
  return found;
}

/** The person or organization a reporting clause's subject names, or a plain description. */
function resolveSpeaker(
  phrase: string,
  at: number,
  verb: string,
  input: ExtractionInput,
  people: readonly PersonFact[],
  orgs: readonly OrganizationFact[],
  last: Speaker | undefined,
): Speaker | undefined {
  const trimmed = phrase
    .trim()
    .replace(/^(?:and|but|as|while|when)\s+/i, '')
    .replace(/\s+(?:also|later|then|previously|again|had|has|have)$/i, '');
  if (trimmed === '') return undefined;
  const end = at + phrase.trimEnd().length;
  // The speaker is the head of the phrase: a name at its end ("Marlow's lead lawyer, Gregory Thane"),
  // not one inside a description ("a former Marlow food scientist").
  const inside = (m: Mention) =>
    m.start >= at &&
    m.end <= end &&
    end - m.end <= 16 &&
    !/\p{L}{3,}\s*$/u.test(
      input.doc.text.slice(m.end, end).replace(/\s+(?:also|later|then|previously|again|had|has|have)$/i, ''),
    );
  // "Analyst Rosa Vidal of Andes Capital": the person is the head, the organization a modifier.
  const modifies = (m: Mention) =>
    m.start >= at &&
    m.end <= end &&
    /^\s*(?:\([^)]*\)\s*)?(?:(?:of|at|from|with|for) [^,]*)?$/.test(input.doc.text.slice(m.end, end));
  // "Lee Dong-hyun, president of the Korea Rowing Association (KRA), called ...": a name opening the phrase
  // before a comma is its head; what follows describes them.
  const opening = (m: Mention) =>
    m.start === at + (phrase.length - phrase.trimStart().length) && input.doc.text[m.end] === ',';
  const person =
    people.find((p) => p.mentions.some(opening)) ??
    people.find((p) => p.mentions.some(inside) || p.mentions.some(modifies)) ??
    people.find((p) => p.namesAsWritten.some((n) => trimmed.endsWith(n)));
  // "Dr. Anil Rao, a heart specialist at ..., called the results", "Lee Dong-hyun, president of the
  // Korea Rowing Association (KRA), called": a description after a name and its comma is an appositive,
  // and the person named is the speaker.
  if (
    (/^(?:a|an)\s/i.test(trimmed) || /^\p{Ll}/u.test(trimmed)) &&
    !people.some((p) => p.mentions.some(inside))
  ) {
    const lead = /,\s*$/.exec(input.doc.text.slice(Math.max(0, at - 4), at));
    const commaAt = lead ? Math.max(0, at - 4) + lead.index : -1;
    const owner = lead ? people.find((p) => p.mentions.some((m) => m.end === commaAt)) : undefined;
    if (owner) return { key: owner.key, name: owner.name, verb };
  }
  if (/^(?:a|an)\s/i.test(trimmed) && !person) return { name: trimmed, verb };
  if (person) return { key: person.key, name: person.name, verb };
  const org =
    orgs.find((o) => o.mentions.some(inside)) ??
    orgs.find((o) =>
      [o.name, ...o.namesAsWritten, ...o.acronyms].some(
        (n) => fold(trimmed) === fold(n) || fold(trimmed) === `the ${fold(n)}`,
      ),
    );
  if (org) return { key: org.key, name: org.name, verb };
  if (PRONOUN.test(trimmed) || /^the \d+-year-old$/i.test(trimmed)) {
    const before = people
      .flatMap((p) => p.mentions.filter((m) => m.end <= at).map((m) => ({ p, m })))
      .sort((a, b) => b.m.end - a.m.end)[0];
    return before ? { key: before.p.key, name: before.p.name, verb } : undefined;
  }
  const kindNoun = /^the (?:\p{L}+ )?(\p{Ll}+)$/u.exec(trimmed)?.[1];
  if (kindNoun === 'statement' && last) return { ...last, verb };
  if (kindNoun && KIND_NOUNS[kindNoun]) {
    const kinds = KIND_NOUNS[kindNoun]!;
    const candidates = orgs
      .filter((o) => kinds.includes(o.kind) || fold(o.name).includes(kindNoun))
      .map((o) => ({ o, at: Math.max(-1, ...o.mentions.filter((m) => m.end <= at).map((m) => m.end)) }))
      .filter((c) => c.at >= 0)
      .sort((a, b) => b.at - a.at);
    if (candidates[0]) return { key: candidates[0].o.key, name: candidates[0].o.name, verb };
    return undefined;
  }
  // A named but unlinked speaker ("South Korea’s Defense and Foreign ministries"): kept as words.
  // ... only when it names someone: a capitalised name past its first word, or a word for people.
  const namesSomeone =
    /^\S+\s.*\p{Lu}/u.test(trimmed) || /^\p{Lu}\p{L}+$/u.test(trimmed) || PEOPLE_NOUN.test(trimmed);
  if (
    /^\p{Lu}/u.test(trimmed) &&
    namesSomeone &&
    trimmed.split(/\s+/).length <= 8 &&
    !/^(?:It|They|We|I|You|This|That|There)$/.test(trimmed)
  ) {
    return { name: trimmed, verb };
  }
  return undefined;
}

function groupBy<T>(items: readonly T[], key: (item: T) => number): T[][] {
  const map = new Map<number, T[]>();
  for (const item of items) {
    const k = key(item);
    if (!map.has(k)) map.set(k, []);
    map.get(k)!.push(item);
  }
  return [...map.values()];
}

function preview(text: string): string {
  return text.length > 50 ? `${text.slice(0, 47)}...` : text;
}

/** The person a sentence is about up to `before`: the first person named in it, or "He"/"She" opening it. */
function sentenceSubject(
  sentence: ExtractionInput['sentences'][number],
  before: number,
  input: ExtractionInput,
  people: readonly PersonFact[],
): Speaker | undefined {
  const named = people
    .flatMap((p) =>
      p.mentions.filter((m) => m.start >= sentence.start && m.end <= before).map((m) => ({ p, m })),
    )
    .sort((a, b) => a.m.start - b.m.start)[0];
  const opener = /^(?:He|She)\b/.test(input.doc.text.slice(sentence.start, sentence.start + 4));
  if (named && !(opener && named.m.start > sentence.start))
    return { key: named.p.key, name: named.p.name, verb: 'saying' };
  if (!opener) return undefined;
  const previous = people
    .flatMap((p) => p.mentions.filter((m) => m.end <= sentence.start).map((m) => ({ p, m })))
    .sort((a, b) => b.m.end - a.m.end)[0];
  return previous ? { key: previous.p.key, name: previous.p.name, verb: 'saying' } : undefined;
}
