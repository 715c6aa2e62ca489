import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../../src/answer/qa/index.ts';
import { Article } from '../../../src/model/schema.ts';
import { evidence, madeUpHeader, sentencesOf } from './made-up.ts';

/**
 * A made-up story (a village hall rebuilt) no tuning article tells: "who paid for ...?" asks for whoever paid, so a
 * person whose part only says what something cost ("said the storm cost two months") is not the answer.
 */
const PARAGRAPHS = [
  ['LOWMERE, August 4 --'],
  ['The rebuilt Lowmere village hall opened on Monday, a year after a storm tore off its roof.'],
  ['The hall was paid for by the county council and a village appeal.'],
  ['Builder Tomas Reeve said the storm cost the crews two months.'],
];

const ARTICLE = Article.parse({
  ...madeUpHeader({
    id: 'village-hall-2025-08-04',
    headline: 'Lowmere village hall reopens after storm',
    dek: 'A small made-up article for who-did tests.',
    place: ['LOWMERE', 'lowmere'],
    date: ['August 4', '2025-08-04'],
  }),
  captions: [],
  sentences: sentencesOf(PARAGRAPHS),
  countries: [],
  people: [
    {
      id: 'tomas-reeve',
      name: 'Tomas Reeve',
      givenName: 'Tomas',
      familyName: 'Reeve',
      namesAsWritten: ['Tomas Reeve'],
      aliases: ['Reeve'],
      titleAsWritten: 'Builder',
      titleVariants: [],
      role: 'builder',
      involvement: 'participant',
      description: 'Builder of the hall; said the storm cost the crews two months.',
      evidence: evidence('p3s0', 'Builder Tomas Reeve'),
    },
  ],
  organizations: [],
  places: [
    {
      id: 'lowmere',
      name: 'Lowmere',
      namesAsWritten: ['LOWMERE', 'Lowmere'],
      aliases: [],
      kind: 'city',
      evidence: evidence('p0s0', 'LOWMERE'),
    },
  ],
  events: [
    {
      id: 'hall-opening',
      kind: 'opening',
      name: 'Lowmere village hall opening',
      nouns: ['opening'],
      aliases: ['the opening'],
      format: [],
      date: { precision: 'day', value: '2025-08-04', asWritten: 'Monday' },
      place: 'lowmere',
      participants: [],
      evidence: evidence('p1s0', 'opened on Monday'),
    },
  ],
  topics: [],
  outcomes: [],
  quotes: [],
  figures: [],
  context: [],
  timeline: [],
  summaries: {
    oneLine: { text: 'The rebuilt Lowmere village hall opened.', sentences: ['p1s0'] },
    short: { text: 'The rebuilt Lowmere village hall opened after a storm.', sentences: ['p1s0'] },
    detailed: {
      text: 'The rebuilt Lowmere village hall opened; the county paid for it.',
      sentences: ['p1s0', 'p2s0'],
    },
  },
  gaps: [],
});

describe('made-up village hall: who paid', () => {
  it('WHEN who paid is asked THEN a person whose part says only what something cost is not the answer', () => {
    const { answer } = answerQuestion(ARTICLE, 'Who paid?');
    expect(answer.text).not.toMatch(/Reeve|storm cost/);
    expect(answer.text).toMatch(/county council/);
  });
});
