import { describe, expect, it } from 'vitest';
import { formatDate, formatDateWithWords, plainDate, timestampsToWords } from '../../src/render/dates.ts';

describe('dates at their own precision', () => {
  it('GIVEN a known day THEN a Discord day timestamp at noon UTC', () => {
    const date = { precision: 'day' as const, value: '2023-04-17', asWritten: 'on Monday' };
    expect(formatDate(date)).toBe(`<t:${Date.UTC(2023, 3, 17, 12) / 1000}:D>`);
    expect(formatDateWithWords(date)).toBe(`<t:${Date.UTC(2023, 3, 17, 12) / 1000}:D> (on Monday)`);
    expect(timestampsToWords(formatDate(date))).toBe('17 April 2023');
  });

  it('GIVEN a month, a year, a range and a duration THEN words, never a false day', () => {
    expect(formatDate({ precision: 'month', value: '2023-03', asWritten: 'in March' })).toBe('March 2023');
    expect(formatDateWithWords({ precision: 'month', value: '2023-03', asWritten: 'in March' })).toBe(
      'March 2023',
    );
    expect(formatDate({ precision: 'year', value: '2018', asWritten: 'in 2018' })).toBe('2018');
    expect(
      formatDateWithWords({ precision: 'range', value: '1910', end: '1945', asWritten: '1910-45' }),
    ).toBe('1910–1945');
    expect(formatDate({ precision: 'duration', duration: 'P20Y', asWritten: 'two decades' })).toBe(
      'two decades',
    );
    expect(plainDate({ precision: 'unknown', asWritten: 'recently' })).toBe('recently');
  });
});
