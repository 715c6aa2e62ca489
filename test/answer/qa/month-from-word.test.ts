import { describe, expect, it } from 'vitest';
import { monthFromWord } from '../../../src/answer/qa/lexicon/dates.ts';

describe('monthFromWord (a lookup table since it is asked of every question token)', () => {
  it('GIVEN a month name or its first three letters, lower-case THEN its number', () => {
    expect(monthFromWord('january')).toBe(1);
    expect(monthFromWord('mar')).toBe(3);
    expect(monthFromWord('may')).toBe(5);
    expect(monthFromWord('sep')).toBe(9);
    expect(monthFromWord('december')).toBe(12);
  });

  it('GIVEN another word, a longer abbreviation or capitals THEN no month', () => {
    for (const word of ['', 'ma', 'sept', 'marc', 'March', 'monday', 'junes'])
      expect(monthFromWord(word)).toBeUndefined();
  });
});
