import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../../src/answer/qa/index.ts';
import { decide, type Verdict } from '../../../src/answer/qa/handlers/yes-no-verdict.ts';
import { Article } from '../../../src/model/schema.ts';
import { evidence, madeUpHeader, sentencesOf } from './made-up.ts';

/**
 * Yes/no answers as candidates with verdicts and one decision, on a small made-up story (a harbour regatta) no
 * tuning article tells: the cases where the order of the old cascade decided the answer.
 */
const PARAGRAPHS = [
  ['MERRICK HARBOUR, June 9 --'],
  ['The crew of the Blue Heron won the Merrick Harbour Trophy on Sunday after six hours at sea.'],
  ['Skipper Oren Valdis said the crew had trained together for a year.'],
  ['Last year the Blue Heron finished fourth and won no trophy.'],
  ['It was not clear whether the boats built at the yard in Dunmore carried the same mast.'],
  ['The harbour board holds nine of the twelve seats on the regatta committee.'],
  ['Harbour master Lena Osk said she would leave the harbour board in July.'],
  ['The harbour board agreed to move the finish line closer to the pier.'],
  ["Merrick Harbour is Valdoria's oldest sailing port."],
];

const ARTICLE = Article.parse({
  ...madeUpHeader({
    id: 'harbour-regatta-2025-06-09',
    headline: 'Blue Heron wins Merrick Harbour regatta',
    dek: 'A small made-up article for yes/no tests.',
    place: ['MERRICK HARBOUR', 'merrick-harbour'],
    date: ['June 9', '2025-06-09'],
  }),
  captions: [],
  sentences: sentencesOf(PARAGRAPHS),
  countries: [],
  people: [
    {
      id: 'oren-valdis',
      name: 'Oren Valdis',
      givenName: 'Oren',
      familyName: 'Valdis',
      namesAsWritten: ['Oren Valdis'],
      aliases: ['Valdis'],
      titleAsWritten: 'Skipper',
      titleVariants: [],
      role: 'skipper',
      involvement: 'participant',
      description: 'Skipper of the Blue Heron; said the crew had trained together for a year.',
      evidence: evidence('p2s0', 'Skipper Oren Valdis'),
    },
    {
      id: 'lena-osk',
      name: 'Lena Osk',
      givenName: 'Lena',
      familyName: 'Osk',
      namesAsWritten: ['Lena Osk'],
      aliases: ['Osk'],
      titleAsWritten: 'Harbour master',
      titleVariants: [],
      role: 'harbour master',
      involvement: 'mentioned',
      organization: 'harbour-board',
      description: 'Harbour master; said she would leave the harbour board in July.',
      evidence: evidence('p6s0', 'Harbour master Lena Osk'),
    },
  ],
  organizations: [
    {
      id: 'harbour-board',
      name: 'Merrick Harbour Board',
      namesAsWritten: ['harbour board'],
      aliases: ['the harbour board'],
      kind: 'agency',
      evidence: evidence('p5s0', 'The harbour board'),
    },
    {
      id: 'regatta-committee',
      name: 'regatta committee',
      namesAsWritten: ['regatta committee'],
      aliases: ['the committee'],
      kind: 'other',
      evidence: evidence('p5s0', 'the regatta committee'),
    },
  ],
  places: [
    {
      id: 'merrick-harbour',
      name: 'Merrick Harbour',
      country: 'vd',
      namesAsWritten: ['MERRICK HARBOUR', 'Merrick Harbour'],
      aliases: [],
      kind: 'city',
      evidence: evidence('p1s0', 'Merrick Harbour Trophy'),
    },
    {
      id: 'valdoria',
      name: 'Valdoria',
      namesAsWritten: ['Valdoria'],
      aliases: [],
      kind: 'country',
      country: 'vd',
      evidence: evidence('p8s0', "Valdoria's oldest sailing port"),
    },
    {
      id: 'dunmore',
      name: 'Dunmore',
      namesAsWritten: ['Dunmore'],
      aliases: [],
      kind: 'city',
      evidence: evidence('p4s0', 'the yard in Dunmore'),
    },
  ],
  events: [
    {
      id: 'regatta',
      kind: 'match',
      name: 'Merrick Harbour Trophy',
      nouns: ['regatta', 'trophy'],
      aliases: [],
      format: [],
      date: {
        precision: 'day',
        value: '2025-06-09',
        asWritten: 'on Sunday',
        derivation: { method: 'Sunday resolved against the dateline', from: ['dateline', 'p0s0'] },
      },
      place: 'merrick-harbour',
      participants: [],
      evidence: evidence('p1s0', 'won the Merrick Harbour Trophy on Sunday'),
    },
  ],
  topics: [
    {
      id: 'topic-committee',
      label: 'The harbour board and the regatta committee',
      keywords: ['committee', 'seats', 'board'],
      countries: [],
      evidence: evidence('p5s0', 'holds nine of the twelve seats on the regatta committee'),
    },
  ],
  outcomes: [
    {
      id: 'out-finish',
      statement: 'The harbour board agreed to move the finish line closer to the pier.',
      modality: 'agreed',
      parties: ['harbour-board'],
      evidence: evidence('p7s0', 'agreed to move the finish line closer to the pier'),
      keywords: ['finish line', 'pier'],
    },
  ],
  quotes: [],
  figures: [
    {
      id: 'fig-seats',
      label: 'Seats the harbour board holds on the regatta committee',
      value: 9,
      unit: 'seats',
      measures: 'count',
      asWritten: 'nine of the twelve seats',
      evidence: evidence('p5s0', 'nine of the twelve seats'),
      keywords: ['committee seats'],
    },
  ],
  context: [
    {
      id: 'ctx-osk',
      kind: 'consequence',
      statement: 'Harbour master Lena Osk said she would leave the harbour board in July.',
      evidence: evidence('p6s0', 'she would leave the harbour board in July'),
    },
  ],
  timeline: [
    {
      id: 'tl-last-year',
      date: { precision: 'year', value: '2024', asWritten: 'Last year' },
      what: 'The Blue Heron finished fourth and won no trophy.',
      relevance: 'The winning boat did not win the previous regatta.',
      people: [],
      places: [],
      evidence: evidence('p3s0', 'the Blue Heron finished fourth and won no trophy'),
    },
  ],
  summaries: {
    oneLine: { text: 'The Blue Heron won the Merrick Harbour regatta.', sentences: ['p1s0'] },
    short: { text: 'The Blue Heron won the Merrick Harbour regatta on Sunday.', sentences: ['p1s0'] },
    detailed: {
      text: 'The Blue Heron, which missed last year with hull repairs, won the Merrick Harbour regatta on Sunday.',
      sentences: ['p1s0', 'p3s0'],
    },
  },
  gaps: [
    {
      about: 'Whether the boats built at the Dunmore yard carried the same mast: it was not clear.',
      evidence: evidence(
        'p4s0',
        'It was not clear whether the boats built at the yard in Dunmore carried the same mast',
      ),
    },
  ],
});

const ask = (question: string) => answerQuestion(ARTICLE, question).answer;

describe('GIVEN a stated gap and a place check that both answer a yes/no', () => {
  it('WHEN the question names a place that is not the event\'s THEN "it was not clear" beats "it took place elsewhere"', () => {
    const answer = ask('Did the yachts built in Dunmore use the same mast?');
    expect(answer.text).not.toMatch(/^No\b/);
    expect(answer.text).toMatch(/not clear/);
  });

  it("WHEN the place asked is the event's THEN the place check still answers", () => {
    expect(ask('Was the regatta held in Merrick Harbour?').text).toMatch(/^Yes — /);
  });

  it("WHEN the place asked is the country holding the event's town THEN the answer is yes", () => {
    expect(ask('Was the regatta held in Valdoria?').text).toMatch(/^Yes — .*Merrick Harbour/);
  });
});

describe("GIVEN a denial of one of the event's own words", () => {
  it('WHEN the evidence says the boat "won no trophy" THEN "did it win a trophy?" is answered no', () => {
    expect(ask('Did the Blue Heron win a trophy last year?').text).toMatch(/^No — .*won no trophy/);
  });
});

describe('GIVEN a yes/no naming a person and a fact about someone else', () => {
  it('WHEN the only fact holding the words does not involve the person THEN it confirms nothing', () => {
    const answer = ask('Did Valdis agree to move the finish line?');
    expect(answer.answered).toBe(false);
    expect(answer.text).toMatch(/doesn't say/);
    // The fact still confirms what it states of whom it involves.
    expect(ask('Did the harbour board agree to move the finish line?').text).toMatch(/^Yes — /);
  });
});

describe('GIVEN verdicts of several candidates, the decision', () => {
  const verdict = (v: Partial<Verdict> & Pick<Verdict, 'ruling' | 'basis'>): Verdict => ({
    draft: { answered: v.ruling !== 'open', text: v.ruling, sentences: [] },
    coverage: 1,
    ...v,
  });

  it('WHEN the article says it does not know THEN that beats a checked yes listed first', () => {
    const chosen = decide([
      verdict({ ruling: 'yes', basis: 'checked', candidate: 'place' }),
      verdict({ ruling: 'open', basis: 'stated-gap', candidate: 'ranked-fact', coverage: 0.5 }),
    ]);
    expect(chosen?.candidate).toBe('ranked-fact');
  });

  it('WHEN a sentence denies what a checked field would confirm THEN the denial wins', () => {
    const chosen = decide([
      verdict({ ruling: 'yes', basis: 'checked', candidate: 'event-day' }),
      verdict({ ruling: 'no', basis: 'denial', candidate: 'ranked-fact' }),
    ]);
    expect(chosen?.ruling).toBe('no');
  });

  it('WHEN a loose fact covers more of the question than a checked field THEN the field still wins', () => {
    const chosen = decide([
      verdict({ ruling: 'shown', basis: 'loose', candidate: 'ranked-fact', coverage: 1 }),
      verdict({ ruling: 'no', basis: 'checked', candidate: 'person', coverage: 0.3 }),
    ]);
    expect(chosen?.candidate).toBe('person');
  });

  it('WHEN two fields are checked THEN the one whose evidence covers more of the question wins', () => {
    const chosen = decide([
      verdict({ ruling: 'no', basis: 'checked', candidate: 'event-day', coverage: 0.3 }),
      verdict({ ruling: 'yes', basis: 'checked', candidate: 'fact-date', coverage: 0.8 }),
    ]);
    expect(chosen?.candidate).toBe('fact-date');
  });

  it('WHEN verdicts are equal THEN the first listed is kept', () => {
    const chosen = decide([
      verdict({ ruling: 'no', basis: 'checked', candidate: 'person' }),
      verdict({ ruling: 'yes', basis: 'checked', candidate: 'place' }),
    ]);
    expect(chosen?.candidate).toBe('person');
  });
});
