import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../../src/answer/qa/index.ts';
import { Article } from '../../../src/model/schema.ts';
import { evidence, madeUpDatelineCity, madeUpHeader, sentencesOf } from './made-up.ts';

/**
 * A made-up story (a harbour fee paid) no tuning article tells: a record asked within one scope ("in shipping
 * history") is not told by a record within another ("the highest in the port's history").
 */
const PARAGRAPHS = [
  ['KELSBURY, May 2 --'],
  [
    "Tarnholm paid the Kelsbury port authority 9 million euros in harbour fees on Thursday, the highest in the port's history.",
  ],
];

const organization = (id: string, name: string, aliases: string[], kind: string) => ({
  id,
  name,
  namesAsWritten: [name],
  aliases,
  kind,
  evidence: evidence('p1s0', name),
});

const ARTICLE = Article.parse({
  ...madeUpHeader({
    id: 'harbour-record-2025-05-02',
    headline: 'Tarnholm pays record harbour fees',
    dek: 'A small made-up article for record tests.',
    place: ['KELSBURY', 'kelsbury'],
    date: ['May 2', '2025-05-02'],
  }),
  captions: [],
  sentences: sentencesOf(PARAGRAPHS),
  countries: [],
  people: [],
  organizations: [
    organization('port-authority', 'Kelsbury port authority', ['the port authority'], 'government'),
    organization('tarnholm', 'Tarnholm', [], 'company'),
  ],
  places: [madeUpDatelineCity('Kelsbury', ['Kelsbury'])],
  events: [
    {
      id: 'fee-cut',
      kind: 'other',
      name: 'Harbour fee payment',
      nouns: ['payment'],
      aliases: [],
      format: [],
      date: { precision: 'day', value: '2025-05-01', asWritten: 'on Thursday' },
      place: 'kelsbury',
      participants: [],
      evidence: evidence('p1s0', 'paid the Kelsbury port authority'),
    },
  ],
  topics: [],
  outcomes: [],
  quotes: [],
  figures: [
    {
      id: 'fig-fees',
      label: "Harbour fees Tarnholm paid, the highest in the port's history",
      value: 9_000_000,
      currency: 'EUR',
      measures: 'money',
      asWritten: '9 million euros',
      evidence: evidence('p1s0', '9 million euros in harbour fees'),
    },
  ],
  context: [],
  timeline: [],
  summaries: {
    oneLine: { text: 'Tarnholm paid record harbour fees.', sentences: ['p1s0'] },
    short: { text: 'Tarnholm paid record harbour fees.', sentences: ['p1s0'] },
    detailed: { text: 'Tarnholm paid record harbour fees.', sentences: ['p1s0'] },
  },
  gaps: [],
});

const ask = (question: string) => answerQuestion(ARTICLE, question).answer;

describe('a record asked within a scope', () => {
  it('is not told by a record within another scope', () => {
    const answer = ask('How much were the highest harbour fees in shipping history?');
    expect(answer.answered).toBe(false);
    expect(answer.text).toMatch(/doesn't say whether it is a record in shipping history/);
  });

  it('is told by a record within the scope asked', () => {
    const answer = ask("Are these the highest harbour fees in the port's history?");
    expect(answer.answered).toBe(true);
  });
});
