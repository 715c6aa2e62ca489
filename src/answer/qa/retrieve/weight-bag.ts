/**
 * Bags' weights live in shared slabs: a Float32Array of its own costs a bag about 200 bytes beyond its weights (the
 * typed array, its buffer and the buffer's allocation), more than the weights of a typical bag of twenty stems.
 * A slab is freed once no bag placed in it is left.
 */
const SLAB_LENGTH = 16_384;
let slab = new Float32Array(SLAB_LENGTH);
let slabUsed = 0;

/** Copies the weights into the current slab (a new one when they do not fit): the slab and where they start. */
function placed(weights: readonly number[]): [Float32Array, number] {
  if (weights.length > SLAB_LENGTH) return [Float32Array.from(weights), 0];
  if (slabUsed + weights.length > SLAB_LENGTH) {
    slab = new Float32Array(SLAB_LENGTH);
    slabUsed = 0;
  }
  const at = slabUsed;
  slab.set(weights, at);
  slabUsed += weights.length;
  return [slab, at];
}

/**
 * A read-only stem -> weight map stored as a sorted array of stems (the strings shared through the intern pool)
 * and their weights in a shared slab, a tenth of a Map's size: a library of a thousand articles holds tens of
 * thousands of these.
 */
export class WeightBag implements ReadonlyMap<string, number> {
  private readonly stems: string[];
  private readonly weights: Float32Array;
  /** Where this bag's weights start in `weights`. */
  private readonly offset: number;

  constructor(entries: Map<string, number>) {
    const sorted = [...entries].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    this.stems = sorted.map(([s]) => s);
    [this.weights, this.offset] = placed(sorted.map(([, w]) => w));
  }

  private find(stem: string): number {
    let lo = 0;
    let hi = this.stems.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const here = this.stems[mid]!;
      if (here === stem) return mid;
      if (here < stem) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }

  get size(): number {
    return this.stems.length;
  }

  get(stem: string): number | undefined {
    const at = this.find(stem);
    // Float32 keeps 0.35 as 0.3499999940395355: round back to the two decimals weights are written with.
    return at < 0 ? undefined : Math.round(this.weights[this.offset + at]! * 1000) / 1000;
  }

  has(stem: string): boolean {
    return this.find(stem) >= 0;
  }

  *entries(): MapIterator<[string, number]> {
    for (let i = 0; i < this.stems.length; i++)
      yield [this.stems[i]!, Math.round(this.weights[this.offset + i]! * 1000) / 1000];
  }

  *keys(): MapIterator<string> {
    yield* this.stems;
  }

  *values(): MapIterator<number> {
    for (const [, w] of this.entries()) yield w;
  }

  [Symbol.iterator](): MapIterator<[string, number]> {
    return this.entries();
  }

  forEach(callback: (value: number, key: string, map: ReadonlyMap<string, number>) => void): void {
    for (const [s, w] of this.entries()) callback(w, s, this);
  }
}
