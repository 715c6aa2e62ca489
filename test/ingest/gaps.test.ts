import { describe, expect, it } from 'vitest';
import { factsOf } from './helpers.ts';

const gapsOf = (...paragraphs: string[]) =>
  factsOf(
    [
      'Ferry line opens',
      'date 2024-04-17',
      'OSLO, April 17 (Reuters) - The new ferry line between Tromvik and Sandhamn opened on Wednesday, port director Anna Berg said.',
      ...paragraphs,
    ].join('\n\n'),
  ).facts.gaps.map((g) => g.about);

describe('gaps: what the article says is unknown', () => {
  it('GIVEN "is not known", "could not say", "has not disclosed", "has not been decided" THEN each is a gap', () => {
    const stated = [
      'How much the tickets will cost is not known.',
      'The operator could not say how many passengers had booked.',
      'The company has not disclosed what the ships cost.',
      'Ottawa has not yet confirmed its share, and it has not been decided whether a second line will follow.',
    ];
    expect(gapsOf(...stated)).toEqual([
      'How much the tickets will cost: it is not known.',
      'How many passengers had booked: the operator could not say.',
      'What the ships cost: the company has not disclosed.',
      stated[3],
      'Whether a second line will follow: it has not been decided.',
    ]);
  });

  it('GIVEN a sentence leaving two questions open THEN each is a gap "whether ...: who left it open", as the answerer reads it', () => {
    expect(
      gapsOf(
        'Harbour officials declined to say whether the fares would rise, and it was not immediately clear whether the old quay would close.',
        'Berg said the line would keep its winter timetable but did not disclose how many crew it would hire.',
        'A harbour spokesman declined to comment on whether the city would seek penalties.',
        'Berg did not say whether she had known about the delay before the vote.',
      ),
    ).toEqual([
      'Whether the fares would rise: harbour officials declined to say.',
      'Whether the old quay would close: it was not immediately clear.',
      'How many crew it would hire: did not disclose.',
      'Whether the city would seek penalties: a harbour spokesman declined to comment.',
      'Whether Berg had known about the delay before the vote: she did not say.',
    ]);
  });

  it('GIVEN a sentence that calls a figure undisclosed but reports it THEN no gap', () => {
    expect(
      gapsOf(
        'The price was not disclosed, although a local newspaper reported it at around 7 million euros.',
      ),
    ).toEqual([]);
  });
});
