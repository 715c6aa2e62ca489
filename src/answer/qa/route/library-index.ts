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

export interface ArticleFields {
  names: string[];
  event: string[];
  keywords: string[];
  headline: string[];
  /** People's titles and roles, as the model writes them. */
  roles: string[];
  /** The article's own sentences: weak evidence, but what a question with no name in it can still meet. */
  body: string[];
}

type Field = keyof ArticleFields;
const FIELDS: readonly Field[] = ['names', 'event', 'keywords', 'headline', 'roles', 'body'];

/** Field weights: a name or the event's own name points at one story more surely than a word of its body. */
const WEIGHT: Record<Field, number> = {
  names: 3,
  event: 2.5,
  keywords: 1.2,
  headline: 1.5,
  roles: 1.2,
  body: 0.5,
};
/** Length normalisation per field (BM25's b): long bodies should not win by length alone. */
const LENGTH_B: Record<Field, number> = {
  names: 0.2,
  event: 0.2,
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
const FUZZY_MIN_LENGTH = 6;
const FUZZY_WEIGHT = 0.7;

/**
 * Words that are no evidence of which story a question is about: function words, and the question furniture
 * and very common verbs of the general lexicon ("took part", "happened", "details").
 */
const NOT_EVIDENCE: ReadonlySet<string> = new Set([...STOP_WORDS, ...EN.commonWords]);

const EXACT = '=';
const PHRASE = '+';

/** The terms of a text segment: stems (with hyphen parts), exact words, and adjacent pairs. */
function segmentTerms(text: string, out: (term: string) => void): void {
  let previous: string | undefined;
  for (const token of tokenize(text)) {
    if (NOT_EVIDENCE.has(token)) continue;
    const parts = token.includes('-') ? expandHyphens([token]) : [token];
    for (const part of parts) {
      if (NOT_EVIDENCE.has(part)) continue;
      const stemmed = stem(part);
      out(stemmed);
      if (stemmed !== part) out(EXACT + part);
    }
    const head = stem(token);
    if (previous !== undefined) out(`${PHRASE}${previous} ${head}`);
    previous = head;
  }
}

/** A question's terms, each once, in the same three kinds. */
export function queryTerms(text: string): string[] {
  const seen = new Set<string>();
  segmentTerms(text, (term) => seen.add(term));
  return [...seen];
}

/** What an article contributes to the index: per field, term counts and the field's length in terms. */
interface ArticleCounts {
  counts: Record<Field, Map<string, number>>;
  lengths: Record<Field, number>;
}

function countsOf(fields: ArticleFields): ArticleCounts {
  const counts = {} as Record<Field, Map<string, number>>;
  const lengths = {} as Record<Field, number>;
  for (const field of FIELDS) {
    const map = new Map<string, number>();
    let length = 0;
    for (const segment of fields[field]) {
      segmentTerms(segment, (term) => {
        map.set(term, (map.get(term) ?? 0) + 1);
        if (term[0] !== EXACT && term[0] !== PHRASE) length++;
      });
    }
    counts[field] = map;
    lengths[field] = length;
  }
  return { counts, lengths };
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
  /** The stems in a radix tree, for one-typo lookups of long words (a misspelt name). */
  private readonly vocabulary = new SearchableMap<true>();
  /** Scratch space for one question's scores (reused: answering is synchronous). */
  private readonly totals: Float64Array;
  private readonly touched: Uint32Array;

  constructor(
    readonly size: number,
    fieldsOf: (position: number) => ArticleFields,
  ) {
    this.totals = new Float64Array(size);
    this.touched = new Uint32Array(size);
    const all: ArticleCounts[] = [];
    const average = Object.fromEntries(FIELDS.map((f) => [f, 0])) as Record<Field, number>;
    for (let i = 0; i < size; i++) {
      const counts = countsOf(fieldsOf(i));
      all.push(counts);
      for (const f of FIELDS) average[f] += counts.lengths[f] / size;
    }
    // term -> [position, weight, position, weight, ...] while building; typed arrays once complete.
    const building = new Map<string, number[]>();
    for (let i = 0; i < size; i++) {
      const { counts, lengths } = all[i]!;
      const combined = new Map<string, number>();
      for (const f of FIELDS) {
        const norm = 1 - LENGTH_B[f] + LENGTH_B[f] * (average[f] > 0 ? lengths[f] / average[f] : 1);
        for (const [term, tf] of counts[f])
          combined.set(term, (combined.get(term) ?? 0) + (WEIGHT[f] * tf) / norm);
      }
      for (const [term, tf] of combined) {
        let list = building.get(term);
        if (!list) building.set(term, (list = []));
        list.push(i, tf / (K1 + tf));
      }
    }
    const maxIdf = idfOf(size, 1);
    let entries = 0;
    for (const list of building.values()) entries += list.length / 2;
    this.start = new Uint32Array(building.size + 1);
    this.idf = new Float32Array(building.size);
    this.postingArticles = new Uint32Array(entries);
    this.postingWeights = new Float32Array(entries);
    let t = 0;
    let at = 0;
    for (const [term, list] of building) {
      const n = list.length / 2;
      this.termNumber.set(term, t);
      this.start[t] = at;
      this.idf[t] = maxIdf > 0 ? idfOf(size, n) / maxIdf : 1;
      for (let j = 0; j < n; j++, at++) {
        this.postingArticles[at] = list[2 * j]!;
        this.postingWeights[at] = list[2 * j + 1]!;
      }
      if (term[0] !== EXACT && term[0] !== PHRASE) this.vocabulary.set(term, true);
      t++;
    }
    this.start[t] = at;
  }

  /** Article positions with their scores, best first (ties: the lower position, i.e. the newer, first). */
  scores(text: string): Array<{ position: number; score: number }> {
    const count = this.accumulate(text);
    const out: Array<{ position: number; score: number }> = new Array(count);
    for (let j = 0; j < count; j++) {
      const position = this.touched[j]!;
      out[j] = { position, score: this.totals[position]! };
      this.totals[position] = 0;
    }
    return out.sort((a, b) => b.score - a.score || a.position - b.position);
  }

  /** The best few articles for a text (best first) and the score of one more (the conversation's), without sorting them all. */
  top(text: string, own?: number, count = 3): TopScores {
    const touchedCount = this.accumulate(text);
    const { totals, touched } = this;
    const best: Scored[] = [];
    const ownScore = own === undefined ? 0 : totals[own]!;
    for (let j = 0; j < touchedCount; j++) {
      const position = touched[j]!;
      const score = totals[position]!;
      totals[position] = 0;
      if (best.length === count && !beats(score, position, best[count - 1]!)) continue;
      let at = best.length === count ? count - 1 : best.length;
      while (at > 0 && beats(score, position, best[at - 1]!)) {
        best[at] = best[at - 1]!;
        at--;
      }
      best[at] = { position, score };
    }
    return { ranked: best, best: best[0], second: best[1], own: ownScore };
  }

  /** Adds every query term's postings into the scratch totals; returns how many articles were touched. */
  private accumulate(text: string): number {
    const { totals, touched } = this;
    let count = 0;
    const { start, idf, postingArticles, postingWeights } = this;
    const add = (term: number, weight: number): void => {
      const w = weight * idf[term]!;
      const end = start[term + 1]!;
      for (let j = start[term]!; j < end; j++) {
        const position = postingArticles[j]!;
        if (totals[position] === 0) touched[count++] = position;
        totals[position] = totals[position]! + w * postingWeights[j]!;
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
        for (const [near] of this.vocabulary.fuzzyGet(term, 1)) {
          const number = this.termNumber.get(near);
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
  /** The score of the article asked about (0 when none, or when it holds none of the terms). */
  own: number;
}

/** BM25's idf: a term every article holds still counts a little, one only one article holds counts most. */
function idfOf(total: number, holding: number): number {
  return Math.log(1 + (total - holding + 0.5) / (holding + 0.5));
}
