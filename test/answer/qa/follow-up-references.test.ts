import { describe, expect, it } from 'vitest';
import { ConversationAnswerer } from '../../../src/answer/qa/index.ts';
import { Article } from '../../../src/model/schema.ts';
import { evidence, madeUpHeader, madeUpPerson, sentencesOf } from './made-up.ts';

/**
 * What a follow-up's "he", "she" or "it" means, on a made-up story (a ferry line opened) no tuning article resembles:
 * the person just quoted, the photo just asked about.
 */
const PARAGRAPHS = [
  ['TARNHOLM, June 2 --'],
  ['A ferry line between Tarnholm and Oskby opened on Monday, cutting the crossing to forty minutes.'],
  [
    '"The fares are too high for daily commuters," said Runa Pell, a transport economist at the Brisk Institute.',
  ],
  [
    'The Oskby Ferry Company was fined 40,000 euros by the Coastal Shipping Authority in 2024 for late sailings.',
  ],
  [
    'From left: harbour master Edda Sorn and captain Ivo Larch of the Oskby Ferry Company on the deck of the first ferry at the Tarnholm pier.',
  ],
];

const ferry = Article.parse({
  ...madeUpHeader({
    id: 'ferry-line-2025-06-02',
    headline: 'Ferry line opens between Tarnholm and Oskby',
    dek: 'A small made-up article for follow-up tests.',
    place: ['TARNHOLM', 'tarnholm'],
    date: ['June 2', '2025-06-02'],
  }),
  captions: [{ text: PARAGRAPHS[4]![0]!, sentences: ['p4s0'] }],
  sentences: sentencesOf(PARAGRAPHS).map((s) => (s.id === 'p4s0' ? { ...s, kind: 'caption' as const } : s)),
  countries: [],
  people: [
    {
      ...madeUpPerson({
        id: 'runa-pell',
        name: 'Runa Pell',
        title: 'transport economist',
        role: 'transport economist',
        description: 'Transport economist at the Brisk Institute; said the fares are too high for commuters.',
        sentence: 'p2s0',
      }),
      involvement: 'mentioned' as const,
      organization: 'brisk-institute',
    },
    madeUpPerson({
      id: 'edda-sorn',
      name: 'Edda Sorn',
      title: 'harbour master',
      role: 'harbour master',
      description: 'Harbour master of Tarnholm, pictured on the deck of the first ferry.',
      sentence: 'p4s0',
      photoPosition: { asWritten: 'From left', side: 'left', fromSide: 1 },
    }),
    madeUpPerson({
      id: 'ivo-larch',
      name: 'Ivo Larch',
      title: 'captain',
      role: 'captain',
      description: 'Captain of the first ferry, of the Oskby Ferry Company.',
      sentence: 'p4s0',
      photoPosition: { asWritten: 'From left', side: 'left', fromSide: 2 },
    }),
  ],
  organizations: [
    {
      id: 'brisk-institute',
      name: 'Brisk Institute',
      namesAsWritten: ['Brisk Institute'],
      aliases: [],
      kind: 'other',
      evidence: evidence('p2s0', 'the Brisk Institute'),
    },
    {
      id: 'ferry-company',
      name: 'Oskby Ferry Company',
      namesAsWritten: ['Oskby Ferry Company'],
      aliases: [],
      kind: 'company',
      evidence: evidence('p4s0', 'the Oskby Ferry Company'),
    },
  ],
  places: [
    {
      id: 'tarnholm',
      name: 'Tarnholm',
      namesAsWritten: ['TARNHOLM', 'Tarnholm'],
      aliases: [],
      kind: 'city',
      evidence: evidence('p1s0', 'Tarnholm'),
    },
  ],
  events: [
    {
      id: 'ferry-opening',
      kind: 'other',
      name: 'Opening of the Tarnholm-Oskby ferry line',
      nouns: ['opening', 'ferry line'],
      aliases: [],
      format: [],
      date: {
        precision: 'day',
        value: '2025-06-02',
        asWritten: 'on Monday',
        derivation: { method: 'Monday resolved against the dateline', from: ['dateline', 'p0s0'] },
      },
      place: 'tarnholm',
      participants: [],
      evidence: evidence('p1s0', 'A ferry line between Tarnholm and Oskby opened on Monday'),
    },
  ],
  topics: [],
  outcomes: [],
  quotes: [
    {
      id: 'quote-pell',
      text: 'The fares are too high for daily commuters',
      speaker: 'Runa Pell',
      speakerDescription: 'a transport economist at the Brisk Institute',
      verb: 'said',
      speakerIds: ['runa-pell'],
      attribution: 'explicit',
      evidence: evidence('p2s0', 'The fares are too high for daily commuters'),
    },
  ],
  figures: [],
  context: [],
  timeline: [
    {
      id: 'tl-fine',
      date: { precision: 'year', value: '2024', asWritten: 'in 2024' },
      what: 'The Coastal Shipping Authority fined the Oskby Ferry Company 40,000 euros for late sailings.',
      relevance: 'The company has run late before.',
      people: [],
      places: [],
      evidence: evidence('p3s0', 'was fined 40,000 euros by the Coastal Shipping Authority in 2024'),
      keywords: ['fine', 'fined', 'late'],
    },
  ],
  summaries: {
    oneLine: { text: 'A ferry line between Tarnholm and Oskby opened.', sentences: ['p1s0'] },
    short: { text: 'A ferry line between Tarnholm and Oskby opened on Monday.', sentences: ['p1s0'] },
    detailed: {
      text: 'A ferry line between Tarnholm and Oskby opened on Monday, cutting the crossing to forty minutes.',
      sentences: ['p1s0'],
    },
  },
  gaps: [],
});

/** The last answer of one conversation. */
function last(...turns: string[]): { answered: boolean; text: string } {
  const answerer = new ConversationAnswerer();
  let answer = { answered: false, text: '' };
  for (const turn of turns) answer = answerer.ask('thread', turn, ferry);
  return answer;
}

describe('GIVEN a follow-up whose pronoun means what the last turn was about', () => {
  it('WHEN "where does she work?" follows a quote THEN it is the person quoted, and her employer answers', () => {
    const answer = last('What did Pell say?', 'where does she work?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/Brisk Institute/);
    expect(answer.text).not.toMatch(/opened on Monday|took place/);
  });

  it('WHEN "where was it taken?" follows a question about the photo THEN "it" is the photo', () => {
    const answer = last('Who is in the photo?', 'where was it taken?');
    expect(answer.text).toMatch(/Tarnholm pier/);
    expect(answer.text).not.toMatch(/doesn't say/);
  });

  it('WHEN a question names the photo after one about a person THEN it is asked as it stands', () => {
    const answer = last('Who is Ivo Larch?', 'where was the photo taken?');
    expect(answer.text).toMatch(/Tarnholm pier/);
  });

  it('WHEN a bare "by whom?" follows a fact THEN it asks who did what the fact tells, not who took part', () => {
    const answer = last('What was the ferry company fined for?', 'by whom?');
    expect(answer.text).toMatch(/Coastal Shipping Authority/);
    expect(answer.text).not.toMatch(/took part/);
  });
});
