import { organizationWords, words } from '../lexicon/index.ts';
import { lookupDemonym, lookupPlace, lookupWorldCity } from './gazetteer.ts';
import { memberSplit } from './people.ts';
import { isTitleWord, TITLES } from './title-words.ts';
import {
  headBackReferences,
  NOUN_KIND,
  organizationsByIntroduction,
  organizationsByStatement,
} from './org-detect.ts';
import type { Run } from './runs.ts';
import { NAME_CONNECTORS, subRun } from './runs.ts';
import { evidenceOf, fold, slug, uniqueKey } from './text-utils.ts';
import type { ExtractionInput, Mention, OrganizationFact, OrgKind, PersonFact, Warnings } from './types.ts';

/**
 * Organizations: runs ending in an organization word ("Inc.", "FC", "Ministry", "Court", "Bank"), runs
 * opening with one ("Ministry of ...", "Bank of ..."), news agencies, acronyms in parentheses after a
 * name ("Korea Aerospace Research Institute (KARI)"), and later short forms ("Marlow" for "Marlow Foods
 * Corp.", "Eko" for "Eko Stars FC", the acronym alone) linked to the same organization.
 */
const HEAD_KIND: Readonly<Record<string, OrgKind>> = organizationWords.heads;
const COMPANY_SUFFIX = new Set(organizationWords.companySuffixes);
const NEEDS_OF = new Set(organizationWords.headsNeedingOf);
const SUFFIXES = new Set([...words.orgSuffixes, ...Object.keys(HEAD_KIND), ...COMPANY_SUFFIX]);
const HEADS = words.orgHeads.map((h) => h.toLowerCase());
const AGENCIES = new Set(words.newsAgencies);
const COMPANY =
  /^(?:Inc\.?|Corp\.?|Corporation|Co\.|Ltd\.?|LLC|L\.L\.C\.|PLC|plc|AG|SA|S\.A\.|GmbH|NV|Holdings|Partners|Capital|Systems|Structures|Technologies|Technology|Semiconductor|Foods|Motors|Airlines|Airways|Energy|Pharmaceuticals|Labs|Laboratories|Industries|Organics|Works|Group|Lines|Shipping|Logistics)$/;

export function orgKindOf(name: string): OrgKind | undefined {
  const ws = name.split(' ');
  const last = ws.at(-1)!;
  const lower = name.toLowerCase();
  if (AGENCIES.has(name)) return 'media';
  if (
    /^(?:United Nations|European Union|World Bank|International Monetary Fund|World Health Organization|NATO|IMF|WHO|UN|EU|OPEC|ASEAN|African Union)$/.test(
      name,
    )
  )
    return 'international';
  if (/\b(?:reserve bank|central bank|federal reserve|bank of (?!america))/.test(lower)) return 'agency';
  if (/\b(?:Court|Tribunal)\b/.test(name)) return 'court';
  if (/\b(?:Ministry|Ministries)\b/.test(name)) return 'ministry';
  if (/\b(?:University|College)\b/.test(name)) return 'university';
  if (/\b(?:Institute|Agency|Bureau|Commission|Department|Administration|Authority) (?:of|for)\b/.test(name))
    return 'agency';
  if (COMPANY.test(last)) return 'company';
  if (
    /^(?:FC|F\.C\.|AFC|SC|United|Club|Rangers|Rovers|Wanderers|Athletic|Albion|Hotspur)$/.test(last) ||
    /^(?:FC|AFC) /.test(name) ||
    // "Team Sorvino": a sports team named by "Team" and a name.
    /^Team \p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+)?$/u.test(name)
  )
    return 'team';
  if (
    /^(?:Ministry|Ministries)$/.test(last) ||
    lower.startsWith('ministry of') ||
    lower.startsWith('ministry for')
  )
    return 'ministry';
  if (/^(?:Court|Tribunal)$/.test(last) || lower.startsWith('court of')) return 'court';
  if (/^(?:Party)$/.test(last)) return 'party';
  if (/^(?:University|College)$/.test(last) || lower.startsWith('university of')) return 'university';
  if (/^(?:League|Federation)$/.test(last)) return 'league';
  if (/^(?:Coalition|Association|Foundation|Society|Trust|Alliance)$/.test(last)) return 'ngo';
  if (/^(?:Council|Assembly|Parliament|Congress|Senate|Cabinet|Government|Administration)$/.test(last))
    return 'government';
  if (
    /^(?:Bureau|Agency|Office|Department|Commission|Committee|Authority|Service|Services|Institute|Board|Police|Army|Navy|Force|Forces|Guard|Secretariat|Prosecutors|Exchange|Reserve|Program|Programme)$/.test(
      last,
    )
  )
    return 'agency';
  if (
    /^(?:Times|Post|Herald|News|Press|Network|Journal|Gazette|Tribune)$/.test(last) ||
    /\bJournal of\b/.test(name)
  )
    return 'media';
  if (/^(?:Bank|Fund)$/.test(last)) return 'company';
  const byHead = headKind(ws);
  if (byHead) return byHead;
  if (SUFFIXES.has(last)) return 'other';
  if (HEADS.some((h) => lower.startsWith(h) || (h.endsWith(' of') && lower.includes(` ${h} `))))
    return 'agency';
  return undefined;
}

/**
 * The kind a general head word gives a name: a legal form at the end ("Fjordsonar AS"), a head at the end
 * ("National Observatory"), or a head before "of"/"for" ("Municipality of Marathon", "Centre for X").
 */
function headKind(ws: readonly string[]): OrgKind | undefined {
  if (ws.length < 2) return undefined;
  const last = ws.at(-1)!;
  if (COMPANY_SUFFIX.has(last)) return 'company';
  if (HEAD_KIND[last]) return HEAD_KIND[last];
  const of = ws.findIndex((w, i) => i > 0 && (w === 'of' || w === 'for'));
  if (of > 0 && of < ws.length - 1) {
    const head = ws[of - 1]!;
    if (HEAD_KIND[head]) return HEAD_KIND[head];
    if (NEEDS_OF.has(head)) return 'agency';
  }
  return undefined;
}

/** The organization part of a run ("Foreign Ministry director-general" has none; "the Japanese Ministry of Foreign Affairs" has one). */
const spanCache = new WeakMap<Run, Run | null>();

export function orgSpan(run: Run): Run | undefined {
  const cached = spanCache.get(run);
  if (cached !== undefined) return cached ?? undefined;
  const span = findOrgSpan(run);
  spanCache.set(run, span ?? null);
  return span;
}

function findOrgSpan(run: Run): Run | undefined {
  const ws = run.words;
  for (let j = ws.length - 1; j >= 0; j--) {
    // "CAF Confederation Cup": a name that goes on to a word for a thing names that thing.
    if (j < ws.length - 1 && NOT_INSTITUTION_WORD.test(ws[j + 1]!.text)) continue;
    for (let i = 0; i <= j; i++) {
      const span = subRun(run, i, j);
      const lone = i === j && SUFFIXES.has(ws[i]!.text) && !AGENCIES.has(ws[i]!.text);
      if (lone || NAME_CONNECTORS.has(ws[i]!.text) || !joinsOnlyNames(span) || holdsPersonTitle(span))
        continue;
      if (orgKindOf(span.text) !== undefined) return span;
    }
  }
  return undefined;
}

/** "Reserve Bank Governor Thandiwe Mokoena": a person's title followed by a name is no part of an organization. */
const PERSON_TITLES = new Set(TITLES.filter((t) => !t.includes(' ')));
function holdsPersonTitle(span: Run): boolean {
  const last = span.words.at(-1)!.text;
  // "Reserve Bank Governor" is a post; "Office of the President" is an organization.
  if (
    PERSON_TITLES.has(last.toLowerCase()) &&
    !SUFFIXES.has(last) &&
    !span.words.some((w) => w.text === 'of' || w.text === 'the')
  )
    return true;
  return span.words.some(
    (w, i) =>
      i < span.words.length - 1 &&
      PERSON_TITLES.has(w.text.toLowerCase()) &&
      !NAME_CONNECTORS.has(span.words[i + 1]!.text) &&
      span.words[i + 1]!.text !== 'and',
  );
}

/** "Institute of Ocean Science" joins at a head noun; "Rosa Vidal of Andes Capital" does not. */
const OF_HEAD =
  /^(?:Ministry|Ministries|Bank|University|College|Institute|Department|Court|Office|Bureau|Council|Commission|Committee|Agency|Federation|Association|Union|Organization|Organisation|Board|Authority|Administration|School|Academy|Society|League|Party|Secretary|Chamber|House|Church|Republic|State|States|Kingdom|Museum|Center|Centre|Corps|Order|Friends|Coalition|Alliance|Conference|Assembly|Foundation|Fund|Service|Services|Division|Sisters|Brothers|Bureau|Port|Journal|Review)$/;
function joinsOnlyNames(span: Run): boolean {
  return span.words.every(
    (w, i) =>
      !(w.text === 'of' || w.text === 'for') ||
      (i > 0 &&
        (OF_HEAD.test(span.words[i - 1]!.text) ||
          HEAD_KIND[span.words[i - 1]!.text] !== undefined ||
          NEEDS_OF.has(span.words[i - 1]!.text))),
  );
}

const INSTITUTION = new RegExp(
  `(^|(?<=\\s)(?:the |The )?)(${Object.keys(words.institutionNouns)
    .sort((a, b) => b.length - a.length)
    .map((n) => `${n[0]!.toUpperCase()}${n.slice(1)}|${n}`)
    .join('|')})(?![\\p{L}-])`,
  'gu',
);

/** Names of things rather than institutions: events, places, laws, products. */
const NOT_INSTITUTION_WORD =
  /^(?:Cup|Trophy|League|Series|Games|Open|Award|Prize|Act|Law|Bill|Treaty|Accord|Agreement|Plan|Street|Avenue|Road|Bridge|River|Lake|Sea|Ocean|Mountain|Mount|Valley|Day|Week|Year|Station|Airport|Project|Index|Report|Consultation|Summit|Talks|Forum|Conference|Festival|War|Center|Centre|Stadium|Hall|Square|Park|Market|Final|Semifinal|Championship|Olympics|Fire|Island|Islands|Peninsula|Coast|Highway|Line|Tunnel|Dam)$/;
/** A past-tense or present verb right after the name ("said", "sent", "measured", "says"). */
const ACTS =
  /^(?:\p{Ll}+ed|said|says|sent|told|made|gave|took|held|kept|cut|put|set|won|lost|began|led|paid|sold|ran|spent|sought|\p{Ll}+s)$/u;

export function extractOrganizations(
  input: ExtractionInput,
  runs: readonly Run[],
  warnings: Warnings,
): OrganizationFact[] {
  const orgs: OrganizationFact[] = [];
  const byFold = new Map<string, OrganizationFact>();
  const keys = new Set<string>();
  const mention = (run: Run): Mention => ({
    sentence: run.sentence.id,
    text: run.text,
    start: run.start,
    end: run.end,
  });
  const add = (run: Run, kind: OrgKind) => {
    const name = run.text.replace(/^the /i, '');
    const f = fold(name);
    const existing =
      byFold.get(f) ??
      // "Reserve Bank" after "South African Reserve Bank": the name without its nationality.
      orgs.find((o) => {
        const full = fold(o.name);
        if (!full.endsWith(` ${f}`)) return false;
        const prefix = o.name
          .split(' ')
          .slice(0, full.split(' ').length - f.split(' ').length)
          .join(' ');
        return lookupDemonym(prefix) !== undefined || lookupPlace(prefix) !== undefined;
      });
    if (existing) {
      existing.mentions.push(mention(run));
      if (fold(existing.name) !== f && !existing.namesAsWritten.includes(name))
        existing.namesAsWritten.push(name);
      return existing;
    }
    const before = run.sentence.text
      .slice(0, run.start - run.sentence.start)
      .match(/(\p{Lu}[\p{L} ]+?) $/u)?.[1];
    const country = countryOfName(name) ?? (before ? lookupDemonym(before)?.code : undefined);
    const org: OrganizationFact = {
      key: uniqueKey(slug(name), keys),
      name,
      namesAsWritten: [name],
      acronyms: [],
      kind,
      ...(country ? { country } : {}),
      mentions: [mention(run)],
      evidence: { sentences: [], quotes: [] },
    };
    byFold.set(f, org);
    orgs.push(org);
    return org;
  };

  for (const run of runs) {
    if (run.sentence.kind === 'credit') continue;
    const span = orgSpan(run);
    if (span) {
      const org = add(span, orgKindOf(span.text)!);
      const after = input.doc.text.slice(span.end, span.end + 40);
      const acronym = /^ \((\p{Lu}[\p{Lu}&\d-]{1,9})\)/u.exec(after);
      if (acronym && !org.acronyms.includes(acronym[1]!)) org.acronyms.push(acronym[1]!);
      // "The Philippine Institute of Volcanology and Seismology, known as Phivolcs,": the short name.
      const knownAs =
        /^,? (?:also |better |widely )?(?:known as|called) (\p{Lu}[\p{L}&.-]*(?: \p{Lu}[\p{L}&.-]*){0,2})(?=[,.;)]|$)/u.exec(
          after,
        );
      if (knownAs && !lookupPlace(knownAs[1]!)) {
        const short = knownAs[1]!;
        const list = /^\p{Lu}[\p{Lu}&\d-]+$/u.test(short) ? org.acronyms : org.namesAsWritten;
        if (!list.includes(short)) list.push(short);
        const at = span.end + after.indexOf(short);
        org.mentions.push({ sentence: run.sentence.id, text: short, start: at, end: at + short.length });
      }
    }
  }
  organizationsByIntroduction(input, runs, {
    add,
    known: (text) =>
      byFold.get(fold(text.replace(/^the /i, ''))) ?? orgs.find((o) => o.acronyms.includes(text)),
    kindOf: orgKindOf,
  });
  // The agency of the dateline ("(Reuters)") or of a photo credit ("(Yonhap)", "(AP Photo)") is named too.
  for (const s of input.sentences) {
    const creditOnly = s.kind === 'caption' && /^\([^()]+\)$/.test(s.text);
    if (s.kind !== 'dateline' && s.kind !== 'credit' && !creditOnly) continue;
    const credited = /\((\p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*)?)(?: Photo[^)]*)?\)/u.exec(s.text)?.[1];
    // "(EPA-Yonhap)": two agencies credited together.
    for (const agency of credited && !AGENCIES.has(credited) ? credited.split('-') : [credited]) {
      if (!agency || !AGENCIES.has(agency)) continue;
      const at = s.start + s.text.indexOf(agency);
      const org = byFold.get(fold(agency));
      const m = { sentence: s.id, text: agency, start: at, end: at + agency.length };
      if (org) org.mentions.push(m);
      else {
        const created: OrganizationFact = {
          key: uniqueKey(slug(agency), keys),
          name: agency,
          namesAsWritten: [agency],
          acronyms: [],
          kind: 'media',
          mentions: [m],
          evidence: { sentences: [], quotes: [] },
        };
        byFold.set(fold(agency), created);
        orgs.push(created);
      }
    }
  }

  // "The Philippine Red Cross said", "the U.S. Geological Survey measured": a name of two or more words
  // written after "the" and doing something (a verb follows) is an institution even without a suffix.
  for (const run of runs) {
    if (run.sentence.kind !== 'body' || run.words.length < 2 || orgSpan(run) || run.possessive) continue;
    if (byFold.has(fold(run.text)) || lookupPlace(run.text) || lookupDemonym(run.text)) continue;
    if (!/(?:^|\s)the $/i.test(run.sentence.text.slice(0, run.start - run.sentence.start))) continue;
    if (run.words.some((w) => NOT_INSTITUTION_WORD.test(w.text))) continue;
    const next = run.sentence.tokens.find((t) => t.start >= run.end && t.text.trim() !== '');
    if (!next || next.start - run.end > 1 || !ACTS.test(next.text) || !['VERB', 'AUX'].includes(next.pos))
      continue;
    add(run, 'other');
    warnings.add(
      `"${run.text}" taken for an organization from what it does ("${run.text} ${next.text}"); its kind is unknown`,
    );
  }

  // "the firm, Nortia Sistemas", "the newspaper Diário do Norte": a name after a word for an organization.
  for (const run of runs) {
    if (run.sentence.kind !== 'body' || orgSpan(run) || byFold.has(fold(run.text))) continue;
    if (lookupPlace(run.text) || lookupDemonym(run.text) || run.words.length > 4) continue;
    const noun =
      /\bthe (?:[\p{Ll}-]+ )?(firm|company|newspaper|broadcaster|party|group|club|union|bank|charity|agency|startup|insurer|lender|carrier|airline|retailer|developer|contractor|supplier),? $/u.exec(
        run.sentence.text.slice(0, run.start - run.sentence.start),
      )?.[1];
    if (!noun) continue;
    const after = input.doc.text.slice(run.end, run.end + 2);
    if (!/^(?:[,.;:)]|\s\p{Ll})/u.test(after) && after !== '') continue;
    add(run, NOUN_KIND[noun] ?? 'other');
  }

  // "the regionalist Tierra Alta party", "the Riverside union": a name followed by a lowercase word for an
  // organization; "the opposition Green Left": a name after "opposition" is a party.
  for (const run of runs) {
    if (run.sentence.kind !== 'body' || orgSpan(run) || run.possessive || byFold.has(fold(run.text)))
      continue;
    if (lookupPlace(run.text) || lookupDemonym(run.text) || run.words.length > 4) continue;
    if (run.words.some((w) => isTitleWord(w.text) || NOT_INSTITUTION_WORD.test(w.text))) continue;
    const follows = /^ (party|union|alliance|coalition|movement|club|federation|association)\b/.exec(
      input.doc.text.slice(run.end, run.end + 14),
    )?.[1];
    const before = run.sentence.text.slice(0, run.start - run.sentence.start);
    const opposition = /\b(?:the|an?) (?:main |largest |[\p{Ll}-]+ )?opposition $/iu.test(before);
    if (!follows && !opposition) continue;
    // "Lee's party", "Korea's union": an owner, not a name; a person's name is kept out by their title or verb.
    const kind = NOUN_KIND[follows ?? 'party'] ?? (follows === 'federation' ? 'league' : 'other');
    add(run, follows === 'alliance' || follows === 'coalition' || follows === 'movement' ? 'party' : kind);
  }

  // "Statistics Norland data showed": a name whose data or figures show something is an institution.
  for (const run of runs) {
    if (run.sentence.kind !== 'body' || run.words.length < 2 || orgSpan(run) || byFold.has(fold(run.text)))
      continue;
    if (lookupPlace(run.text) || lookupDemonym(run.text)) continue;
    if (
      !/^ (?:data|figures|statistics|estimates) (?:showed|show|shows|released|published)\b/.test(
        input.doc.text.slice(run.end, run.end + 30),
      )
    )
      continue;
    add(run, 'agency');
  }

  // "told DZMM radio", "the Diário do Norte newspaper": a name followed by a word for a news outlet.
  for (const run of runs) {
    if (run.sentence.kind !== 'body' || orgSpan(run) || lookupPlace(run.text)) continue;
    const outlet = /^ (radio|television|TV|newspaper|daily|broadcaster|news agency)\b/.exec(
      input.doc.text.slice(run.end, run.end + 16),
    );
    if (!outlet || byFold.has(fold(run.text))) continue;
    const whole = input.doc.text.slice(run.start, run.end + outlet[0].length);
    const org = add({ ...run, text: whole, end: run.end + outlet[0].length }, 'media');
    if (!org.namesAsWritten.includes(run.text)) org.namesAsWritten.push(run.text);
  }

  // "Police said", "the coast guard sent", "the national government had": an institution named by a
  // common noun and doing something. The last word of one named organization ("the council" for "City
  // Council") is that organization; otherwise the noun phrase is the name.
  for (const s of input.sentences) {
    if (s.kind !== 'body') continue;
    for (const m of s.text.matchAll(INSTITUTION)) {
      const phrase = m[2]!;
      const start = s.start + m.index + m[1]!.length;
      const end = start + phrase.length;
      const next = s.tokens.find((t) => t.start > end);
      const cited = /according to $/i.test(s.text.slice(0, start - s.start));
      if (!cited && (!next || !['VERB', 'AUX'].includes(next.pos))) continue;
      if (orgs.some((o) => o.mentions.some((x) => x.start <= start && x.end >= end))) continue;
      const head = fold(phrase).split(' ').at(-1)!;
      const owners = orgs.filter(
        (o) => fold(o.name).split(' ').at(-1) === head && fold(o.name) !== fold(phrase),
      );
      const m2: Mention = { sentence: s.id, text: phrase, start, end };
      if (owners.length === 1) {
        owners[0]!.mentions.push(m2);
        if (!owners[0]!.namesAsWritten.includes(phrase.toLowerCase()))
          owners[0]!.namesAsWritten.push(phrase.toLowerCase());
        continue;
      }
      if (owners.length > 1) continue;
      const name = phrase.toLowerCase();
      const existing = byFold.get(fold(name));
      if (existing) {
        existing.mentions.push(m2);
        continue;
      }
      const org: OrganizationFact = {
        key: uniqueKey(slug(name), keys),
        name,
        namesAsWritten: [phrase],
        acronyms: [],
        kind: words.institutionNouns[name] ?? words.institutionNouns[head] ?? 'agency',
        mentions: [m2],
        evidence: { sentences: [], quotes: [] },
      };
      byFold.set(fold(name), org);
      orgs.push(org);
    }
  }

  // Short forms used later: the acronym, the name without its suffix, its first word.
  for (const run of runs) {
    if (run.sentence.kind === 'credit') continue;
    if (orgSpan(run)) continue;
    const org = shortFormOwner(run.text, orgs);
    if (org) {
      org.mentions.push(mention(run));
      if (!org.acronyms.includes(run.text) && !org.namesAsWritten.includes(run.text))
        (/^\p{Lu}{2,6}$/u.test(run.text) && acronymOf(org.name).includes(run.text)
          ? org.acronyms
          : org.namesAsWritten
        ).push(run.text);
    }
  }
  // An acronym nothing else explains, cited as a source ("according to LSEG data", "NASA said").
  for (const run of runs) {
    if (
      run.words.length !== 1 ||
      !/^\p{Lu}{3,6}$/u.test(run.text) ||
      byFold.has(fold(run.text)) ||
      lookupPlace(run.text)
    )
      continue;
    if (orgs.some((o) => o.acronyms.includes(run.text))) continue;
    const before = run.sentence.text.slice(0, run.start - run.sentence.start);
    const after = input.doc.text.slice(run.end, run.end + 12);
    if (
      /according to $/.test(before) ||
      /^ (?:data|figures|estimates|said|says|survey|poll|reported)\b/.test(after)
    ) {
      add(run, 'other');
      warnings.add(`"${run.text}" taken for an organization from how it is cited; its kind is unknown`);
    }
  }
  // "Belgian Piet Vandaal of Ardent Pro Racing": the name of two or more words after a person's name and
  // "of" is what the person belongs to, unless it is a place.
  for (const run of runs) {
    if (run.sentence.kind !== 'body' && run.sentence.kind !== 'caption') continue;
    if (orgSpan(run)) continue;
    const tail = memberSplit(run)?.tail;
    if (!tail || tail.words.length < 2 || byFold.has(fold(tail.text))) continue;
    if (lookupPlace(tail.text) || lookupWorldCity(tail.text) || lookupDemonym(tail.text)) continue;
    if (lookupPlace(tail.words[0]!.text) || lookupDemonym(tail.words[0]!.text)) continue;
    if (tail.words.some((w) => NOT_INSTITUTION_WORD.test(w.text) || isTitleWord(w.text))) continue;
    add(tail, 'other');
    warnings.add(`"${tail.text}" taken for an organization from "${run.text}"; its kind is unknown`);
  }
  headBackReferences(input, orgs);
  for (const org of orgs) {
    org.mentions.sort((a, b) => a.start - b.start);
    org.evidence = evidenceOf(org.mentions);
    if (org.kind === 'other') warnings.add(`organization kind of "${org.name}" unclear; kept as "other"`);
  }
  return orgs;
}

/** The organization a short form stands for ("Marlow" -> "Marlow Foods Corp."), if exactly one fits. */
export function shortFormOwner(
  text: string,
  orgs: readonly OrganizationFact[],
): OrganizationFact | undefined {
  if (lookupPlace(text) || NOT_SHORT.has(text)) return undefined;
  const f = fold(text);
  const fits = orgs.filter((org) => {
    if (org.acronyms.includes(text) || org.namesAsWritten.slice(1).includes(text)) return true;
    // "NHS" for the National Health Service named before: an acronym of the name's initials.
    if (/^\p{Lu}{2,6}$/u.test(text) && acronymOf(org.name).includes(text)) return true;
    const ws = org.name.split(' ');
    if (ws.length < 2) return false;
    const withoutSuffix = ws.slice(0, SUFFIXES.has(ws.at(-1)!) ? -1 : ws.length).join(' ');
    if (fold(withoutSuffix) === f && withoutSuffix.split(' ').length >= 1 && withoutSuffix !== org.name)
      return true;
    // The first word alone, when it is not a common word or a place ("Cardinal", "Eko").
    return (
      ws.length >= 2 &&
      fold(ws[0]!) === f &&
      !isTitleWord(ws[0]!) &&
      !lookupDemonym(ws[0]!) &&
      !/^(?:The|National|New|United|First|Federal|Central|South|North|East|West|U\.S\.)$/.test(ws[0]!)
    );
  });
  return fits.length === 1 ? fits[0] : undefined;
}

const NOT_SHORT = new Set(words.notNames);

/**
 * The acronyms a name of two or more capitalised words makes: its initials ("National Health Service":
 * NHS), and without a first word naming a place or people ("U.S. Food and Drug Administration": FDA).
 */
function acronymOf(name: string): string[] {
  const ws = name.split(' ').filter((w) => /^\p{Lu}/u.test(w));
  if (ws.length < 2) return [];
  const initials = (list: string[]) =>
    list
      .flatMap((w) => w.split('-').filter((p) => /^\p{Lu}/u.test(p)))
      .map((w) => w[0]!)
      .join('');
  const out = [initials(ws)];
  const first = ws[0]!.replace(/[.,]+$/, '');
  if (ws.length >= 3 && (lookupPlace(ws[0]!) || lookupPlace(first) || lookupDemonym(first)))
    out.push(initials(ws.slice(1)));
  return out.filter((a) => a.length >= 2);
}

function countryOfName(name: string): string | undefined {
  const ws = name.split(' ');
  for (let n = Math.min(3, ws.length); n >= 1; n--) {
    for (let i = 0; i + n <= ws.length; i++) {
      const part = ws.slice(i, i + n).join(' ');
      const demonym = lookupDemonym(part);
      if (demonym) return demonym.code;
      const place = lookupPlace(part);
      if (place?.kind === 'country' && place.country) return place.country;
    }
  }
  return undefined;
}

const LEAD = /^((?:\p{Lu}[\p{L}&.-]*)(?: \p{Lu}[\p{L}&.-]*){0,2}) \p{Ll}/u;
/** "a logistics analyst at Pacific Trade Monitor in Panama City": the name a post is held at, ending the title. */
const HELD_AT =
  /^(?:an?|the) [\p{Ll} -]+ (?:at|with) (\p{Lu}[\p{L}&.-]*(?: \p{Lu}[\p{L}&.-]*){1,3})(?: in \p{Lu}[\p{L}.-]*(?: \p{Lu}[\p{L}.-]*)?)?\.?$/u;

/** "Piet Vandaal of Ardent Pro Racing", "Karl Moss, 31, of Team Sorvino": the person belongs to that organization. */
function membersOf(input: ExtractionInput, people: PersonFact[], orgs: readonly OrganizationFact[]): void {
  for (const person of people) {
    if (person.organization) continue;
    for (const m of person.mentions) {
      const after = input.doc.text.slice(m.end, m.end + 80);
      const name = /^(?:, \d{1,3},)? of (\p{Lu}[\p{L}&.-]*(?: \p{Lu}[\p{L}&.-]*){0,3})/u.exec(after)?.[1];
      const org = name
        ? orgs.find((o) => [o.name, ...o.namesAsWritten, ...o.acronyms].some((n) => fold(n) === fold(name)))
        : undefined;
      if (org) {
        person.organization = org.key;
        break;
      }
    }
  }
}

/**
 * A person's post held at a name no rule has made an organization ("a logistics analyst at Pacific Trade
 * Monitor"): the name is the organization they work for, unless it is a place or a person.
 */
function organizationsHeldAt(
  input: ExtractionInput,
  people: PersonFact[],
  orgs: OrganizationFact[],
  keys: Set<string>,
  warnings: Warnings,
): void {
  for (const person of people) {
    if (person.organization) continue;
    const title = [person.title, ...person.titleVariants].find((t) => t !== undefined && HELD_AT.test(t));
    const name = title ? HELD_AT.exec(title)![1]! : undefined;
    if (!title || !name || lookupPlace(name) || lookupWorldCity(name) || lookupDemonym(name)) continue;
    if (lookupDemonym(name.split(' ')[0]!) || name.split(' ').every((w) => isTitleWord(w))) continue;
    if (people.some((p) => p.namesAsWritten.some((n) => fold(n) === fold(name)))) continue;
    if (linkTitleOrganization(input, person, name, name, orgKindOf(name) ?? 'other', orgs, keys) === 'new')
      warnings.add(`"${name}" taken for ${person.name}'s organization from the title "${title}"`);
  }
}

/**
 * Links a person to the organization `name` from their title: one the article already has under that name (or
 * a short form of it), else a new one whose mention starts where the first of the person's sentences writes
 * `written` (the title itself, or the name). 'new' when it added one, undefined when no sentence writes it.
 */
function linkTitleOrganization(
  input: ExtractionInput,
  person: PersonFact,
  name: string,
  written: string,
  kind: OrganizationFact['kind'],
  orgs: OrganizationFact[],
  keys: Set<string>,
): 'known' | 'new' | undefined {
  const known =
    orgs.find((o) => [o.name, ...o.namesAsWritten, ...o.acronyms].some((n) => fold(n) === fold(name))) ??
    shortFormOwner(name, orgs);
  if (known) {
    person.organization = known.key;
    return 'known';
  }
  const sentence = input.sentences.find(
    (s) => person.mentions.some((m) => m.sentence === s.id) && s.text.includes(written),
  );
  if (!sentence) return undefined;
  const start = sentence.start + sentence.text.indexOf(written);
  const org: OrganizationFact = {
    key: uniqueKey(slug(name), keys),
    name,
    namesAsWritten: [name],
    acronyms: [],
    kind,
    mentions: [{ sentence: sentence.id, text: name, start, end: start + name.length }],
    evidence: { sentences: [sentence.id], quotes: [name] },
  };
  orgs.push(org);
  person.organization = org.key;
  return 'new';
}

/**
 * "Bernstein analyst Ruth Abernathy": a capitalised word before a title that names no place, country,
 * person or known organization is the organization the person works for (kind unknown: "other").
 */
export function organizationsFromTitles(
  input: ExtractionInput,
  people: PersonFact[],
  orgs: OrganizationFact[],
  warnings: Warnings,
): void {
  const keys = new Set(orgs.map((o) => o.key));
  organizationsHeldAt(input, people, orgs, keys, warnings);
  membersOf(input, people, orgs);
  for (const person of people) {
    if (!person.title || person.organization) continue;
    // "Country First leader" may be a shorter form of the title ("the leader of ... Country First").
    const leadOf = (title: string) => {
      const lead = LEAD.exec(title)?.[1];
      if (
        !lead ||
        lookupPlace(lead) ||
        lookupDemonym(lead) ||
        isTitleWord(lead.split(' ')[0]!) ||
        NOT_SHORT.has(lead) ||
        people.some((p) => p.namesAsWritten.some((n) => fold(n) === fold(lead)))
      )
        return undefined;
      return lead;
    };
    const titled = [person.title, ...person.titleVariants].find((t) => leadOf(t) !== undefined);
    if (!titled) continue;
    const lead = leadOf(titled)!;
    // "Party leader X": the generic word stands for the one organization of the article it ends.
    if (SUFFIXES.has(lead)) {
      const owners = orgs.filter((o) => o.name.split(' ').at(-1) === lead);
      if (owners.length === 1) person.organization = owners[0]!.key;
      continue;
    }
    // "Presidential spokesperson", "Regional director": an adjective describes the post (wink tags a
    // capitalised adjective as a proper noun, so its ending tells).
    if (!lead.includes(' ') && /\p{Ll}(?:al|ic|ive|ary|ial)$/u.test(lead)) continue;
    if (linkTitleOrganization(input, person, lead, titled, 'other', orgs, keys) === 'new')
      warnings.add(
        `"${lead}" taken for ${person.name}'s organization from the title "${titled}"; its kind is unknown`,
      );
  }
}

const GOVERNING_BODY =
  /^ ((?:national |regional |federal |central |provincial |state |local |coalition |caretaker )?(?:government|parliament|administration|cabinet|legislature))\b/;

/**
 * "the British government", "the Portuguese parliament", "the Ortega government": a country, demonym,
 * region or a named person's surname before a word for a governing body names that body. The word alone
 * ("the government") then stands for it when exactly one was named.
 */
export function governingBodies(
  input: ExtractionInput,
  runs: readonly Run[],
  people: readonly PersonFact[],
  orgs: OrganizationFact[],
): void {
  const keys = new Set(orgs.map((o) => o.key));
  for (const run of runs) {
    if (run.sentence.kind !== 'body' || run.possessive || run.words.length > 3) continue;
    const body = GOVERNING_BODY.exec(input.doc.text.slice(run.end, run.end + 40))?.[1];
    if (!body) continue;
    const bodyEnd = run.end + 1 + body.length;
    const next = run.sentence.tokens.find((t) => t.start >= bodyEnd && t.text.trim() !== '');
    // "the British government bond": a body word used as a modifier names no body.
    if (next && next.start === bodyEnd + 1 && next.pos === 'NOUN') continue;
    const owner =
      lookupDemonym(run.text) !== undefined ||
      (lookupPlace(run.text) !== undefined && lookupPlace(run.text)!.kind !== 'city') ||
      people.some((p) => p.name.split(' ').length > 1 && p.name.split(' ').at(-1) === run.text);
    if (!owner) continue;
    const name = `${run.text} ${body}`;
    const mention: Mention = { sentence: run.sentence.id, text: name, start: run.start, end: bodyEnd };
    const existing = orgs.find((o) => [o.name, ...o.namesAsWritten].some((n) => fold(n) === fold(name)));
    if (existing) {
      existing.mentions.push(mention);
      existing.evidence = evidenceOf(existing.mentions);
      continue;
    }
    // "the national government said" may already stand as an organization of its own: that is this one.
    const generic = orgs.find((o) => fold(o.name) === fold(body));
    if (generic) {
      generic.namesAsWritten.push(generic.name);
      generic.name = name;
      generic.mentions.push(mention);
      generic.mentions.sort((a, b) => a.start - b.start);
      generic.evidence = evidenceOf(generic.mentions);
      continue;
    }
    const country = lookupDemonym(run.text)?.code ?? lookupPlace(run.text)?.country;
    orgs.push({
      key: uniqueKey(slug(name), keys),
      name,
      namesAsWritten: [name, body],
      acronyms: [],
      kind: 'government',
      ...(country ? { country } : {}),
      mentions: [mention],
      evidence: evidenceOf([mention]),
    });
  }
}

/** "X said in a statement": after the people are known (see org-detect.ts). */
export function organizationsFromStatements(
  input: ExtractionInput,
  runs: readonly Run[],
  people: PersonFact[],
  orgs: OrganizationFact[],
): void {
  const keys = new Set(orgs.map((o) => o.key));
  // A "person" the rules took only from a two-word name, with no title, role or surname used alone, gives
  // way to the statement ("Northvale Water said in a statement"); anyone else keeps the name.
  const weak = (p: PersonFact) =>
    !p.title &&
    !p.role &&
    p.titleVariants.length === 0 &&
    p.namesAsWritten.every((n) => n.split(' ').length > 1);
  const strongForms = new Set(
    people.filter((p) => !weak(p)).flatMap((p) => [p.name, ...p.namesAsWritten].map(fold)),
  );
  const isPerson = (text: string) => strongForms.has(fold(text));
  organizationsByStatement(input, runs, isPerson, {
    known: (text) =>
      orgs.find((o) => [o.name, ...o.namesAsWritten, ...o.acronyms].some((n) => fold(n) === fold(text))),
    kindOf: orgKindOf,
    add: (run, kind) => {
      const name = run.text.replace(/^the /i, '');
      const mention: Mention = { sentence: run.sentence.id, text: run.text, start: run.start, end: run.end };
      const org: OrganizationFact = {
        key: uniqueKey(slug(name), keys),
        name,
        namesAsWritten: [name],
        acronyms: [],
        kind,
        mentions: [mention],
        evidence: evidenceOf([mention]),
      };
      orgs.push(org);
      const taken = people.findIndex((p) =>
        [p.name, ...p.namesAsWritten].some((n) => fold(n) === fold(name)),
      );
      if (taken >= 0) {
        const person = people.splice(taken, 1)[0]!;
        for (const m of person.mentions)
          if (!org.mentions.some((x) => x.start === m.start)) org.mentions.push(m);
        org.mentions.sort((a, b) => a.start - b.start);
        org.evidence = evidenceOf(org.mentions);
      }
      return org;
    },
  });
}
