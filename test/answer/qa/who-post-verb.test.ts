import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../../src/answer/qa/index.ts';
import { Article } from '../../../src/model/schema.ts';
import { evidence, madeUpDatelineCity, madeUpHeader, madeUpPerson, sentencesOf } from './made-up.ts';

/**
 * A made-up story (theatre awards) no tuning article tells: "who directed X?" names the doer of a post (a director);
 * a person found through X in another part (an actor named for it) did not direct it.
 */
const PARAGRAPHS = [
  ['LUNDMARK, October 12 --'],
  ['The stage drama "Cold Harbour" won the Lundmark Theatre Prize on Saturday.'],
  ['Mira Havlik, who directed it, thanked the cast.'],
  ['Jon Tessaro was named best actor for "Salt Road".'],
];

const ARTICLE = Article.parse({
  ...madeUpHeader({
    id: 'theatre-prize-2025-10-12',
    headline: '"Cold Harbour" wins the Lundmark Theatre Prize',
    dek: 'A small made-up article for who-question tests.',
    place: ['LUNDMARK', 'lundmark'],
    date: ['October 12', '2025-10-12'],
  }),
  captions: [],
  sentences: sentencesOf(PARAGRAPHS),
  countries: [],
  people: [
    madeUpPerson({
      id: 'mira-havlik',
      name: 'Mira Havlik',
      title: 'director',
      role: 'Director of "Cold Harbour"',
      description: 'Director of "Cold Harbour"; thanked the cast.',
      sentence: 'p2s0',
    }),
    madeUpPerson({
      id: 'jon-tessaro',
      name: 'Jon Tessaro',
      title: 'actor',
      role: 'Actor named best actor for "Salt Road"',
      description: 'Actor named best actor for "Salt Road".',
      sentence: 'p3s0',
    }),
  ],
  organizations: [],
  places: [madeUpDatelineCity('Lundmark')],
  events: [
    {
      id: 'prize',
      kind: 'award',
      name: 'Lundmark Theatre Prize',
      nouns: ['prize'],
      aliases: [],
      format: [],
      date: { precision: 'day', value: '2025-10-11', asWritten: 'on Saturday' },
      place: 'lundmark',
      participants: [],
      evidence: evidence('p1s0', 'won the Lundmark Theatre Prize'),
    },
  ],
  topics: [],
  outcomes: [],
  quotes: [],
  figures: [],
  context: [],
  timeline: [],
  summaries: {
    oneLine: { text: '"Cold Harbour" won the Lundmark Theatre Prize.', sentences: ['p1s0'] },
    short: { text: '"Cold Harbour" won the Lundmark Theatre Prize.', sentences: ['p1s0'] },
    detailed: { text: '"Cold Harbour" won the Lundmark Theatre Prize.', sentences: ['p1s0'] },
  },
  gaps: [],
});

const ask = (question: string) => answerQuestion(ARTICLE, question).answer;

describe('"who <verb>" where the verb names the doer of a post', () => {
  it('is not answered by someone the article does not give that post', () => {
    const answer = ask('Who directed Salt Road?');
    expect(answer.answered).toBe(false);
    expect(answer.text).toMatch(/doesn't say who directed salt road/);
  });

  it('is still answered by the holder of the post', () => {
    const answer = ask('Who directed Cold Harbour?');
    expect(answer.text).toMatch(/Havlik/);
  });
});
