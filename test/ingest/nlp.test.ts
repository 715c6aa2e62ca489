import { describe, expect, it } from 'vitest';
import { analyzed } from './helpers.ts';

describe('sentences, tokens and offsets', () => {
  it('GIVEN paragraphs THEN sentence ids follow paragraph and index and every offset is exact', () => {
    const text =
      'Headline here\n\nSEOUL, April 17 (Yonhap) -- The talks opened on Monday. Officials met for “two hours.”\n\nThey agreed to meet again.';
    const { doc } = analyzed(text);
    expect(doc.sentences.map((s) => [s.id, s.kind])).toEqual([
      ['p0s0', 'headline'],
      ['p1s0', 'dateline'],
      ['p1s1', 'body'],
      ['p1s2', 'body'],
      ['p2s0', 'body'],
    ]);
    for (const s of doc.sentences) {
      expect(text.slice(s.start, s.end)).toBe(s.text);
      for (const t of s.tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    }
    expect(doc.sentences[3]!.text).toBe('Officials met for “two hours.”');
  });

  it('GIVEN money, percentages and ordinals THEN wink finds them with their offsets', () => {
    const { doc } = analyzed('The company earned $2.84 billion, up 18%, in its third quarter.');
    const kinds = doc.sentences[0]!.numbers.map((n) => [n.kind, n.text]);
    expect(kinds).toEqual(
      expect.arrayContaining([
        ['MONEY', '$2.84 billion'],
        ['PERCENT', '18%'],
        ['ORDINAL', 'third'],
      ]),
    );
  });
});

describe('dates resolved against the dateline', () => {
  const dated = (sentence: string, published = '2023-04-17') =>
    analyzed(
      `SEOUL, April 17 (Yonhap) -- ${sentence}\n\nA second paragraph.`,
      published,
    ).doc.sentences[1]!.dates.map((d) => ({ text: d.text, ...d.value, derivation: undefined }));

  it('GIVEN "on Monday" in the past tense THEN the Monday of the dateline, day precision, the words kept', () => {
    expect(dated('The ministers met on Monday.')).toEqual([
      { text: 'Monday', precision: 'day', value: '2023-04-17', asWritten: 'Monday', derivation: undefined },
    ]);
  });

  it('GIVEN a past weekday after the dateline day THEN the one before it, not the next', () => {
    expect(dated('The ministers met on Thursday.')[0]!.value).toBe('2023-04-13');
  });

  it('GIVEN "in March" THEN month precision in the dateline year', () => {
    expect(dated('The leaders agreed in March to mend ties.')[0]).toMatchObject({
      precision: 'month',
      value: '2023-03',
      asWritten: 'March',
    });
  });

  it('GIVEN a month in the future tense that is before the dateline month THEN the next year', () => {
    expect(dated('The plant will open in January.')[0]).toMatchObject({
      precision: 'month',
      value: '2024-01',
    });
  });

  it('GIVEN a year range, a bare year and durations THEN each keeps its precision', () => {
    expect(
      dated('The colonization of 1910-45 ended; talks began in 1998 and ran for two decades over 31 months.'),
    ).toEqual([
      {
        text: '1910-45',
        precision: 'range',
        value: '1910',
        end: '1945',
        asWritten: '1910-45',
        derivation: undefined,
      },
      { text: '1998', precision: 'year', value: '1998', asWritten: '1998', derivation: undefined },
      {
        text: 'two decades',
        precision: 'duration',
        duration: 'P20Y',
        asWritten: 'two decades',
        derivation: undefined,
      },
      {
        text: '31 months',
        precision: 'duration',
        duration: 'P31M',
        asWritten: '31 months',
        derivation: undefined,
      },
    ]);
  });

  it('GIVEN a full date THEN day precision with no derivation', () => {
    const { doc } = analyzed('The court ruled on March 19, 2025, in the case.\n\nMore text.');
    expect(doc.sentences[0]!.dates[0]).toMatchObject({
      text: 'March 19, 2025',
      value: { precision: 'day', value: '2025-03-19' },
    });
    expect(doc.sentences[0]!.dates[0]!.value.derivation).toBeUndefined();
  });

  it('GIVEN amounts and scores THEN they are not taken for years', () => {
    expect(
      dated('They paid $2019 and won 2020-21 by 1999 votes.').filter((d) => d.precision === 'year'),
    ).toEqual([expect.objectContaining({ value: '1999' })]);
  });
});

describe('tense', () => {
  it('GIVEN will, a past verb and a present verb THEN future, past, present', () => {
    const { doc } = analyzed(
      'The bridge will open next year. The old bridge closed in 2019. The river is wide.',
    );
    expect(doc.sentences.map((s) => s.tense)).toEqual(['future', 'past', 'present']);
  });
});
