import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../../src/answer/qa/index.ts';
import { stem } from '../../../src/answer/qa/lexicon/text.ts';
import { SYNONYMS } from '../../../src/answer/qa/lexicon/vocabulary.ts';
import { Article } from '../../../src/model/schema.ts';
import { evidence, madeUpDatelineCity, madeUpHeader, sentencesOf } from './made-up.ts';

/**
 * A made-up story (a fine cut on appeal) no tuning article tells: a name found only in what a figure is compared with
 * ("down from the 5 million euros set by the city council") is that other figure's, and "repay" is asked in the
 * words a label may use ("return").
 */
const PARAGRAPHS = [
  ['ORVEDAL, April 8 --'],
  [
    'The regional appeals board on Tuesday cut the fine on the ferry operator Sundline to 2 million euros, down from the 5 million euros set by the Orvedal city council.',
  ],
  [
    'The board also ordered Sundline to return 300,000 euros in harbour fees and to pay 50,000 euros in legal costs.',
  ],
];

const organization = (id: string, name: string, aliases: string[], sentence: string) => ({
  id,
  name,
  namesAsWritten: [name],
  aliases,
  kind: 'government',
  evidence: evidence(sentence, name),
});

const ARTICLE = Article.parse({
  ...madeUpHeader({
    id: 'ferry-fine-2025-04-08',
    headline: 'Appeals board cuts Sundline fine',
    dek: 'A small made-up article for figure tests.',
    place: ['ORVEDAL', 'orvedal'],
    date: ['April 8', '2025-04-08'],
  }),
  captions: [],
  sentences: sentencesOf(PARAGRAPHS),
  countries: [],
  people: [],
  organizations: [
    organization('appeals-board', 'regional appeals board', ['the appeals board', 'the board'], 'p1s0'),
    organization('city-council', 'Orvedal city council', ['the city council', 'the council'], 'p1s0'),
    { ...organization('sundline', 'Sundline', [], 'p1s0'), kind: 'company' },
  ],
  places: [madeUpDatelineCity('Orvedal', ['Orvedal'])],
  events: [
    {
      id: 'appeal',
      kind: 'other',
      name: 'Appeal ruling on the Sundline fine',
      nouns: ['ruling', 'appeal'],
      aliases: [],
      format: [],
      date: { precision: 'day', value: '2025-04-08', asWritten: 'on Tuesday' },
      place: 'orvedal',
      participants: [],
      evidence: evidence('p1s0', 'cut the fine'),
    },
  ],
  topics: [],
  outcomes: [],
  quotes: [],
  figures: [
    {
      id: 'fig-fine-now',
      label: 'Fine on Sundline after the appeal',
      value: 2_000_000,
      currency: 'EUR',
      measures: 'money',
      comparedWith: 'down from the 5 million euros set by the city council',
      asWritten: '2 million euros',
      evidence: evidence('p1s0', 'to 2 million euros'),
    },
    {
      id: 'fig-fine-before',
      label: 'Penalty the city council had set on Sundline',
      value: 5_000_000,
      currency: 'EUR',
      measures: 'money',
      asWritten: '5 million euros',
      evidence: evidence('p1s0', 'the 5 million euros set by the Orvedal city council'),
    },
    {
      id: 'fig-fees',
      label: 'Amount the board ordered Sundline to return in harbour fees',
      value: 300_000,
      currency: 'EUR',
      measures: 'money',
      asWritten: '300,000 euros',
      evidence: evidence('p2s0', 'return 300,000 euros'),
    },
    {
      id: 'fig-costs',
      label: 'Amount the board ordered Sundline to pay in legal costs',
      value: 50_000,
      currency: 'EUR',
      measures: 'money',
      asWritten: '50,000 euros',
      evidence: evidence('p2s0', 'pay 50,000 euros'),
    },
  ],
  context: [],
  timeline: [],
  summaries: {
    oneLine: { text: 'An appeals board cut the Sundline fine.', sentences: ['p1s0'] },
    short: { text: 'An appeals board cut the Sundline fine to 2 million euros.', sentences: ['p1s0'] },
    detailed: { text: 'An appeals board cut the Sundline fine to 2 million euros.', sentences: ['p1s0'] },
  },
  gaps: [],
});

const ask = (question: string) => answerQuestion(ARTICLE, question).answer;

describe('a figure compared with another party’s', () => {
  it('does not answer for the party named only in its comparison', () => {
    const answer = ask("How much was the city council's fine?");
    expect(answer.text).not.toMatch(/\b2 million/);
    expect(answer.text).toMatch(/\b5 million/);
  });

  it('still answers for its own party', () => {
    expect(ask('How much is the fine after the appeal?').text).toMatch(/\b2 million/);
  });

  it('finds "repay" in a label saying "return"', () => {
    expect(SYNONYMS.get(stem('repay'))).toContain(stem('return'));
    const answer = ask('How much did the board order Sundline to repay?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/300,?000/);
    expect(answer.text).not.toMatch(/50,?000 euros/);
  });
});
