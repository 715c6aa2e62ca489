import { mainEvent } from '../../../model/events.ts';
import type { Article } from '../../../model/schema.ts';
import { intern } from '../retrieve/intern.ts';
import { trimLists } from '../retrieve/compact.ts';
import { allowedTypos, editDistance, foldName, tokenize } from '../lexicon/text.ts';

export type { EntityKind, EntityRef, Mention } from '../types.ts';
import type { EntityRef, Mention } from '../types.ts';

interface Surface {
  folded: string;
  ref: EntityRef;
  /** A partial form (a surname, a distinctive word of an organization's name): loses to a full form. */
  partial: boolean;
}

/** Words of organization names too common to point at one organization on their own. */
const GENERIC_NAME_WORDS = new Set(
  (
    'ministry ministries of the and affairs bureau department office national government agency republic state general ' +
    'director deputy director-general for policy news'
  ).split(' '),
);

export interface Lexicon {
  /** Folded surface form -> the entities it names. */
  exact: Map<string, Surface[]>;
  /** Full forms long enough to be matched with typos, grouped by length. */
  fuzzyByLength: Map<number, Surface[]>;
  maxTokens: number;
  /** Head nouns of the story's event's names ("consultation", "talks", "dialogue"): asking with them names the event. */
  eventHeads: Set<string>;
  /** Recent fuzzy lookups (folded span -> result), bounded. */
  fuzzyCache: Map<string, Surface[] | undefined>;
}

export function buildLexicon(article: Article): Lexicon {
  const surfaces: Surface[] = [];
  const add = (form: string, ref: EntityRef, partial = false): void => {
    const folded = intern(foldName(form));
    if (folded.length >= 2) surfaces.push({ folded, ref, partial });
  };
  for (const person of article.people) {
    const ref: EntityRef = { kind: 'person', id: person.id };
    for (const form of [person.name, ...(person.namesAsWritten ?? []), ...person.aliases]) {
      add(form, ref, !form.includes(' ') && form !== person.name);
      const words = form.split(/\s+/);
      if (words.length === 2) add(`${words[1]} ${words[0]}`, ref);
    }
    if (person.familyName) add(person.familyName, ref, true);
    if (person.givenName) add(person.givenName, ref, true);
    if (person.givenName && person.familyName) {
      add(`${person.givenName} ${person.familyName}`, ref);
      add(`${person.familyName} ${person.givenName}`, ref);
    }
  }
  for (const country of article.countries) {
    const ref: EntityRef = { kind: 'country', id: country.id };
    for (const form of [country.name, country.demonym, ...country.aliases]) add(form, ref);
  }
  for (const place of article.places) {
    for (const form of [place.name, ...(place.namesAsWritten ?? []), ...place.aliases])
      add(form, { kind: 'place', id: place.id });
  }
  for (const event of [mainEvent(article)]) {
    for (const form of [event.name, ...event.aliases]) add(form, { kind: 'event', id: event.id });
  }
  // A country's name inside an organization's name ("Korean Foreign Ministry") names the country, not the organization.
  const countryWords = new Set(
    article.countries.flatMap((c) => [c.name, c.demonym, ...c.aliases].flatMap((form) => tokenize(form))),
  );
  const orgWordOwners = new Map<string, Set<string>>();
  for (const org of article.organizations) {
    const ref: EntityRef = { kind: 'organization', id: org.id };
    for (const form of [org.name, ...(org.namesAsWritten ?? []), ...org.aliases, ...(org.acronyms ?? [])]) {
      add(form, ref);
      for (const word of tokenize(form)) {
        if (GENERIC_NAME_WORDS.has(word) || countryWords.has(word) || word.length < 4) continue;
        const owners = orgWordOwners.get(word) ?? new Set<string>();
        owners.add(org.id);
        orgWordOwners.set(word, owners);
      }
    }
  }
  for (const [word, owners] of orgWordOwners) {
    for (const id of owners) add(word, { kind: 'organization', id }, true);
  }

  const exact = new Map<string, Surface[]>();
  const fuzzyByLength = new Map<number, Surface[]>();
  const fuzzySeen = new Set<string>();
  for (const surface of surfaces) {
    const list = exact.get(surface.folded) ?? [];
    if (!list.some((s) => s.ref.kind === surface.ref.kind && s.ref.id === surface.ref.id)) list.push(surface);
    exact.set(surface.folded, list);
    const key = `${surface.folded}|${surface.ref.kind}|${surface.ref.id}`;
    if ((!surface.partial || surface.ref.kind === 'person') && !fuzzySeen.has(key)) {
      fuzzySeen.add(key);
      const byLength = fuzzyByLength.get(surface.folded.length) ?? [];
      byLength.push(surface);
      fuzzyByLength.set(surface.folded.length, byLength);
    }
  }
  const event = mainEvent(article);
  const eventHeads = new Set(
    [event.name, ...event.aliases].map((form) => tokenize(form).at(-1) ?? '').filter((w) => w.length > 3),
  );
  return {
    exact: trimLists(exact),
    fuzzyByLength: trimLists(fuzzyByLength),
    maxTokens: 5,
    fuzzyCache: new Map(),
    eventHeads,
  };
}

/**
 * Finds entity mentions among the question's tokens, longest spans first, tolerating romanization variants and
 * typos. Known words (`isKnownWord`) are ordinary words of the article and the question vocabulary: they are never fuzzy-matched
 * to a name ("sides" must not become a surname).
 */
export function linkEntities(
  tokens: readonly string[],
  lexicon: Lexicon,
  isKnownWord: (token: string) => boolean,
): Mention[] {
  const mentions: Mention[] = [];
  const taken = new Array<boolean>(tokens.length).fill(false);
  const notPlain = tokens.map((token) => !PLAIN_TOKEN.test(token));
  const heads = headsOf(lexicon);
  for (let size = Math.min(lexicon.maxTokens, tokens.length); size >= 1; size--) {
    for (let start = 0; start + size <= tokens.length; start++) {
      if (takenWithin(taken, start, start + size)) continue;
      const plain = !takenWithin(notPlain, start, start + size);
      // Most spans of plain words fold to something no name begins with: their exact lookup is a miss, decided
      // from the fold's first two letters without folding the whole span.
      const headMiss = plain && !heads.has(foldedHead(tokens, start, start + size));
      if (headMiss && allKnown(tokens, start, start + size, isKnownWord)) continue;
      const span = tokens.slice(start, start + size);
      const folded = foldSpan(span, plain);
      if (folded.length < 2) continue;
      let found = headMiss ? undefined : lexicon.exact.get(folded);
      let fuzzy = false;
      // Only a span with a word the article and the question vocabulary do not know can be a misspelt name.
      if (!found && span.some((token) => !isKnownWord(token))) {
        found = fuzzyLookup(folded, lexicon);
        fuzzy = found !== undefined;
      }
      if (!found || found.length === 0) continue;
      const full = found.filter((s) => !s.partial);
      const chosen = full.length > 0 ? full : found;
      for (const surface of chosen) {
        mentions.push({ ref: surface.ref, start, end: start + size, partial: surface.partial, fuzzy });
      }
      for (let i = start; i < start + size; i++) taken[i] = true;
    }
  }
  return mentions.sort((a, b) => a.start - b.start);
}

/** Tokens already folded as far as foldName takes each character: lower-case ASCII letters and digits. */
const PLAIN_TOKEN = /^[a-z0-9]*$/;

/**
 * foldName of the span's tokens joined, without its memo: question spans are new at each question (dozens per
 * question), and remembering them only pushed the article's own names out of the memo. For plain tokens the
 * character-by-character steps of the fold (accents, case, apostrophes, other characters) change nothing, so only
 * the steps across characters remain (foldPlain); any other span takes foldName itself.
 */
function foldSpan(span: readonly string[], plain: boolean): string {
  const joined = span.join('');
  return plain ? foldPlain(joined) : foldName(joined);
}

/** foldName's last two steps in one pass: "eo", "ou" and "oo" become "u" (left to right), then runs collapse. */
function foldPlain(text: string): string {
  let out = '';
  let last = '';
  for (let i = 0; i < text.length; i++) {
    let ch = text[i]!;
    const next = text[i + 1];
    if ((ch === 'e' && next === 'o') || (ch === 'o' && (next === 'u' || next === 'o'))) {
      ch = 'u';
      i++;
    }
    if (ch !== last) out += ch;
    last = ch;
  }
  return out;
}

const E = 'e'.charCodeAt(0);
const O = 'o'.charCodeAt(0);
const U = 'u'.charCodeAt(0);

/** The first two letters of foldPlain(tokens[from..to) joined) as one number (-1 if it folds shorter), without building it. */
function foldedHead(tokens: readonly string[], from: number, to: number): number {
  let first = -1;
  let last = -1;
  let pending = -1;
  for (let t = from; t < to; t++) {
    const token = tokens[t]!;
    for (let i = 0; i < token.length; i++) {
      const code = token.charCodeAt(i);
      let ch: number;
      if (pending >= 0) {
        // foldPlain's pair rule, across token boundaries too: "eo", "ou", "oo" become "u".
        const pair = (pending === E && code === O) || (pending === O && (code === U || code === O));
        ch = pair ? U : pending;
        pending = pair ? -1 : code;
      } else {
        pending = code;
        continue;
      }
      if (ch !== last) {
        if (first >= 0) return first * 65536 + ch;
        first = ch;
      }
      last = ch;
    }
  }
  if (pending >= 0 && pending !== last && first >= 0) return first * 65536 + pending;
  return -1;
}

function allKnown(
  tokens: readonly string[],
  from: number,
  to: number,
  isKnownWord: (token: string) => boolean,
): boolean {
  for (let i = from; i < to; i++) if (!isKnownWord(tokens[i]!)) return false;
  return true;
}

const headsByLexicon = new WeakMap<Lexicon, ReadonlySet<number>>();

/** The first two letters of every exact form of the lexicon (as foldedHead gives them), once per lexicon. */
function headsOf(lexicon: Lexicon): ReadonlySet<number> {
  let heads = headsByLexicon.get(lexicon);
  if (!heads) {
    heads = new Set(
      [...lexicon.exact.keys()]
        .filter((form) => form.length >= 2)
        .map((form) => form.charCodeAt(0) * 65536 + form.charCodeAt(1)),
    );
    headsByLexicon.set(lexicon, heads);
  }
  return heads;
}

function takenWithin(taken: readonly boolean[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (taken[i]) return true;
  return false;
}

const FUZZY_CACHE_LIMIT = 200;

function fuzzyLookup(folded: string, lexicon: Lexicon): Surface[] | undefined {
  if (lexicon.fuzzyCache.has(folded)) return lexicon.fuzzyCache.get(folded);
  const found = fuzzyScan(folded, lexicon);
  if (lexicon.fuzzyCache.size >= FUZZY_CACHE_LIMIT) lexicon.fuzzyCache.clear();
  lexicon.fuzzyCache.set(folded, found);
  return found;
}

/**
 * Typos allowed against a surface: a four-letter personal name still takes one when the first letter agrees
 * ("andou"), since names are where people misspell most; other short forms take none.
 */
function typosAgainst(query: string, surface: Surface): number {
  const allowed = allowedTypos(surface.folded.length);
  if (allowed > 0) return Math.min(allowed, allowedTypos(query.length));
  const shortName = surface.ref.kind === 'person' && surface.folded.length === 4 && query.length >= 4;
  return shortName && query[0] === surface.folded[0] ? 1 : 0;
}

function fuzzyScan(folded: string, lexicon: Lexicon): Surface[] | undefined {
  const max = Math.max(1, allowedTypos(folded.length));
  if (folded.length < 4) return undefined;
  let best: Surface[] = [];
  let bestDistance = max + 1;
  for (let length = folded.length - max; length <= folded.length + max; length++) {
    for (const surface of lexicon.fuzzyByLength.get(length) ?? []) {
      const limit = Math.min(max, typosAgainst(folded, surface));
      if (limit === 0) continue;
      const distance = editDistance(folded, surface.folded, limit);
      if (distance > limit) continue;
      if (distance < bestDistance) {
        bestDistance = distance;
        best = [surface];
      } else if (distance === bestDistance) {
        best.push(surface);
      }
    }
  }
  return best.length > 0 ? best : undefined;
}
