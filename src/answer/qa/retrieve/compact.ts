/**
 * Read-only collections for the per-article indexes, stored as sorted arrays (looked up by binary search) rather
 * than as hash tables: a library of a thousand articles holds hundreds of thousands of entries, and a Set or a Map
 * costs several times the one pointer (and number) per entry these keep. Strings come from the intern pool, so
 * the arrays hold shared references. Iteration is in sorted (UTF-16) order, not insertion order: use these only
 * where nothing depends on the order.
 */

function sortedUnique(words: Iterable<string>): string[] {
  return [...new Set(words)].sort();
}

function find(sorted: readonly string[], word: string): number {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const here = sorted[mid]!;
    if (here === word) return mid;
    if (here < word) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** A read-only set of strings in one sorted array. */
export class SortedWordSet implements ReadonlySet<string> {
  private readonly sorted: string[];

  constructor(words: Iterable<string>) {
    this.sorted = sortedUnique(words);
  }

  get size(): number {
    return this.sorted.length;
  }

  has(word: string): boolean {
    return find(this.sorted, word) >= 0;
  }

  *entries(): SetIterator<[string, string]> {
    for (const word of this.sorted) yield [word, word];
  }

  keys(): SetIterator<string> {
    return this.sorted.values();
  }

  values(): SetIterator<string> {
    return this.keys();
  }

  [Symbol.iterator](): SetIterator<string> {
    return this.keys();
  }

  forEach(callback: (value: string, key: string, set: ReadonlySet<string>) => void): void {
    for (const word of this.sorted) callback(word, word, this);
  }
}

/** A read-only string -> number map in a sorted array and a Float64Array (exact: the numbers are kept as given). */
export class ScoreTable implements ReadonlyMap<string, number> {
  private readonly keysSorted: string[];
  private readonly scores: Float64Array;

  constructor(entries: Iterable<readonly [string, number]>) {
    const byKey = new Map(entries);
    this.keysSorted = [...byKey.keys()].sort();
    this.scores = Float64Array.from(this.keysSorted, (key) => byKey.get(key)!);
  }

  get size(): number {
    return this.keysSorted.length;
  }

  get(key: string): number | undefined {
    const at = find(this.keysSorted, key);
    return at < 0 ? undefined : this.scores[at];
  }

  has(key: string): boolean {
    return find(this.keysSorted, key) >= 0;
  }

  *entries(): MapIterator<[string, number]> {
    for (let i = 0; i < this.keysSorted.length; i++) yield [this.keysSorted[i]!, this.scores[i]!];
  }

  *keys(): MapIterator<string> {
    yield* this.keysSorted;
  }

  *values(): MapIterator<number> {
    yield* this.scores;
  }

  [Symbol.iterator](): MapIterator<[string, number]> {
    return this.entries();
  }

  forEach(callback: (value: number, key: string, map: ReadonlyMap<string, number>) => void): void {
    for (let i = 0; i < this.keysSorted.length; i++) callback(this.scores[i]!, this.keysSorted[i]!, this);
  }
}

/**
 * A read-only set of a few strings in insertion order (an empty Set alone costs about 160 bytes; most facts
 * involve no entity or one). Looked up by a linear scan: meant for sets of a handful of entries.
 */
export class ListSet implements ReadonlySet<string> {
  static readonly EMPTY = new ListSet([]);

  private readonly items: string[];

  private constructor(items: Iterable<string>) {
    this.items = [...new Set(items)];
  }

  /** The set of these strings (the shared empty set when there are none). */
  static of(items: Iterable<string>): ListSet {
    const set = new ListSet(items);
    return set.items.length === 0 ? ListSet.EMPTY : set;
  }

  get size(): number {
    return this.items.length;
  }

  has(item: string): boolean {
    return this.items.includes(item);
  }

  *entries(): SetIterator<[string, string]> {
    for (const item of this.items) yield [item, item];
  }

  keys(): SetIterator<string> {
    return this.items.values();
  }

  values(): SetIterator<string> {
    return this.keys();
  }

  [Symbol.iterator](): SetIterator<string> {
    return this.keys();
  }

  forEach(callback: (value: string, key: string, set: ReadonlySet<string>) => void): void {
    for (const item of this.items) callback(item, item, this);
  }
}

/**
 * A read-only set of ordered pairs of strings ("old" then "bridge"): the strings once each in one sorted array,
 * each pair one number (first's position * count + second's) in a sorted Float64Array. Where a Set of joined
 * "old bridge" strings holds a new string and a hash entry for each pair, this holds a reference per distinct
 * string and 8 bytes per pair.
 */
export class SortedPairSet {
  private readonly words: string[];
  private readonly codes: Float64Array;

  constructor(pairs: Iterable<readonly [string, string]>) {
    const list = [...pairs];
    this.words = sortedUnique(list.flat());
    const count = this.words.length;
    const position = new Map(this.words.map((w, i) => [w, i]));
    const codes = [...new Set(list.map(([a, b]) => position.get(a)! * count + position.get(b)!))];
    this.codes = Float64Array.from(codes).sort();
  }

  get size(): number {
    return this.codes.length;
  }

  has(first: string, second: string): boolean {
    const a = find(this.words, first);
    if (a < 0) return false;
    const b = find(this.words, second);
    if (b < 0) return false;
    const code = a * this.words.length + b;
    let lo = 0;
    let hi = this.codes.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const here = this.codes[mid]!;
      if (here === code) return true;
      if (here < code) lo = mid + 1;
      else hi = mid - 1;
    }
    return false;
  }
}

/**
 * The lists of a map built by push, each copied to its own length, in place. V8 grows an empty array's storage to
 * 17 slots at its first push (136 bytes for one entry), and most lists of an index keep one or two entries: across
 * a library of a thousand articles that slack was tens of megabytes.
 */
export function trimLists<K, V>(map: Map<K, V[]>): Map<K, V[]> {
  for (const [key, list] of map) map.set(key, list.slice());
  return map;
}
