import { describe, expect, it } from 'vitest';
import { findDates } from '../../src/ingest/nlp/dates.ts';

/** Made-up sentences: two dates joined as the ends of one span, and a modal that places a date ahead. */
const dates = (text: string, tense: 'past' | 'future' = 'past') =>
  findDates(text, 0, '2025-08-29', tense).map((d) => d.value);

describe('GIVEN two dates that bound one span', () => {
  it('THEN "between June 2023 and August 2024" is one range, as written', () => {
    expect(dates('The recall covers boats built between June 2023 and August 2024 at the yard.')).toEqual([
      {
        precision: 'range',
        value: '2023-06',
        end: '2024-08',
        asWritten: 'between June 2023 and August 2024',
      },
    ]);
  });

  it('THEN "from 1702 to 1705" is one range of years, and two dates not so joined stay apart', () => {
    expect(dates('The hull was built from 1702 to 1705, the museum said.')).toMatchObject([
      { precision: 'range', value: '1702', end: '1705' },
    ]);
    expect(dates('The mill opened in 1702 and closed in 1705.').map((d) => d.precision)).toEqual([
      'year',
      'year',
    ]);
  });
});

describe('GIVEN a date without its year after "could"', () => {
  it('THEN it is the next such date, not the last one', () => {
    expect(
      dates('The coach said the striker could make his debut on Sept. 14, after the break.'),
    ).toMatchObject([{ precision: 'day', value: '2025-09-14' }]);
  });
});
