import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../../src/answer/qa/index.ts';
import { Article } from '../../../src/model/schema.ts';
import { evidence, madeUpDatelineCity, madeUpHeader, sentencesOf } from './made-up.ts';

/**
 * A made-up story (a lighthouse sold) no tuning article tells: a why-question is not answered by a fact that only
 * restates what is asked ("two councillors opposed the sale" in a clause of its own), but is by one that gives a
 * reason for it ("... after the roof collapsed").
 */
const PARAGRAPHS = [
  ['SKARVIK, May 3 --'],
  ['The town council of Skarvik sold its old lighthouse to a hotel group on Friday.'],
  ['The vote was close; two councillors opposed the sale, and it passed by a single vote.'],
  ['The keeper moved out in 2019 after the roof collapsed.'],
];

const ARTICLE = Article.parse({
  ...madeUpHeader({
    id: 'lighthouse-sale-2025-05-03',
    headline: 'Skarvik sells its lighthouse',
    dek: 'A small made-up article for why-question tests.',
    place: ['SKARVIK', 'skarvik'],
    date: ['May 3', '2025-05-03'],
  }),
  captions: [],
  sentences: sentencesOf(PARAGRAPHS),
  countries: [],
  people: [],
  organizations: [],
  places: [madeUpDatelineCity('Skarvik', ['Skarvik'])],
  events: [
    {
      id: 'sale',
      kind: 'other',
      name: 'Sale of the Skarvik lighthouse',
      nouns: ['sale'],
      aliases: [],
      format: [],
      date: { precision: 'day', value: '2025-05-02', asWritten: 'on Friday' },
      place: 'skarvik',
      participants: [],
      evidence: evidence('p1s0', 'sold its old lighthouse'),
    },
  ],
  topics: [],
  outcomes: [],
  quotes: [],
  figures: [],
  context: [
    {
      id: 'ctx-close',
      kind: 'significance',
      statement: 'The vote was close; two councillors opposed the sale, and it passed by a single vote.',
      evidence: evidence('p2s0', 'two councillors opposed the sale'),
    },
    {
      id: 'ctx-keeper',
      kind: 'why-now',
      statement: 'The keeper moved out in 2019 after the roof collapsed.',
      evidence: evidence('p3s0', 'after the roof collapsed'),
    },
  ],
  timeline: [],
  summaries: {
    oneLine: { text: 'Skarvik sold its lighthouse.', sentences: ['p1s0'] },
    short: { text: 'Skarvik sold its lighthouse to a hotel group.', sentences: ['p1s0'] },
    detailed: {
      text: 'Skarvik sold its lighthouse to a hotel group in a close vote.',
      sentences: ['p1s0', 'p2s0'],
    },
  },
  gaps: [],
});

const ask = (question: string) => answerQuestion(ARTICLE, question).answer;

describe('a why-question against a fact that restates it', () => {
  it('does not give the restating fact as the reason', () => {
    const answer = ask('Why did two councillors oppose the sale?');
    expect(answer.answered).toBe(false);
    expect(answer.text).toMatch(/doesn't say why\. What it does say: .*opposed the sale/);
  });

  it('still gives a fact that states a reason', () => {
    const answer = ask('Why did the keeper move out?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/roof collapsed/);
  });
});
