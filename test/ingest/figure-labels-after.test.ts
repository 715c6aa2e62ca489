import { describe, expect, it } from 'vitest';
import { factsOf } from './helpers.ts';

/** A made-up article whose figures are named by the words after them, not by the name or noun before. */
const { facts } = factsOf(
  [
    'Road bridge reopens',
    'date 2024-05-02',
    'The Tarnow road bridge reopened on Thursday after repairs that were paid for with a $12 million state grant.',
    '',
    'Regional governor Ilse Marr said 2.5 million dollars in emergency funding would pay for night shifts. Engineers said it could take up to four weeks to fully reopen the old ferry road.',
    '',
    'A group of protesters blocked the bridge on its website on Monday and demanded $40,000 from the contractor.',
  ].join('\n'),
  '2024-05-02',
);
const label = (asWritten: string) => facts.figures.find((f) => f.asWritten === asWritten)?.label;

describe('GIVEN a figure whose noun comes after it', () => {
  it('THEN "a $12 million state grant" is the state grant', () => {
    expect(label('$12 million')).toBe('State grant');
  });

  it('THEN "X said 2.5 million dollars in emergency funding" is the emergency funding, not the governor', () => {
    expect(label('2.5 million dollars')).toBe('Emergency funding');
  });

  it('THEN "take up to four weeks to fully reopen the road" is the time to reopen it', () => {
    expect(label('four weeks')).toMatch(/^Time to fully reopen the old ferry road/);
  });

  it('THEN a sum after "and demanded" is the amount demanded, not the noun of the clause before', () => {
    expect(label('$40,000')).toBe('Amount demanded');
  });
});

/** A made-up article whose figures are written as compound modifiers, in ranges, lists and hours. */
const more = factsOf(
  [
    'Ferry pier reopens',
    'date 2024-05-02',
    'The 240-meter (787-foot) pier reopened on Thursday after a nine-hour meeting of the harbour board and a 2-meter-wide gangway was added.',
    '',
    'Crews expect to finish the dredging within 30 to 40 hours. The works cover about 5,000 boats moored in Tarnow, 1,200 in Velm and 800 in Osk.',
    '',
    'The repairs will take four weeks.',
  ].join('\n'),
  '2024-05-02',
).facts.figures;
const figure = (asWritten: string) => more.find((f) => f.asWritten === asWritten);

describe('GIVEN a figure written as a compound modifier THEN it measures the noun after it', () => {
  it('THEN "the 240-meter (787-foot) pier" is the length of the pier', () => {
    expect(figure('240-meter')?.label).toBe('Length of the pier');
  });

  it('THEN "a nine-hour meeting" is the length of the meeting, in hours', () => {
    expect(figure('nine-hour')).toMatchObject({
      label: 'Length of the meeting',
      value: 9,
      unit: 'hours',
      measures: 'duration',
    });
  });

  it('THEN "a 2-meter-wide gangway" is the width of the gangway', () => {
    expect(figure('2-meter-wide')?.label).toBe('Width of the gangway');
  });
});

describe('GIVEN numbers that share a unit written once', () => {
  it('THEN "within 30 to 40 hours" gives 30 hours and 40 hours', () => {
    expect(figure('30')).toMatchObject({ value: 30, unit: 'hours', measures: 'duration' });
    expect(figure('40 hours')).toMatchObject({ value: 40, unit: 'hours' });
  });

  it('THEN "5,000 boats moored in Tarnow, 1,200 in Velm and 800 in Osk" are all boats, each with its place', () => {
    expect(figure('1,200')).toMatchObject({ value: 1200, unit: 'boats' });
    expect(figure('1,200')?.label).toMatch(/Velm/);
    expect(figure('800')).toMatchObject({ value: 800, unit: 'boats' });
    expect(figure('800')?.label).toMatch(/Osk/);
  });

  it('THEN "four weeks" stays four weeks', () => {
    expect(figure('four weeks')).toMatchObject({ value: 4, unit: 'weeks', measures: 'duration' });
  });
});

describe('GIVEN a vote tally', () => {
  const tally = factsOf(
    'Tram line approved\ndate 2024-05-02\nThe Velm town council voted 9-4 on Thursday to approve a tram line.',
    '2024-05-02',
  ).facts.figures.filter((f) => f.unit === 'votes');

  it('THEN "voted 9-4" gives the votes in favour and against, each quoting the tally', () => {
    expect(tally.map((f) => [f.label, f.value, f.asWritten])).toEqual([
      ['Votes in favour', 9, '9-4'],
      ['Votes against', 4, '9-4'],
    ]);
  });
});
