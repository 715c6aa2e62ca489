import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../../src/answer/qa/index.ts';
import { Article } from '../../../src/model/schema.ts';
import { evidence, madeUpDatelineCity, madeUpHeader, sentencesOf } from './made-up.ts';

/**
 * A made-up story (a charity treasurer convicted) no tuning article tells: the verb of a question about a sum says
 * which sum it asks. "How much did she keep?" is not told by the sum she diverted when the article never writes
 * "keep"; "how much did she divert?" is, and so is a question asked with a verb that names no sum of its own ("get").
 * Nor is "how much bonus money ...?" told by a sum whose own words name no bonus.
 */
const PARAGRAPHS = [
  ['BRELLOW, June 3 --'],
  [
    'A court in Brellow on Monday convicted the former treasurer Mara Quell of diverting 400,000 euros from the Lindholm Trust.',
  ],
  ['The trust has since received 150,000 euros in donations to cover the loss.'],
  ['Quell had been paid a bonus by the trust every year since 2019.'],
];

const ARTICLE = Article.parse({
  ...madeUpHeader({
    id: 'trust-treasurer-2025-06-03',
    headline: 'Former treasurer convicted of diverting trust money',
    dek: 'A small made-up article for quantity tests.',
    place: ['BRELLOW', 'brellow'],
    date: ['June 3', '2025-06-03'],
  }),
  captions: [],
  sentences: sentencesOf(PARAGRAPHS),
  countries: [],
  people: [
    {
      id: 'mara-quell',
      name: 'Mara Quell',
      givenName: 'Mara',
      familyName: 'Quell',
      namesAsWritten: ['Mara Quell'],
      aliases: ['Quell'],
      titleAsWritten: 'former treasurer',
      titleVariants: [],
      role: 'defendant',
      involvement: 'participant',
      description: 'Former treasurer of the Lindholm Trust; convicted of diverting 400,000 euros.',
      evidence: evidence('p1s0', 'Mara Quell'),
    },
  ],
  organizations: [
    {
      id: 'lindholm-trust',
      name: 'Lindholm Trust',
      namesAsWritten: ['Lindholm Trust'],
      aliases: ['the trust'],
      kind: 'ngo',
      evidence: evidence('p1s0', 'Lindholm Trust'),
    },
  ],
  places: [madeUpDatelineCity('Brellow', ['Brellow'])],
  events: [
    {
      id: 'conviction',
      kind: 'other',
      name: 'Conviction of Mara Quell',
      nouns: ['conviction'],
      aliases: [],
      format: [],
      date: { precision: 'day', value: '2025-06-02', asWritten: 'on Monday' },
      place: 'brellow',
      participants: [],
      evidence: evidence('p1s0', 'convicted'),
    },
  ],
  topics: [],
  outcomes: [],
  quotes: [],
  figures: [
    {
      id: 'fig-diverted',
      label: 'Money Quell was convicted of diverting from the trust',
      value: 400_000,
      currency: 'EUR',
      measures: 'money',
      asWritten: '400,000 euros',
      evidence: evidence('p1s0', 'diverting 400,000 euros'),
    },
    {
      id: 'fig-donations',
      label: 'Donations the trust has received since',
      value: 150_000,
      currency: 'EUR',
      measures: 'money',
      asWritten: '150,000 euros',
      evidence: evidence('p2s0', '150,000 euros in donations'),
    },
  ],
  context: [],
  timeline: [],
  summaries: {
    oneLine: { text: 'A former treasurer was convicted.', sentences: ['p1s0'] },
    short: { text: 'A former treasurer was convicted of diverting 400,000 euros.', sentences: ['p1s0'] },
    detailed: { text: 'A former treasurer was convicted of diverting 400,000 euros.', sentences: ['p1s0'] },
  },
  gaps: [],
});

const ask = (question: string) => answerQuestion(ARTICLE, question).answer;

describe('the verb of a question about a sum', () => {
  it('is not answered by a sum of another doing when the article never writes the verb', () => {
    const answer = ask('How much money did Quell personally keep?');
    expect(answer.answered).toBe(false);
    expect(answer.text).toMatch(/doesn't say/);
    expect(answer.text).toMatch(/keep/);
  });

  it('is answered when the figure does what is asked', () => {
    const answer = ask('How much money did Quell divert from the trust?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/400,?000/);
  });

  it('is answered for a verb that names no sum of its own', () => {
    const answer = ask('How much money did the trust get?');
    expect(answer.answered).toBe(true);
    expect(answer.text).not.toMatch(/doesn't say/);
  });

  it('is not answered by a sum the kind of money asked does not name', () => {
    const answer = ask('How much bonus money did Quell get?');
    expect(answer.answered).toBe(false);
    expect(answer.text).toMatch(/doesn't say how much bonus money/);
  });
});
