import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../../src/answer/qa/index.ts';
import { Article } from '../../../src/model/schema.ts';
import { loadCorpusArticles } from './corpus.ts';
import { evidence, sentencesOf } from './made-up.ts';

/**
 * Confident wrong answers, each mechanism on a small made-up story (a town council vote) no tuning article tells:
 * a share is not a count, "fell short of" denies what it precedes, a negator denies only within its own clause, and
 * an age is never answered by a count, and "how long" only by a span or a length.
 */
const PARAGRAPHS = [
  ['HARLOW BAY, May 4 --'],
  [
    'The Green Tide party won the most seats in the Harlow Bay council vote on Sunday but fell three seats short of a majority.',
  ],
  ['With all ballots counted, Green Tide had 38.2% of the vote and 19 of the 41 seats.'],
  ["Mayor Ansel Dorne, who had rejected the party's budget, conceded defeat on Sunday night."],
  ['A survey before the vote reached 1,200 residents.'],
];

const ARTICLE = Article.parse({
  schemaVersion: 2,
  id: 'council-vote-2025-05-04',
  headline: 'Green Tide wins most seats but no majority in council vote',
  dek: 'A small made-up article for honesty tests.',
  language: 'en',
  source: { agency: 'Test Wire', textFile: 'council-vote-2025-05-04.txt' },
  published: { precision: 'day', value: '2025-05-04', asWritten: 'May 4' },
  referenceDate: '2025-05-04',
  dateline: {
    sentence: 'p0s0',
    place: { asWritten: 'HARLOW BAY', place: 'harlow-bay' },
    date: { asWritten: 'May 4', value: '2025-05-04' },
  },
  captions: [],
  sentences: sentencesOf(PARAGRAPHS),
  countries: [],
  people: [
    {
      id: 'ansel-dorne',
      name: 'Ansel Dorne',
      givenName: 'Ansel',
      familyName: 'Dorne',
      namesAsWritten: ['Ansel Dorne'],
      aliases: ['Dorne'],
      titleAsWritten: 'Mayor',
      titleVariants: [],
      role: 'mayor',
      involvement: 'participant',
      description: "Mayor of Harlow Bay; had rejected the party's budget, conceded defeat on Sunday night.",
      evidence: evidence('p3s0', 'Mayor Ansel Dorne'),
    },
  ],
  organizations: [
    {
      id: 'green-tide',
      name: 'Green Tide',
      namesAsWritten: ['Green Tide'],
      aliases: ['the Green Tide party'],
      kind: 'party',
      evidence: evidence('p1s0', 'The Green Tide party won the most seats'),
    },
  ],
  places: [
    {
      id: 'harlow-bay',
      name: 'Harlow Bay',
      namesAsWritten: ['HARLOW BAY', 'Harlow Bay'],
      aliases: [],
      kind: 'city',
      evidence: evidence('p1s0', 'Harlow Bay council vote'),
    },
  ],
  events: [
    {
      id: 'council-vote',
      kind: 'election',
      name: 'Harlow Bay council vote',
      nouns: ['vote'],
      aliases: [],
      format: [],
      date: {
        precision: 'day',
        value: '2025-05-04',
        asWritten: 'on Sunday',
        derivation: { method: 'Sunday resolved against the dateline', from: ['dateline', 'p0s0'] },
      },
      place: 'harlow-bay',
      participants: [],
      evidence: evidence('p1s0', 'won the most seats in the Harlow Bay council vote'),
    },
  ],
  topics: [],
  outcomes: [
    {
      id: 'out-short',
      statement: 'Green Tide won the most seats but fell three seats short of a majority.',
      modality: 'announced',
      parties: ['green-tide'],
      evidence: evidence('p1s0', 'won the most seats', 'fell three seats short of a majority'),
      keywords: ['majority', 'won'],
    },
  ],
  quotes: [],
  figures: [
    {
      id: 'fig-seats',
      label: "Green Tide's seats",
      value: 19,
      unit: 'seats',
      measures: 'count',
      asWritten: '19 of the 41 seats',
      evidence: evidence('p2s0', '19 of the 41 seats'),
      keywords: ['seats won'],
    },
    {
      id: 'fig-residents',
      label: 'Residents the survey reached',
      value: 1200,
      unit: 'residents',
      measures: 'count',
      asWritten: '1,200 residents',
      evidence: evidence('p4s0', '1,200 residents'),
      keywords: ['survey'],
    },
  ],
  context: [],
  timeline: [],
  summaries: {
    oneLine: { text: 'Green Tide won the most seats in the Harlow Bay council vote.', sentences: ['p1s0'] },
    short: { text: 'Green Tide won the most seats but fell short of a majority.', sentences: ['p1s0'] },
    detailed: {
      text: 'Green Tide won 19 of 41 seats in the Harlow Bay council vote, three short of a majority; the mayor conceded.',
      sentences: ['p1s0', 'p2s0', 'p3s0'],
    },
  },
  gaps: [],
});

const ask = (question: string) => answerQuestion(ARTICLE, question).answer;

describe('GIVEN a count asked of a thing the article gives only as a share', () => {
  it('WHEN "how many votes" meets "38.2% of the vote" THEN the seats are not given as the votes', () => {
    const answer = ask('How many votes did Green Tide get in total?');
    expect(answer.answered).toBe(false);
    expect(answer.text).toMatch(/doesn't say/);
  });

  it('WHEN the figure counts the thing asked THEN it is still given', () => {
    const answer = ask('How many seats did Green Tide win?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/\b19\b/);
  });
});

describe('GIVEN an age asked of no person the article names', () => {
  it('WHEN the only figure near it is a count THEN the count does not answer the age', () => {
    const answer = ask('How old were the residents in the survey?');
    expect(answer.answered).toBe(false);
    expect(answer.text).not.toMatch(/^Residents the survey reached/);
  });
});

describe('GIVEN a yes/no question whose evidence holds a denial', () => {
  it('WHEN the evidence says it "fell short of" what is asked THEN the answer is no', () => {
    expect(ask('Did Green Tide get a majority?').text).toMatch(/^No — .*short of a majority/);
    // The same fact still confirms what it does not deny.
    expect(ask('Did Green Tide take the most seats?').text).toMatch(/^Yes — /);
  });

  it('WHEN a negator belongs to another clause ("had rejected the budget, conceded") THEN it denies nothing', () => {
    const answer = ask('Did Dorne concede?');
    expect(answer.answered).toBe(true);
    expect(answer.text).not.toMatch(/^No\b/);
    expect(answer.text).not.toMatch(/— Yes —/);
  });
});

describe('GIVEN a "how long" question (on the tuning corpus\'s tennis article)', () => {
  const tennis = loadCorpusArticles().articles.find((a) => a.id.startsWith('tennis'))!;

  it('WHEN the answer found gives no span of time THEN the article does not say how long', () => {
    const first = answerQuestion(tennis, 'who is the tournament director?');
    const answer = answerQuestion(tennis, 'how long has he had the job?', first.memory).answer;
    expect(answer.answered).toBe(false);
    expect(answer.text).toMatch(/doesn't say how long/);
  });

  it('WHEN the sentence gives the span THEN it answers', () => {
    const answer = answerQuestion(tennis, 'how long was park off the tour?').answer;
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/eight months/);
  });
});
