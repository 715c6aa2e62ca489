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
