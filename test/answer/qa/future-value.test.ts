import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../../src/answer/qa/index.ts';
import { Article } from '../../../src/model/schema.ts';
import { evidence, madeUpDatelineCity, madeUpHeader, sentencesOf } from './made-up.ts';

/**
 * A made-up story (a bus fare rise) no tuning article tells: "what will the fare be after the June meeting?" asks a
 * value to come; the timeline entry dating the next meeting tells when, not what the fare will be.
 */
const PARAGRAPHS = [
  ['BRAVIK, May 14 --'],
  ['The Bravik transport board raised the single bus fare to 3 euros on Tuesday.'],
  ["The board's next fare decision is on June 18."],
];

const ARTICLE = Article.parse({
  ...madeUpHeader({
    id: 'bus-fare-2025-05-14',
    headline: 'Bravik raises the bus fare',
    dek: 'A small made-up article for future-question tests.',
    place: ['BRAVIK', 'bravik'],
    date: ['May 14', '2025-05-14'],
  }),
  captions: [],
  sentences: sentencesOf(PARAGRAPHS),
  countries: [],
  people: [],
  organizations: [],
  places: [madeUpDatelineCity('Bravik')],
  events: [
    {
      id: 'fare-rise',
      kind: 'other',
      name: 'Bus fare rise in Bravik',
      nouns: ['fare rise'],
      aliases: [],
      format: [],
      date: { precision: 'day', value: '2025-05-13', asWritten: 'on Tuesday' },
      place: 'bravik',
      participants: [],
      evidence: evidence('p1s0', 'raised the single bus fare'),
    },
  ],
  topics: [],
  outcomes: [],
  quotes: [],
  figures: [],
  context: [],
  timeline: [
    {
      id: 'tl-next',
      date: { precision: 'day', value: '2025-06-18', asWritten: 'on June 18' },
      what: "The board's next scheduled fare decision.",
      relevance: 'When the board meets again.',
      people: [],
      places: [],
      evidence: evidence('p2s0', "The board's next fare decision is on June 18."),
    },
  ],
  summaries: {
    oneLine: { text: 'Bravik raised its bus fare.', sentences: ['p1s0'] },
    short: { text: 'Bravik raised its bus fare to 3 euros.', sentences: ['p1s0'] },
    detailed: { text: 'Bravik raised its bus fare to 3 euros.', sentences: ['p1s0'] },
  },
  gaps: [],
});

const ask = (question: string) => answerQuestion(ARTICLE, question).answer;

describe('a value to come asked against a dated next step', () => {
  it('does not give the date of the next step as the value', () => {
    const answer = ask('What will the fare be after the June decision?');
    expect(answer.answered).toBe(false);
    expect(answer.text).toMatch(/doesn't say what the fare will be\. What it does say: .*June 18/);
  });

  it('still gives the date when that is asked', () => {
    const answer = ask('When is the next fare decision?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/June 18/);
  });
});
