/**
 * A read-only stem -> weight map stored as two sorted arrays (the strings shared through the intern pool), a
 * tenth of a Map's size: a library of a thousand articles holds tens of thousands of these.
 */
export class WeightBag implements ReadonlyMap<string, number> {
  private readonly stems: string[];
  private readonly weights: Float32Array;

  constructor(entries: Map<string, number>) {
    const sorted = [...entries].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    this.stems = sorted.map(([s]) => s);
    this.weights = Float32Array.from(sorted.map(([, w]) => w));
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
    return at < 0 ? undefined : Math.round(this.weights[at]! * 1000) / 1000;
  }

  has(stem: string): boolean {
    return this.find(stem) >= 0;
  }

  *entries(): MapIterator<[string, number]> {
    for (let i = 0; i < this.stems.length; i++)
      yield [this.stems[i]!, Math.round(this.weights[i]! * 1000) / 1000];
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
