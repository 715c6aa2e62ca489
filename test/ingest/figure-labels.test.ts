import { describe, expect, it } from 'vitest';
import { factsOf } from './helpers.ts';

const { facts } = factsOf(
  [
    'VELMORA, March 4 (Wire) - The Velmora Central Bank raised its benchmark deposit rate by 50 basis points on Tuesday to 4.25%, its first rise in two years.',
    '',
    'Annual food inflation rose to 6.1% in February from 5.4% in January, the statistics office said.',
  ].join('\n'),
  '2025-03-04',
);
const figure = (asWritten: string) => facts.figures.find((f) => f.asWritten === asWritten);

describe('figure labels past dates and other figures, and the period written after a figure', () => {
  it('GIVEN "rate by 50 basis points on Tuesday to 4.25%" THEN 4.25% is labelled by the rate, not the weekday', () => {
    expect(figure('4.25%')?.label).toBe('Benchmark deposit rate');
  });

  it('GIVEN "rose to 6.1% in February from 5.4% in January" THEN both take the noun with their own month', () => {
    expect(figure('6.1%')?.label).toBe('Annual food inflation in February');
    expect(figure('5.4%')?.label).toBe('Annual food inflation in January');
  });

  it('GIVEN a day after a figure THEN the label does not take it', () => {
    expect(figure('50 basis points')?.label).not.toMatch(/Tuesday/);
  });
});
