import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../../src/answer/qa/index.ts';
import { Article } from '../../../src/model/schema.ts';
import { evidence, madeUpHeader, sentencesOf } from './made-up.ts';

/**
 * A made-up story (a school meal study) no tuning article tells: "how many <verb> ..." counts whoever did it, so a
 * share of them answers; and "who paid for ...?" is answered by the sentence of the cost naming the bodies that pay, though the model lists them as no organization.
 */
const PARAGRAPHS = [
  ['BRANTWICK, April 9 --'],
  [
    'A study of free school meals in Brantwick found that pupils missed fewer lessons, researchers said on Wednesday.',
  ],
  ['During the term, 14% of pupils fell ill with colds, against 22% the year before.'],
  ['The meals cost 80,000 euros, shared between the regional government and the town council.'],
  ['Lead researcher Hanna Krol said the results were "encouraging but early".'],
];

const ARTICLE = Article.parse({
  ...madeUpHeader({
    id: 'school-meals-2025-04-09',
    headline: 'Free school meals cut missed lessons, Brantwick study finds',
    dek: 'A small made-up article for answer-kind tests.',
    place: ['BRANTWICK', 'brantwick'],
    date: ['April 9', '2025-04-09'],
  }),
  captions: [],
  sentences: sentencesOf(PARAGRAPHS),
  countries: [],
  people: [
    {
      id: 'hanna-krol',
      name: 'Hanna Krol',
      givenName: 'Hanna',
      familyName: 'Krol',
      namesAsWritten: ['Hanna Krol'],
      aliases: ['Krol'],
      titleAsWritten: 'Lead researcher',
      titleVariants: [],
      role: 'researcher',
      involvement: 'participant',
      description: 'Lead researcher; said the results were encouraging but early.',
      evidence: evidence('p4s0', 'Lead researcher Hanna Krol'),
    },
  ],
  organizations: [],
  places: [
    {
      id: 'brantwick',
      name: 'Brantwick',
      namesAsWritten: ['BRANTWICK', 'Brantwick'],
      aliases: [],
      kind: 'city',
      evidence: evidence('p0s0', 'BRANTWICK'),
    },
  ],
  events: [
    {
      id: 'study',
      kind: 'other',
      name: 'Brantwick free school meals study',
      nouns: ['study'],
      aliases: ['the study'],
      format: [],
      date: { precision: 'day', value: '2025-04-09', asWritten: 'Wednesday' },
      place: 'brantwick',
      participants: [],
      evidence: evidence('p1s0', 'A study of free school meals'),
    },
  ],
  topics: [],
  outcomes: [],
  quotes: [],
  figures: [
    {
      id: 'fig-meals-cost',
      label: 'Cost of the free school meals',
      value: 80000,
      unit: 'euros',
      measures: 'money',
      currency: 'EUR',
      asWritten: '80,000 euros',
      evidence: evidence('p3s0', 'The meals cost 80,000 euros'),
    },
    {
      id: 'fig-ill',
      label: 'Pupils who fell ill with colds during the term',
      value: 14,
      unit: 'percent',
      measures: 'percentage',
      asWritten: '14%',
      evidence: evidence('p2s0', '14% of pupils fell ill'),
    },
  ],
  context: [],
  timeline: [],
  summaries: {
    oneLine: { text: 'Free school meals cut missed lessons in Brantwick.', sentences: ['p1s0'] },
    short: { text: 'Free school meals cut missed lessons in Brantwick, a study found.', sentences: ['p1s0'] },
    detailed: {
      text: 'Free school meals cut missed lessons; fewer pupils fell ill.',
      sentences: ['p1s0', 'p2s0'],
    },
  },
  gaps: [],
});

describe('made-up school meal study', () => {
  it('WHEN "how many <verb>" is asked THEN the share of those who did it answers', () => {
    const { answer } = answerQuestion(ARTICLE, 'How many fell ill with colds?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/14/);
  });

  it('WHEN "how many <noun>" counts another thing THEN a share is still not a count of it', () => {
    const { answer } = answerQuestion(ARTICLE, 'How many schools fell ill?');
    expect(answer.text).not.toMatch(/^\W*14/);
  });

  it('WHEN who paid is asked after the cost THEN the sentence naming the bodies that share it answers', () => {
    const { answer, memory } = answerQuestion(ARTICLE, 'How much did the meals cost?');
    expect(answer.text).toMatch(/80,?000/);
    const next = answerQuestion(ARTICLE, 'who paid for them?', memory).answer;
    expect(next.answered).toBe(true);
    expect(next.text).toMatch(/regional government/);
    expect(next.text).not.toMatch(/Krol/);
  });
});
