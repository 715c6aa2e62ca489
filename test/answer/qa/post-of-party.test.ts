import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../../src/answer/qa/index.ts';
import { Article } from '../../../src/model/schema.ts';
import { evidence, madeUpDatelineCity, madeUpHeader, madeUpPerson, sentencesOf } from './made-up.ts';

/**
 * A made-up story (one brewery buying another) no tuning article tells: a post written in two words before the party
 * it belongs to ("the chief executive of Tarnby Ales") is held only by that party's holder, not by another chief
 * executive whose description names the party.
 */
const PARAGRAPHS = [
  ['TARNBY, June 2 --'],
  ['Holsted Brewing agreed on Monday to buy its smaller rival Tarnby Ales for 40 million crowns.'],
  ['Tarnby Ales chief executive Lise Brandvold said the deal would save jobs.'],
  [
    'Holsted Brewing chief executive Anders Kjeld, whose firm is taking over Tarnby Ales, called it a fair price.',
  ],
];

const organization = (id: string, name: string, sentence: string) => ({
  id,
  name,
  namesAsWritten: [name],
  aliases: [],
  kind: 'company',
  evidence: evidence(sentence, name),
});

const ARTICLE = Article.parse({
  ...madeUpHeader({
    id: 'brewery-deal-2025-06-02',
    headline: 'Holsted Brewing to buy Tarnby Ales',
    dek: 'A small made-up article for post tests.',
    place: ['TARNBY', 'tarnby'],
    date: ['June 2', '2025-06-02'],
  }),
  captions: [],
  sentences: sentencesOf(PARAGRAPHS),
  countries: [],
  people: [
    {
      ...madeUpPerson({
        id: 'lise-brandvold',
        name: 'Lise Brandvold',
        title: 'Chief executive',
        role: 'Chief executive of Tarnby Ales',
        description: 'Chief executive of Tarnby Ales; said the deal would save jobs.',
        sentence: 'p2s0',
      }),
      organization: 'tarnby-ales',
    },
    {
      ...madeUpPerson({
        id: 'anders-kjeld',
        name: 'Anders Kjeld',
        title: 'Chief executive',
        role: 'Chief executive of Holsted Brewing',
        description:
          'Chief executive of Holsted Brewing, the firm taking over Tarnby Ales; called it a fair price.',
        sentence: 'p3s0',
      }),
      organization: 'holsted-brewing',
    },
  ],
  organizations: [
    organization('tarnby-ales', 'Tarnby Ales', 'p1s0'),
    organization('holsted-brewing', 'Holsted Brewing', 'p1s0'),
  ],
  places: [madeUpDatelineCity('Tarnby')],
  events: [
    {
      id: 'deal',
      kind: 'other',
      name: 'Takeover of Tarnby Ales by Holsted Brewing',
      nouns: ['takeover', 'deal'],
      aliases: [],
      format: [],
      date: { precision: 'day', value: '2025-06-02', asWritten: 'on Monday' },
      place: 'tarnby',
      participants: [],
      evidence: evidence('p1s0', 'agreed on Monday to buy'),
    },
  ],
  topics: [],
  outcomes: [],
  quotes: [],
  figures: [],
  context: [],
  timeline: [],
  summaries: {
    oneLine: { text: 'Holsted Brewing is buying Tarnby Ales.', sentences: ['p1s0'] },
    short: { text: 'Holsted Brewing agreed to buy Tarnby Ales.', sentences: ['p1s0'] },
    detailed: { text: 'Holsted Brewing agreed to buy its rival Tarnby Ales.', sentences: ['p1s0'] },
  },
  gaps: [],
});

const ask = (question: string) => answerQuestion(ARTICLE, question).answer;

describe('a post written in two words, of a party named after it', () => {
  it("answers with that party's holder only", () => {
    for (const question of [
      'Who is the chief executive of Tarnby Ales?',
      'Who was the CEO of Tarnby Ales?',
    ]) {
      const answer = ask(question);
      expect(answer.answered, question).toBe(true);
      expect(answer.text, question).toMatch(/Brandvold/);
      expect(answer.text, question).not.toMatch(/Kjeld/);
    }
  });

  it("still answers the other party's holder", () => {
    const answer = ask('Who is the chief executive of Holsted Brewing?');
    expect(answer.text).toMatch(/Kjeld/);
    expect(answer.text).not.toMatch(/Brandvold/);
  });
});
