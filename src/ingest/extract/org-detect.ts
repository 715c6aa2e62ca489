import { organizationWords } from '../lexicon/index.ts';
import { lookupDemonym, lookupPlace } from './gazetteer.ts';
import type { Run } from './runs.ts';
import { isTitleWord } from './title-words.ts';
import { fold } from './text-utils.ts';
import type { ExtractionInput, Mention, OrganizationFact, OrgKind } from './types.ts';

/**
 * Organizations told by how the article introduces them rather than by a head word: an acronym defined
 * beside the name ("National Observatory of Athens (NOA)", "the NOA (National Observatory of Athens)"),
 * an acronym in apposition to a word for an organization ("NOA, the observatory,"), a name in apposition
 * to one ("Greek Climate Watch, an environmental group,") or after one ("power distributor Helios
 * Distribution"), and a name that speaks in a statement ("X said in a statement"). Later, "the
 * observatory" stands for the one organization whose head it is.
 */
export interface OrgSink {
  add(run: Run, kind: OrgKind): OrganizationFact;
  known(text: string): OrganizationFact | undefined;
  kindOf(name: string): OrgKind | undefined;
}

const NOUNS = new Set(organizationWords.organizationNouns);
const HEADS = new Map(Object.entries(organizationWords.heads).map(([h, k]) => [h.toLowerCase(), k]));
/** The kind of organization a common noun for one names ("the firm", "power distributor X"). */
export const NOUN_KIND: Readonly<Record<string, OrgKind>> = organizationWords.nounKinds;
const kindOfNoun = (noun: string): OrgKind => NOUN_KIND[noun] ?? HEADS.get(noun) ?? 'other';
/** Lowercase heads that name a place rather than an organization ("the provincial capital"). */
const PLACE_NOUNS = new Set(['capital']);
const ACRONYM = /^\p{Lu}[\p{Lu}&]{1,7}$/u;

/** The capitalised words' initials ("National Observatory of Athens" -> "NOA"; "Cyber-Security" gives "CS"). */
function initials(run: Run): string {
  return run.words
    .filter((w) => /^\p{Lu}/u.test(w.text))
    .flatMap((w) => w.text.split('-').filter((p) => /^\p{Lu}/u.test(p)))
    .map((w) => w[0]!)
    .join('');
}

/** Whether an acronym abbreviates a name: its letters are the initials, or a run of them in order that keeps the first. */
export function abbreviates(acronym: string, run: Run): boolean {
  const letters = acronym.replace(/&/g, '');
  const init = initials(run);
  if (letters.length < 2 || init.length < 2) return false;
  if (letters === init) return true;
  if (letters[0] !== init[0] || letters.length < 3) return false;
  let i = 0;
  for (const c of init) if (c === letters[i]) i++;
  if (i === letters.length && init.length - letters.length <= 1) return true;
  // "Hessische Kreditbank (HKB)": every initial, and a letter inside a word that joins two ("Kredit-bank").
  return insideLetters(letters, run);
}

/** Whether the acronym is the words' initials with one more letter from inside one of them ("Kredit-b-ank"). */
function insideLetters(letters: string, run: Run): boolean {
  const ws = run.words.map((w) => w.text).filter((w) => /^\p{Lu}/u.test(w));
  if (ws.length < 2 || letters.length !== ws.length + 1) return false;
  const init = ws.map((w) => w[0]!).join('');
  return ws.some(
    (w, k) =>
      letters === `${init.slice(0, k + 1)}${letters[k + 1]}${init.slice(k + 1)}` &&
      w
        .slice(3)
        .toUpperCase()
        .includes(letters[k + 1]!),
  );
}

const isPlaceOrPeople = (text: string) =>
  lookupPlace(text) !== undefined || lookupDemonym(text) !== undefined;
const mentionOf = (sentence: string, text: string, start: number): Mention => ({
  sentence,
  text,
  start,
  end: start + text.length,
});

export function organizationsByIntroduction(
  input: ExtractionInput,
  runs: readonly Run[],
  sink: OrgSink,
): void {
  const text = input.doc.text;
  const bodyRuns = runs.filter((r) => r.sentence.kind === 'body' || r.sentence.kind === 'caption');
  for (const [k, run] of bodyRuns.entries()) {
    const after = text.slice(run.end, run.end + 80);
    // "National Observatory of Athens (NOA)": a name of two or more words defined by its acronym.
    const defined = /^ \((\p{Lu}[\p{Lu}&]{1,7})\)/u.exec(after)?.[1];
    if (defined && run.words.length >= 2 && abbreviates(defined, run) && !isPlaceOrPeople(run.text)) {
      const org = sink.known(run.text) ?? sink.add(run, sink.kindOf(run.text) ?? 'other');
      // The acronym's own mentions are linked with the other short forms (organizations.ts).
      if (!org.acronyms.includes(defined)) org.acronyms.push(defined);
      continue;
    }
    // "the NOA (National Observatory of Athens)": the acronym first, the name in parentheses.
    const next = bodyRuns[k + 1];
    if (
      run.words.length === 1 &&
      ACRONYM.test(run.text) &&
      next &&
      next.sentence === run.sentence &&
      text.slice(run.end, next.start) === ' (' &&
      text[next.end] === ')' &&
      abbreviates(run.text, next) &&
      !isPlaceOrPeople(next.text)
    ) {
      const org = sink.known(next.text) ?? sink.add(next, sink.kindOf(next.text) ?? 'other');
      if (!org.acronyms.includes(run.text)) org.acronyms.push(run.text);
      continue;
    }
    if (sink.known(run.text) || isPlaceOrPeople(run.text) || run.possessive || run.words.length > 5) continue;
    if (run.words.some((w) => isTitleWord(w.text))) continue;
    // "NOA, the observatory,", "Greek Climate Watch, an environmental group, said": a name in apposition
    // to a word for an organization (the noun ends the apposition).
    // The noun heads the apposition: "Ann Lee, a virologist at the institute," describes a person by a
    // word after a preposition, and "Lodwar, the county capital," is a town.
    const apposition =
      /^, (?:the|an?) (?:(?!(?:at|of|in|for|with|from|on|by|to|and|or)\b)[\p{Ll}-]+ ){0,3}?(\p{Ll}+)(?=[,;.]| (?:said|says|which|that|based|founded)\b)/u.exec(
        after,
      );
    // "plants in Bergen and Gothenburg, the company said": "the company" then a speech verb is who speaks
    // (the clause's subject), not a second name for the word before the comma.
    const attribution =
      apposition !== null &&
      /^, the /.test(after) &&
      /^ (?:said|says)\b/.test(after.slice(apposition[0].length));
    if (
      apposition &&
      !attribution &&
      !PLACE_NOUNS.has(apposition[1]!) &&
      (NOUNS.has(apposition[1]!) || HEADS.has(apposition[1]!))
    ) {
      sink.add(run, sink.kindOf(run.text) ?? kindOfNoun(apposition[1]!));
      continue;
    }
    // "power distributor Helios Distribution", "rival lender Banco Sur": a word for an organization (after a
    // modifier or an article) right before the name.
    const before = run.sentence.text.slice(0, run.start - run.sentence.start);
    // "a criminal group calling itself BlackMarrow", "a startup called Nuvem": the name a group goes by.
    const goesBy = /\b(\p{Ll}+),? (?:calling itself|which calls itself|called|named|known as) $/u.exec(
      before,
    )?.[1];
    if (goesBy && NOUNS.has(goesBy) && run.words.length <= 4) {
      sink.add(run, sink.kindOf(run.text) ?? kindOfNoun(goesBy));
      continue;
    }
    // "the Singapore-based Castellan Line": a name after "<Place>-based" is an organization.
    if (/(?:^|\s)\p{Lu}[\p{L}.]*-based $/u.test(before) && run.words.length <= 4) {
      sink.add(run, sink.kindOf(run.text) ?? 'other');
      continue;
    }
    const noun = /(?:^|\s)\S+ (\p{Ll}+) $/u.exec(before)?.[1];
    const nameEnds = /^(?:$|[,.;:)]|\s(?:\p{Ll}|\())/u.test(text.slice(run.end, run.end + 2));
    if (
      noun &&
      NOUNS.has(noun) &&
      noun !== 'body' &&
      nameEnds &&
      !/'s$/.test(before.trim().split(' ').at(-2) ?? '')
    ) {
      sink.add(run, sink.kindOf(run.text) ?? kindOfNoun(noun));
    }
  }
}

/**
 * "The Norwegian Directorate for Cultural Heritage said in a statement", "in a statement, Helios said": a
 * name that issues a statement is an organization, unless a person of the article bears it (run after the
 * people, so that "Valadares said in a statement" stays the prime minister).
 */
export function organizationsByStatement(
  input: ExtractionInput,
  runs: readonly Run[],
  isPersonName: (text: string) => boolean,
  sink: OrgSink,
): void {
  const text = input.doc.text;
  for (const run of runs) {
    if (run.sentence.kind !== 'body' || run.possessive || run.words.length > 6) continue;
    if (sink.known(run.text) || isPlaceOrPeople(run.text) || isPersonName(run.text)) continue;
    if (run.words.some((w) => isTitleWord(w.text))) continue;
    const after = text.slice(run.end, run.end + 40);
    const before = run.sentence.text.slice(0, run.start - run.sentence.start);
    const statement =
      /^ (?:said|says|announced|added|confirmed) in a (?:written )?statement\b/.test(after) ||
      /\ba statement (?:from|by|issued by) $/.test(before);
    if (statement) sink.add(run, sink.kindOf(run.text) ?? 'other');
  }
}

/**
 * "the observatory", "the museum's director": a head word after "the" stands for the one organization of
 * the article with that head, and is recorded as a form the article writes for it.
 */
export function headBackReferences(input: ExtractionInput, orgs: readonly OrganizationFact[]): void {
  const byHead = new Map<string, OrganizationFact[]>();
  for (const org of orgs) {
    const ws = org.name.split(' ');
    const of = ws.findIndex((w) => w === 'of' || w === 'for');
    const head = (of > 0 ? ws[of - 1] : ws.at(-1))!.toLowerCase();
    if (ws.length < 2 || !HEADS.has(head)) continue;
    byHead.set(head, [...(byHead.get(head) ?? []), org]);
  }
  if (byHead.size === 0) return;
  const pattern = new RegExp(`\\b[Tt]he (${[...byHead.keys()].join('|')})(?![\\p{L}-])(?!\\s\\p{Lu})`, 'gu');
  for (const s of input.sentences) {
    if (s.kind !== 'body' && s.kind !== 'caption') continue;
    for (const m of s.text.matchAll(pattern)) {
      const owners = byHead.get(m[1]!)!;
      if (owners.length !== 1) continue;
      const org = owners[0]!;
      const start = s.start + m.index + 4;
      if (orgs.some((o) => o.mentions.some((x) => x.start <= start && x.end > start))) continue;
      org.mentions.push(mentionOf(s.id, m[1]!, start));
      if (!org.namesAsWritten.some((n) => fold(n) === fold(m[1]!))) org.namesAsWritten.push(m[1]!);
    }
  }
}
