import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../../src/answer/qa/index.ts';
import { Article } from '../../../src/model/schema.ts';
import { evidence, madeUpDatelineCity, madeUpHeader, sentencesOf } from './made-up.ts';

/**
 * A made-up story (a harbour fee settled) no tuning article tells: "Does Tarnholm agree?" is not confirmed by a
 * fact in which someone else agreed to something Tarnholm asked for; the agreeing party is confirmed.
 */
const PARAGRAPHS = [
  ['KELSBURY, May 2 --'],
  ['The Kelsbury port authority agreed on Thursday to cut the harbour fees demanded by Tarnholm.'],
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
    id: 'harbour-fees-2025-05-02',
    headline: 'Port authority agrees to cut harbour fees',
    dek: 'A small made-up article for yes/no tests.',
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
      name: 'Harbour fee cut',
      nouns: ['cut'],
      aliases: [],
      format: [],
      date: { precision: 'day', value: '2025-05-01', asWritten: 'on Thursday' },
      place: 'kelsbury',
      participants: [],
      evidence: evidence('p1s0', 'agreed on Thursday to cut'),
    },
  ],
  topics: [],
  outcomes: [
    {
      id: 'out-cut',
      statement: 'The Kelsbury port authority agreed to cut the harbour fees demanded by Tarnholm.',
      modality: 'announced',
      parties: ['port-authority', 'tarnholm'],
      evidence: evidence('p1s0', 'agreed on Thursday to cut the harbour fees demanded by Tarnholm'),
      keywords: ['agreed', 'fees'],
    },
  ],
  quotes: [],
  figures: [],
  context: [],
  timeline: [],
  summaries: {
    oneLine: { text: 'The port authority agreed to cut harbour fees.', sentences: ['p1s0'] },
    short: { text: 'The port authority agreed to cut harbour fees.', sentences: ['p1s0'] },
    detailed: { text: 'The port authority agreed to cut harbour fees.', sentences: ['p1s0'] },
  },
  gaps: [],
});

const ask = (question: string) => answerQuestion(ARTICLE, question).answer;

describe('who agreed', () => {
  it('is not confirmed for a party named only after the agreeing', () => {
    const answer = ask('Did Tarnholm agree?');
    expect(answer.text).not.toMatch(/^\W*yes\b/i);
  });

  it('is confirmed for the party that agreed', () => {
    expect(ask('Did the port authority agree to cut the fees?').text).toMatch(/^\W*yes\b/i);
  });
});
