import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../../src/answer/qa/index.ts';
import { Article } from '../../../src/model/schema.ts';
import { evidence, madeUpHeader, sentencesOf } from './made-up.ts';

/**
 * A made-up story (a storm on a coast) no tuning article tells: a count asked of one fate ("how many died?") is not
 * told by a figure counting another ("people evacuated"), and "how many X were paid?" counts the X, not the sum paid.
 */
const PARAGRAPHS = [
  ['BRENNHOLM, October 9 --'],
  [
    'Storm Ivra flooded the harbour town of Brennholm on Wednesday, and 300 people were evacuated from the seafront.',
  ],
  ['Fishermen whose boats sank received 2 million euros from a relief fund.'],
];

const ARTICLE = Article.parse({
  ...madeUpHeader({
    id: 'coast-storm-2025-10-09',
    headline: 'Storm floods Brennholm harbour',
    dek: 'A small made-up article for count tests.',
    place: ['BRENNHOLM', 'brennholm'],
    date: ['October 9', '2025-10-09'],
  }),
  captions: [],
  sentences: sentencesOf(PARAGRAPHS),
  countries: [],
  people: [],
  organizations: [],
  places: [
    {
      id: 'brennholm',
      name: 'Brennholm',
      namesAsWritten: ['BRENNHOLM', 'Brennholm'],
      aliases: [],
      kind: 'city',
      evidence: evidence('p0s0', 'BRENNHOLM'),
    },
  ],
  events: [
    {
      id: 'storm',
      kind: 'disaster',
      name: 'Storm Ivra',
      nouns: ['storm'],
      aliases: [],
      format: [],
      date: { precision: 'day', value: '2025-10-08', asWritten: 'on Wednesday' },
      place: 'brennholm',
      participants: [],
      evidence: evidence('p1s0', 'Storm Ivra flooded the harbour town'),
    },
  ],
  topics: [],
  outcomes: [],
  quotes: [],
  figures: [
    {
      id: 'fig-evacuated',
      label: 'People evacuated from the seafront',
      value: 300,
      unit: 'people',
      measures: 'count',
      asWritten: '300 people',
      evidence: evidence('p1s0', '300 people were evacuated'),
    },
    {
      id: 'fig-relief',
      label: 'Relief money received by fishermen whose boats sank',
      value: 2_000_000,
      currency: 'EUR',
      measures: 'money',
      asWritten: '2 million euros',
      evidence: evidence('p2s0', '2 million euros'),
    },
  ],
  context: [],
  timeline: [],
  summaries: {
    oneLine: { text: 'Storm Ivra flooded Brennholm.', sentences: ['p1s0'] },
    short: { text: 'Storm Ivra flooded Brennholm; 300 people were evacuated.', sentences: ['p1s0'] },
    detailed: {
      text: 'Storm Ivra flooded Brennholm; 300 people were evacuated and fishermen received relief money.',
      sentences: ['p1s0', 'p2s0'],
    },
  },
  gaps: [],
});

const ask = (question: string) => answerQuestion(ARTICLE, question).answer;

describe('a count asked of one fate or thing', () => {
  it('gives the count of the fate asked', () => {
    const answer = ask('How many people were evacuated?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/300/);
  });

  it('does not give a count of another fate', () => {
    for (const question of ['How many people died?', 'How many people were injured in the storm?']) {
      const answer = ask(question);
      expect(answer.answered, question).toBe(false);
      expect(answer.text, question).toMatch(/doesn't say/);
    }
  });

  it('does not give a sum for "how many X were paid?"', () => {
    const answer = ask('How many fishermen were paid?');
    expect(answer.answered).toBe(false);
    expect(answer.text).toMatch(/doesn't say how many fishermen/);
  });

  it('still gives the sum asked', () => {
    const answer = ask('How much money did the fishermen receive?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/2 million euros/);
  });
});
