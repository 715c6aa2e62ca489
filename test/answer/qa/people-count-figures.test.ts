import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../../src/answer/qa/index.ts';
import { Article } from '../../../src/model/schema.ts';
import { evidence, madeUpHeader, madeUpPerson, sentencesOf } from './made-up.ts';

/**
 * A made-up story (a town museum reopening) no tuning article tells: "how many people ...?" asks for a number, so a
 * figure counting people (visitors, staff) answers it, and the list of the people the story names answers only a
 * question about who took part.
 */
const PARAGRAPHS = [
  ['ORSKEL, June 2 --'],
  ['The Orskel town museum reopened on Sunday after a two-year rebuild.'],
  ['About 3,200 visitors came to the reopening, director Maren Tolle said.'],
  ['The museum has 85 staff.'],
  ['Mayor Edvin Sarn cut the ribbon.'],
];

const person = (id: string, name: string, title: string, role: string, sentence: string) =>
  madeUpPerson({ id, name, title, role, description: `${title} ${name}.`, sentence });

const ARTICLE = Article.parse({
  ...madeUpHeader({
    id: 'museum-reopens-2025-06-02',
    headline: 'Orskel museum reopens after rebuild',
    dek: 'A small made-up article for count tests.',
    place: ['ORSKEL', 'orskel'],
    date: ['June 2', '2025-06-02'],
  }),
  captions: [],
  sentences: sentencesOf(PARAGRAPHS),
  countries: [],
  people: [
    person('maren-tolle', 'Maren Tolle', 'director', 'museum director', 'p2s0'),
    person('edvin-sarn', 'Edvin Sarn', 'Mayor', 'mayor', 'p4s0'),
  ],
  organizations: [
    {
      id: 'museum',
      name: 'Orskel town museum',
      namesAsWritten: ['Orskel town museum'],
      aliases: ['the museum'],
      kind: 'other',
      evidence: evidence('p1s0', 'The Orskel town museum'),
    },
  ],
  places: [
    {
      id: 'orskel',
      name: 'Orskel',
      namesAsWritten: ['ORSKEL', 'Orskel'],
      aliases: [],
      kind: 'city',
      evidence: evidence('p0s0', 'ORSKEL'),
    },
  ],
  events: [
    {
      id: 'reopening',
      kind: 'opening',
      name: 'Orskel town museum reopening',
      nouns: ['reopening'],
      aliases: ['the reopening'],
      format: [],
      date: { precision: 'day', value: '2025-06-01', asWritten: 'Sunday' },
      place: 'orskel',
      participants: [],
      evidence: evidence('p1s0', 'reopened on Sunday'),
    },
  ],
  topics: [],
  outcomes: [],
  quotes: [],
  figures: [
    {
      id: 'fig-visitors',
      label: 'Visitors at the reopening',
      value: 3200,
      unit: 'visitors',
      measures: 'count',
      approximate: true,
      asWritten: 'About 3,200 visitors',
      evidence: evidence('p2s0', 'About 3,200 visitors came to the reopening'),
    },
    {
      id: 'fig-staff',
      label: "The museum's staff",
      value: 85,
      unit: 'staff',
      measures: 'count',
      asWritten: '85 staff',
      evidence: evidence('p3s0', 'The museum has 85 staff.'),
    },
  ],
  context: [],
  timeline: [],
  summaries: {
    oneLine: { text: 'The Orskel town museum reopened.', sentences: ['p1s0'] },
    short: { text: 'The Orskel town museum reopened after a rebuild.', sentences: ['p1s0'] },
    detailed: {
      text: 'The Orskel town museum reopened; about 3,200 visitors came.',
      sentences: ['p1s0', 'p2s0'],
    },
  },
  gaps: [],
});

describe('made-up museum reopening: how many people', () => {
  it('WHEN how many people work somewhere is asked THEN the figure of its staff answers, not the cast', () => {
    const { answer } = answerQuestion(ARTICLE, 'How many people work at the museum?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/\b85\b/);
    expect(answer.text).not.toMatch(/Tolle/);
  });

  it('WHEN how many people were at the event is asked THEN the figure of its visitors answers', () => {
    const { answer } = answerQuestion(ARTICLE, 'How many people were at the reopening?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/3,?200/);
  });

  it('WHEN how many people took part is asked THEN the people the story names answer, not a crowd figure', () => {
    const { answer } = answerQuestion(ARTICLE, 'How many people took part?');
    expect(answer.text).not.toMatch(/3,?200|\b85\b/);
    expect(answer.text).toMatch(/Tolle/);
  });
});
