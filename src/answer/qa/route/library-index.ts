import SearchableMap from 'minisearch/SearchableMap';
import { EN } from '../lexicon/en/index.ts';
import { expandHyphens, STOP_WORDS, stem, tokenize } from '../lexicon/text.ts';

/**
 * The library's inverted index for routing: term -> the articles holding it, each with a BM25F weight over the
 * article's fields (its people's and organizations' names, places, the event's names and nouns, fact keywords,
 * the headline, the body). Built once per library version; a question then touches only the postings of its
 * own terms, never every article. Everything indexed comes from the article models; no story word lives here.
 *
 * Three kinds of term: a stem ("decid"), the exact word when it differs from its stem ("decision": so a story
 * that only says "deciding" meets a question about a "decision" less well than the story that says it), and a
 * pair of adjacent content words: a phrase one story uses.
 */

/**
 * One person, organization, place or country of an article: the ways it is written, and how prominent it is in
 * the story (`weight`: how often it is mentioned, whether in the headline, whether it took part in the main
 * event). Each word of its names counts once for it, by that weight, however many aliases repeat the word.
 */
export interface NameEntry {
  forms: string[];
  weight: number;
}

export interface ArticleFields {
  names: NameEntry[];
  /** The story's main event (the first: what the headline reports). */
  event: string[];
  /** Its other events: parts of the story, weaker evidence than the main one. */
  sideEvents: string[];
  keywords: string[];
  headline: string[];
  /** People's titles and roles, as the model writes them. */
  roles: string[];
  /** The article's own sentences: weak evidence, but what a question with no name in it can still meet. */
  body: string[];
}

type Field = keyof ArticleFields;
const FIELDS: readonly Field[] = ['names', 'event', 'sideEvents', 'keywords', 'headline', 'roles', 'body'];

/** Field weights: a name or the event's own name points at one story more surely than a word of its body. */
const WEIGHT: Record<Field, number> = {
  names: 3,
  event: 2.5,
  sideEvents: 0.8,
  keywords: 1.2,
  headline: 1.5,
  roles: 1.2,
  body: 0.5,
};
/** Length normalisation per field (BM25's b): long bodies should not win by length alone. */
const LENGTH_B: Record<Field, number> = {
  names: 0.2,
  event: 0.2,
  sideEvents: 0.3,
  keywords: 0.3,
  headline: 0.3,
  roles: 0.3,
  body: 0.75,
};
/** BM25's k1: how fast repeated mentions saturate. */
const K1 = 1.2;
/**
 * A question word whose stem differs from it counts STEM_SHARE through its stem and the rest through the exact
 * word, so only the story with the very word gets it in full; a phrase adds PHRASE_WEIGHT on top.
 */
const STEM_SHARE = 0.6;
const PHRASE_WEIGHT = 0.7;
const FUZZY_MIN_LENGTH = 5;
const FUZZY_ANY_EDIT_LENGTH = 7;
const FUZZY_WEIGHT = 0.7;

/**
 * Words that are no evidence of which story a question is about: function words, the question furniture and
 * very common verbs of the general lexicon ("made", "get", "part"; not the framing words "happened", "took",
 * "details", which stay evidence: skipping them was measured as a wash, a routed answer or two gained on the
 * seed and a routed turn lost), and the words for an article's
 * own parts that every story has ("photo", "wrote", "headline").
 */
const NOT_EVIDENCE: ReadonlySet<string> = new Set([...STOP_WORDS, ...EN.commonWords, ...EN.articleFurniture]);
/** In a question about the photo ("who is on the left in the picture?"), where people stand is no evidence either. */
const PHOTO_WORDS: ReadonlySet<string> = new Set(EN.photoPositions.photoWords);
const NOT_EVIDENCE_ABOUT_PHOTO: ReadonlySet<string> = new Set([
  ...NOT_EVIDENCE,
  ...EN.photoPositions.positions,
]);

const NAME_TERM = 1;
const EVENT_TERM = 2;

const NUMBER = /^\d/;
const EXACT = '=';
const PHRASE = '+';

/** The terms of a text segment: stems (with hyphen parts), exact words, and adjacent pairs. */
function segmentTerms(text: string, out: (term: string) => void): void {
  tokenTerms(tokenize(wholeNumbers(text)), out, NOT_EVIDENCE);
}

function tokenTerms(
  tokens: readonly string[],
  out: (term: string) => void,
  notEvidence: ReadonlySet<string>,
): void {
  let previous: string | undefined;
  for (const token of tokens) {
    if (notEvidence.has(token)) continue;
    const parts = token.includes('-') ? expandHyphens([token]) : [token];
    for (const part of parts) {
      if (notEvidence.has(part)) continue;
      const stemmed = stem(part);
      out(stemmed);
      if (stemmed !== part) out(EXACT + part);
    }
    const head = stem(token);
    // A number and what it counts is a phrase ("47 ships"); a word and the number after it is not ("more 200").
    if (previous !== undefined && !NUMBER.test(head)) out(`${PHRASE}${previous} ${head}`);
    previous = head;
  }
}

/**
 * A number is one term: "6,800" is 6800 and "5.5" stays one token ("5p5"), so that a question quoting a figure
 * ("the union wants 5.5%?") meets the story that has it, not every story with a 5 in it.
 */
function wholeNumbers(text: string): string {
  return text.replace(/(\d),(?=\d{3}\b)/g, '$1').replace(/(\d)\.(?=\d)/g, '$1p');
}

/** A question's terms, each once, in the same three kinds. */
export function queryTerms(text: string): string[] {
  const seen = new Set<string>();
  const tokens = lightVerbsDropped(tokenize(wholeNumbers(text)));
  const aboutPhoto = tokens.some((t) => PHOTO_WORDS.has(t));
  tokenTerms(tokens, (term) => seen.add(term), aboutPhoto ? NOT_EVIDENCE_ABOUT_PHOTO : NOT_EVIDENCE);
  return [...seen];
}

const FRAMING: ReadonlySet<string> = new Set(EN.framingWords);
const COMMON: ReadonlySet<string> = new Set(EN.commonWords);

/**
 * A framing verb whose object is a common word is an idiom of the question's frame ("took part", "take part"), not
 * a word of any story: dropped, so a story that "took office" is not drawn to "who took part in ...".
 */
function lightVerbsDropped(tokens: string[]): string[] {
  return tokens.filter((token, i) => !(FRAMING.has(token) && COMMON.has(tokens[i + 1] ?? '')));
}

/** What an article contributes to the index: per field, term counts and the field's length in terms. */
interface ArticleCounts {
  counts: Record<Field, Map<string, number>>;
  lengths: Record<Field, number>;
}

function countsOf(fields: ArticleFields, plain: ReadonlySet<string>): ArticleCounts {
  const counts = {} as Record<Field, Map<string, number>>;
  const lengths = {} as Record<Field, number>;
  for (const field of FIELDS) {
    const map = new Map<string, number>();
    let length = 0;
    if (field === 'names') {
      // A name's words once per entity, weighed by its prominence: not once per alias that repeats them.
      for (const entry of fields.names) {
        const terms = new Set<string>();
        for (const form of entry.forms) segmentTerms(form, (term) => terms.add(term));
        for (const term of terms) {
          map.set(term, (map.get(term) ?? 0) + entry.weight);
          if (term[0] !== EXACT && term[0] !== PHRASE) length++;
        }
      }
      counts.names = map;
      lengths.names = length;
      continue;
    }
    for (const segment of fields[field] as string[]) {
      segmentTerms(segment, (term) => {
        map.set(term, (map.get(term) ?? 0) + 1);
        if (term[0] !== EXACT && term[0] !== PHRASE) length++;
      });
    }
    counts[field] = map;
    lengths[field] = length;
  }
  // A word of a name that the library also writes as a plain word ("Defense" in "Ministry of National Defense",
  // "Judge" in an alias "Judge <surname>") is no name: it counts as a keyword of the story. The name's own words
  // (the surname) and its pairs ("+defens ministri") stay names.
  for (const [term, tf] of counts.names) {
    if (term[0] === PHRASE || !plain.has(term[0] === EXACT ? stem(term.slice(1)) : term)) continue;
    counts.names.delete(term);
    counts.keywords.set(term, (counts.keywords.get(term) ?? 0) + tf);
    if (term[0] !== EXACT) {
      lengths.names -= tf;
      lengths.keywords += tf;
    }
  }
  return { counts, lengths };
}

/**
 * A name word that many stories hold (a country four stories mention or more) is evidence by its rarity alone:
 * each holds it as one plain mention, so that which of them mentions it most ("What is the capital of France?": the
 * story of a French club) does not pick one of them; a name only a few stories hold keeps its prominence (the story
 * a person called Seo is about, over the one that mentions another Seo once). On the tuning corpus, levelling every
 * shared name instead asked back about bare surnames two stories' people share (seed routed 71.2% against 72.3%);
 * levelling none let a widely shared country pick a story (seed confident wrong 9 against 8).
 */
const WIDELY_SHARED = 4;

function widelySharedNamesLevelled(all: readonly ArticleCounts[]): void {
  const holders = new Map<string, number>();
  for (const { counts } of all)
    for (const term of counts.names.keys()) holders.set(term, (holders.get(term) ?? 0) + 1);
  for (const { counts } of all)
    for (const term of counts.names.keys())
      if (holders.get(term)! >= WIDELY_SHARED) counts.names.set(term, 1);
}

/** A word written lower-case where it does not start a sentence or a name: the stems the texts use as plain words. */
const PLAIN_WORD = /(?<![\p{L}\p{N}'’-])\p{Ll}[\p{L}\p{N}'’-]*/gu;

/** The stems the library's texts (its articles' sentences) write as plain, lower-case words. */
function plainStems(texts: Iterable<string>): Set<string> {
  const out = new Set<string>();
  for (const text of texts)
    for (const match of text.matchAll(PLAIN_WORD))
      for (const token of tokenize(match[0])) out.add(stem(token));
  return out;
}

export class LibraryIndex {
  /**
   * Term -> its number. Term t's postings are entries start[t] .. start[t + 1] of the two flat arrays (article
   * positions in library order, and their weights): a few large typed arrays rather than one pair per term.
   */
  private readonly termNumber = new Map<string, number>();
  private readonly start: Uint32Array;
  /** Per term: its idf over the library, divided by the largest idf possible (a term only one article has). */
  private readonly idf: Float32Array;
  private readonly postingArticles: Uint32Array;
  private readonly postingWeights: Float32Array;
  /** Per posting: NAME_TERM when its term is one of its article's names, EVENT_TERM when one of its event's words. */
  private readonly postingStory: Uint8Array;
  /**
   * The stems of names and event words in a radix tree, for one-typo lookups (a misspelt name, a drug's name).
   * Only those: a plain word one letter off another ("racket", "rocket") is a different word, not a typo.
   */
  private readonly vocabulary = new SearchableMap<true>();
  /** Scratch space for one question's scores (reused: answering is synchronous). */
  private readonly totals: Float64Array;
  /** The parts of each total that came from story terms (names and event words), and from names alone. */
  private readonly storyTotals: Float64Array;
  private readonly nameTotals: Float64Array;
  /** The parts from terms no other article holds. */
  private readonly ownTotals: Float64Array;
  private readonly touched: Uint32Array;

  constructor(
    readonly size: number,
    fieldsOf: (position: number) => ArticleFields,
  ) {
    this.totals = new Float64Array(size);
    this.storyTotals = new Float64Array(size);
    this.nameTotals = new Float64Array(size);
    this.ownTotals = new Float64Array(size);
    this.touched = new Uint32Array(size);
    const all: ArticleCounts[] = [];
    const average = Object.fromEntries(FIELDS.map((f) => [f, 0])) as Record<Field, number>;
    const fields = Array.from({ length: size }, (_, i) => fieldsOf(i));
    const plain = plainStems(fields.flatMap((f) => f.body));
    for (let i = 0; i < size; i++) {
      const counts = countsOf(fields[i]!, plain);
      all.push(counts);
      for (const f of FIELDS) average[f] += counts.lengths[f] / size;
    }
    widelySharedNamesLevelled(all);
    // term -> [position, weight, story, position, weight, story, ...] while building; typed arrays once complete.
    const building = new Map<string, number[]>();
    const storyTerms = new Set<string>();
    for (let i = 0; i < size; i++) {
      const { counts, lengths } = all[i]!;
      for (const term of counts.names.keys()) storyTerms.add(term);
      for (const term of counts.event.keys()) storyTerms.add(term);
      for (const term of counts.sideEvents.keys()) storyTerms.add(term);
      const combined = new Map<string, number>();
      for (const f of FIELDS) {
        const norm = 1 - LENGTH_B[f] + LENGTH_B[f] * (average[f] > 0 ? lengths[f] / average[f] : 1);
        for (const [term, tf] of counts[f])
          combined.set(term, (combined.get(term) ?? 0) + (WEIGHT[f] * tf) / norm);
      }
      for (const [term, tf] of combined) {
        let list = building.get(term);
        if (!list) building.set(term, (list = []));
        const story =
          (counts.names.has(term) ? NAME_TERM : 0) |
          (counts.event.has(term) || counts.sideEvents.has(term) ? EVENT_TERM : 0);
        list.push(i, tf / (K1 + tf), story);
      }
    }
    const maxIdf = idfOf(size, 1);
    let entries = 0;
    for (const list of building.values()) entries += list.length / 3;
    this.start = new Uint32Array(building.size + 1);
    this.idf = new Float32Array(building.size);
    this.postingArticles = new Uint32Array(entries);
    this.postingWeights = new Float32Array(entries);
    this.postingStory = new Uint8Array(entries);
    let t = 0;
    let at = 0;
    for (const [term, list] of building) {
      const n = list.length / 3;
      this.termNumber.set(term, t);
      this.start[t] = at;
      this.idf[t] = maxIdf > 0 ? idfOf(size, n) / maxIdf : 1;
      for (let j = 0; j < n; j++, at++) {
        this.postingArticles[at] = list[3 * j]!;
        this.postingWeights[at] = list[3 * j + 1]!;
        this.postingStory[at] = list[3 * j + 2]!;
      }
      if (term[0] !== EXACT && term[0] !== PHRASE && storyTerms.has(term)) this.vocabulary.set(term, true);
      t++;
    }
    this.start[t] = at;
  }

  /** Article positions with their scores, best first (ties: the lower position, i.e. the newer, first). */
  scores(text: string): Scored[] {
    const count = this.accumulate(text);
    const out: Scored[] = new Array(count);
    for (let j = 0; j < count; j++) {
      const position = this.touched[j]!;
      out[j] = {
        position,
        score: this.totals[position]!,
        story: this.storyTotals[position]!,
        name: this.nameTotals[position]!,
        own: this.ownTotals[position]!,
      };
      this.totals[position] = 0;
      this.storyTotals[position] = 0;
      this.nameTotals[position] = 0;
      this.ownTotals[position] = 0;
    }
    return out.sort((a, b) => b.score - a.score || a.position - b.position);
  }

  /** The best few articles for a text (best first) and the score of one more (the conversation's), without sorting them all. */
  top(text: string, own?: number, count = 3): TopScores {
    const touchedCount = this.accumulate(text);
    const { totals, storyTotals, nameTotals, ownTotals, touched } = this;
    const best: Scored[] = [];
    const ownScored: Scored = {
      position: own ?? -1,
      score: own === undefined ? 0 : totals[own]!,
      story: own === undefined ? 0 : storyTotals[own]!,
      name: own === undefined ? 0 : nameTotals[own]!,
      own: own === undefined ? 0 : ownTotals[own]!,
    };
    for (let j = 0; j < touchedCount; j++) {
      const position = touched[j]!;
      const score = totals[position]!;
      const story = storyTotals[position]!;
      const name = nameTotals[position]!;
      const ownPart = ownTotals[position]!;
      totals[position] = 0;
      storyTotals[position] = 0;
      nameTotals[position] = 0;
      ownTotals[position] = 0;
      if (best.length === count && !beats(score, position, best[count - 1]!)) continue;
      let at = best.length === count ? count - 1 : best.length;
      while (at > 0 && beats(score, position, best[at - 1]!)) {
        best[at] = best[at - 1]!;
        at--;
      }
      best[at] = { position, score, story, name, own: ownPart };
    }
    return { ranked: best, best: best[0], second: best[1], own: ownScored };
  }

  /** Adds every query term's postings into the scratch totals; returns how many articles were touched. */
  private accumulate(text: string): number {
    const { totals, storyTotals, nameTotals, ownTotals, touched } = this;
    let count = 0;
    const { start, idf, postingArticles, postingWeights, postingStory } = this;
    const add = (term: number, weight: number): void => {
      const w = weight * idf[term]!;
      const end = start[term + 1]!;
      for (let j = start[term]!; j < end; j++) {
        const position = postingArticles[j]!;
        if (totals[position] === 0) touched[count++] = position;
        const part = w * postingWeights[j]!;
        totals[position] = totals[position]! + part;
        const kind = postingStory[j]!;
        if (kind !== 0) storyTotals[position] = storyTotals[position]! + part;
        if ((kind & NAME_TERM) !== 0) nameTotals[position] = nameTotals[position]! + part;
        if (end - start[term]! === 1) ownTotals[position] = ownTotals[position]! + part;
      }
    };
    const terms = queryTerms(text);
    // The stems that came with an exact word of their own in this question ("decision" -> "decid").
    const hasExact = new Set<string>();
    for (const term of terms) if (term[0] === EXACT) hasExact.add(stem(term.slice(1)));
    for (const term of terms) {
      const exact = this.termNumber.get(term);
      const kind = term[0];
      if (kind === EXACT) {
        if (exact !== undefined) add(exact, 1 - STEM_SHARE);
        continue;
      }
      if (kind === PHRASE) {
        if (exact !== undefined) add(exact, PHRASE_WEIGHT);
        continue;
      }
      const share = hasExact.has(term) ? STEM_SHARE : 1;
      if (exact !== undefined) add(exact, share);
      else if (term.length >= FUZZY_MIN_LENGTH) {
        // One typo: a swapped pair ("soeul") at any length, any one edit only for long words (a short word
        // one letter off a name is as likely another word: "lunch", "launch").
        const near = new Set<string>(swapsOf(term).filter((w) => this.vocabulary.has(w)));
        if (term.length >= FUZZY_ANY_EDIT_LENGTH)
          for (const [w] of this.vocabulary.fuzzyGet(term, 1)) near.add(w);
        for (const w of near) {
          const number = this.termNumber.get(w);
          if (number !== undefined) add(number, share * FUZZY_WEIGHT);
        }
      }
    }
    return count;
  }
}

export interface Scored {
  position: number;
  score: number;
  /** The part of the score from the article's story terms: its names (people, organizations, places, countries) and event words. */
  story: number;
  /** The part from its names alone. */
  name: number;
  /** The part from terms no other article holds. */
  own: number;
}

/** The word with one pair of adjacent letters swapped, every way. */
function swapsOf(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i + 1 < word.length; i++)
    if (word[i] !== word[i + 1]) out.push(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2));
  return out;
}

/** Higher score first; on a tie, the lower position (the newer article). */
function beats(score: number, position: number, other: Scored): boolean {
  return score > other.score || (score === other.score && position < other.position);
}

export interface TopScores {
  /** The best few, best first. */
  ranked: Scored[];
  best: Scored | undefined;
  second: Scored | undefined;
  /** The article asked about (all zero when none, or when it holds none of the terms). */
  own: Scored;
}

/** BM25's idf: a term every article holds still counts a little, one only one article holds counts most. */
function idfOf(total: number, holding: number): number {
  return Math.log(1 + (total - holding + 0.5) / (holding + 0.5));
}
