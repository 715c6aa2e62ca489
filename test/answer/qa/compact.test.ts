import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ListSet,
  ScoreTable,
  SortedPairSet,
  SortedWordSet,
  trimLists,
} from '../../../src/answer/qa/retrieve/compact.ts';
import { WeightBag } from '../../../src/answer/qa/retrieve/weight-bag.ts';

describe('compact index collections', () => {
  it('GIVEN words with repeats THEN the set holds each once and finds exactly those', () => {
    const set = new SortedWordSet(['talks', 'seoul', 'talks', 'ähnlich', 'a', '']);
    expect(set.size).toBe(5);
    for (const word of ['talks', 'seoul', 'ähnlich', 'a', '']) expect(set.has(word)).toBe(true);
    for (const word of ['talk', 'Seoul', 'b', 'zz']) expect(set.has(word)).toBe(false);
    expect([...set]).toStrictEqual(['', 'a', 'seoul', 'talks', 'ähnlich']);
    expect(new SortedWordSet([]).has('x')).toBe(false);
  });

  it('GIVEN scores THEN the table returns them exactly, as a Map of the same entries would', () => {
    const entries: Array<[string, number]> = [
      ['korea', Math.log(1 + 7.5 / 2.5)],
      ['japan', 0.1 + 0.2],
      ['talk', 0],
    ];
    const table = new ScoreTable(entries);
    const map = new Map(entries);
    expect(table.size).toBe(3);
    for (const key of ['korea', 'japan', 'talk', 'missing']) {
      expect(table.get(key)).toBe(map.get(key));
      expect(table.has(key)).toBe(map.has(key));
    }
    expect(new Map(table)).toStrictEqual(map);
  });

  it('GIVEN a few ids THEN the list set keeps their first order, drops repeats and shares one empty set', () => {
    const set = ListSet.of(['kr', 'jp', 'kr', 'us']);
    expect([...set]).toStrictEqual(['kr', 'jp', 'us']);
    expect(set.size).toBe(3);
    expect(set.has('jp')).toBe(true);
    expect(set.has('cn')).toBe(false);
    expect(ListSet.of([])).toBe(ListSet.EMPTY);
    expect([...ListSet.of(new Set<string>())]).toStrictEqual([]);
  });

  it('GIVEN word pairs THEN the pair set finds exactly the pairs given, in their order, as a set of joined pairs would', () => {
    const word = fc.constantFrom('old', 'bridge', 'new', 'fire', '2023', 'a', '', 'ähnlich');
    fc.assert(
      fc.property(fc.array(fc.tuple(word, word)), fc.array(fc.tuple(word, word)), (pairs, probes) => {
        const set = new SortedPairSet(pairs);
        const joined = new Set(pairs.map(([a, b]) => `${a} ${b}`));
        expect(set.size).toBe(joined.size);
        for (const [a, b] of [...pairs, ...probes]) expect(set.has(a, b)).toBe(joined.has(`${a} ${b}`));
      }),
    );
    const set = new SortedPairSet([['old', 'bridge']]);
    expect(set.has('old', 'bridge')).toBe(true);
    expect(set.has('bridge', 'old')).toBe(false);
  });

  it('GIVEN lists grown by push THEN trimming keeps every list and its order', () => {
    const map = new Map<string, number[]>([['a', []]]);
    map.get('a')!.push(1, 2);
    map.set('b', [3]);
    expect(trimLists(map)).toStrictEqual(
      new Map([
        ['a', [1, 2]],
        ['b', [3]],
      ]),
    );
  });

  it('GIVEN many bags, more weights than one slab holds THEN each bag returns its own weights, as a Map would', () => {
    const maps = Array.from(
      { length: 2_000 },
      (_, i) =>
        new Map(Array.from({ length: 1 + (i % 23) }, (_, j) => [`w${i}-${j}`, [1, 0.35, 0.8, 0.3][j % 4]!])),
    );
    const bags = maps.map((m) => new WeightBag(m));
    maps.forEach((map, i) => {
      expect(new Map(bags[i]!)).toStrictEqual(map);
      expect(bags[i]!.get(`w${i + 1}-0`)).toBeUndefined();
    });
    const huge = new Map(Array.from({ length: 20_000 }, (_, j) => [`h${j}`, j % 2 ? 1 : 0.5]));
    expect(new Map(new WeightBag(huge))).toStrictEqual(huge);
  });
});
