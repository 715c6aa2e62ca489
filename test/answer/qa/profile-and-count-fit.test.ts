import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../../src/answer/qa/index.ts';
import { Article } from '../../../src/model/schema.ts';
import { addParagraph, evidence, madeUpArticle, madeUpHeader, sentencesOf } from './made-up.ts';

/**
 * Confident wrong answers of two kinds, on a made-up story (a sailing regatta) no tuning article tells: a person's
 * profile given for a question that ties them to an organization, place or year they are not of, or asks of them
 * what their profile holds no word of; and a count answered by a figure of another measure, of another counted
 * thing, or for "the names of" the things counted.
 */
const PARAGRAPHS = [
  ['SALTMERE, June 2 --'],
  ['Skipper Rhea Lund won the Saltmere Cup regatta on Sunday, finishing 12 seconds ahead of Tomas Brenn.'],
  ['The semifinals were sailed on Saturday in light wind, when Lund beat the defending champion.'],
  ['Race officers checked the course for the sailors 40 minutes before the start.'],
  ['Fourteen boats started the regatta, and three crews came from Dunmore.'],
  ['Four buoys marked the course, which was sponsored by Corvel Marine.'],
  ['Anneke Voss, chair of the Saltmere Yacht Club, handed Lund the trophy.'],
  ['Two protests were lodged after the final race.'],
];

const ARTICLE = Article.parse({
  ...madeUpHeader({
    id: 'regatta-2025-06-02',
    headline: 'Lund wins the Saltmere Cup regatta',
    dek: 'A small made-up article for honesty tests.',
    place: ['SALTMERE', 'saltmere'],
    date: ['June 2', '2025-06-02'],
  }),
  captions: [],
  sentences: sentencesOf(PARAGRAPHS),
  countries: [],
  people: [
    {
      id: 'rhea-lund',
      name: 'Rhea Lund',
      givenName: 'Rhea',
      familyName: 'Lund',
      namesAsWritten: ['Rhea Lund'],
      aliases: ['Lund'],
      titleAsWritten: 'Skipper',
      titleVariants: [],
      role: 'skipper',
      organization: 'yacht-club',
      involvement: 'participant',
      description: 'Skipper; won the Saltmere Cup regatta, finishing 12 seconds ahead of Tomas Brenn.',
      evidence: evidence('p1s0', 'Skipper Rhea Lund'),
    },
    {
      id: 'tomas-brenn',
      name: 'Tomas Brenn',
      givenName: 'Tomas',
      familyName: 'Brenn',
      namesAsWritten: ['Tomas Brenn'],
      aliases: ['Brenn'],
      titleAsWritten: 'runner-up',
      titleVariants: [],
      role: 'skipper',
      involvement: 'participant',
      description: 'Finished second in the regatta, 12 seconds behind Lund.',
      evidence: evidence('p1s0', 'Tomas Brenn'),
    },
    {
      id: 'anneke-voss',
      name: 'Anneke Voss',
      givenName: 'Anneke',
      familyName: 'Voss',
      namesAsWritten: ['Anneke Voss'],
      aliases: ['Voss'],
      titleAsWritten: 'chair of the Saltmere Yacht Club',
      titleVariants: [],
      role: 'chair',
      organization: 'yacht-club',
      involvement: 'mentioned',
      description: 'Chair of the Saltmere Yacht Club; handed Lund the trophy.',
      evidence: evidence('p6s0', 'Anneke Voss, chair of the Saltmere Yacht Club'),
    },
  ],
  organizations: [
    {
      id: 'yacht-club',
      name: 'Saltmere Yacht Club',
      namesAsWritten: ['Saltmere Yacht Club'],
      aliases: [],
      kind: 'other',
      evidence: evidence('p6s0', 'Saltmere Yacht Club'),
    },
    {
      id: 'corvel-marine',
      name: 'Corvel Marine',
      namesAsWritten: ['Corvel Marine'],
      aliases: [],
      kind: 'company',
      evidence: evidence('p5s0', 'sponsored by Corvel Marine'),
    },
  ],
  places: [
    {
      id: 'saltmere',
      name: 'Saltmere',
      namesAsWritten: ['SALTMERE', 'Saltmere'],
      aliases: [],
      kind: 'city',
      evidence: evidence('p0s0', 'SALTMERE'),
    },
    {
      id: 'dunmore',
      name: 'Dunmore',
      namesAsWritten: ['Dunmore'],
      aliases: [],
      kind: 'city',
      evidence: evidence('p4s0', 'three crews came from Dunmore'),
    },
  ],
  events: [
    {
      id: 'regatta',
      kind: 'match',
      name: 'Saltmere Cup regatta',
      nouns: ['regatta'],
      aliases: [],
      format: [],
      date: {
        precision: 'day',
        value: '2025-06-01',
        asWritten: 'on Sunday',
        derivation: { method: 'Sunday resolved against the dateline', from: ['dateline', 'p0s0'] },
      },
      place: 'saltmere',
      participants: [],
      evidence: evidence('p1s0', 'won the Saltmere Cup regatta on Sunday'),
    },
  ],
  topics: [],
  outcomes: [],
  quotes: [],
  figures: [
    {
      id: 'fig-margin',
      label: "Lund's winning margin over Brenn",
      value: 12,
      unit: 'seconds',
      measures: 'duration',
      asWritten: '12 seconds',
      evidence: evidence('p1s0', '12 seconds ahead'),
    },
    {
      id: 'fig-check',
      label: 'How long before the start the officers checked the course for the sailors',
      value: 40,
      unit: 'minutes',
      measures: 'duration',
      asWritten: '40 minutes',
      evidence: evidence('p3s0', '40 minutes before the start'),
    },
    {
      id: 'fig-boats',
      label: 'Boats that started the regatta',
      value: 14,
      unit: 'boats',
      measures: 'count',
      asWritten: 'Fourteen boats',
      evidence: evidence('p4s0', 'Fourteen boats started the regatta'),
    },
    {
      id: 'fig-crews',
      label: 'Crews from Dunmore',
      value: 3,
      unit: 'crews',
      measures: 'count',
      asWritten: 'three crews',
      evidence: evidence('p4s0', 'three crews came from Dunmore'),
    },
    {
      id: 'fig-buoys',
      label: 'Buoys marking the course',
      value: 4,
      unit: 'buoys',
      measures: 'count',
      asWritten: 'Four buoys',
      evidence: evidence('p5s0', 'Four buoys marked the course'),
    },
    {
      id: 'fig-protests',
      label: 'Protests lodged after the final race',
      value: 2,
      unit: 'protests',
      measures: 'count',
      asWritten: 'Two protests',
      evidence: evidence('p7s0', 'Two protests were lodged'),
    },
  ],
  context: [],
  timeline: [],
  summaries: {
    oneLine: { text: 'Rhea Lund won the Saltmere Cup regatta.', sentences: ['p1s0'] },
    short: {
      text: 'Rhea Lund won the Saltmere Cup regatta, 12 seconds ahead of Tomas Brenn.',
      sentences: ['p1s0'],
    },
    detailed: {
      text: 'Rhea Lund won the Saltmere Cup regatta, 12 seconds ahead of Tomas Brenn; fourteen boats started.',
      sentences: ['p1s0', 'p4s0'],
    },
  },
  gaps: [],
});

const ask = (question: string) => answerQuestion(ARTICLE, question).answer;

describe("GIVEN a person's profile and a question tying them to something it does not hold", () => {
  it('WHEN the chair of another organization is asked THEN the chair of the club is not given as theirs', () => {
    const answer = ask('Who is the chair of Corvel Marine?');
    expect(answer.answered).toBe(false);
    expect(ask('Who is the chair of the Saltmere Yacht Club?').text).toMatch(/Anneke Voss/);
  });

  it('WHEN the winner is asked of a place the winner is not tied to THEN the winner of the story is not given', () => {
    expect(ask('Who won in Dunmore?').answered).toBe(false);
    expect(ask('Who won the regatta?').text).toMatch(/Rhea Lund/);
  });

  it("WHEN the winner of another year is asked THEN this year's winner is not given", () => {
    expect(ask('Who won the regatta in 2019?').answered).toBe(false);
  });

  it('WHEN a named person is asked about what their profile holds no word of THEN the profile is not the answer', () => {
    const answer = ask('Who did Brenn beat in the semifinal?');
    expect(answer.answered).toBe(false);
    expect(answer.text).toMatch(/Tomas Brenn/);
    expect(ask('Who is Tomas Brenn?').text).toMatch(/second/);
  });
});

describe('GIVEN a count asked that the figure found does not count', () => {
  it('WHEN the figure is of another measure (minutes before the sailors) THEN it is not how many sailors', () => {
    expect(ask('How many sailors are still racing?').answered).toBe(false);
    expect(ask('How many boats started the regatta?').text).toMatch(/\b14\b/);
  });

  it('WHEN the noun asked is counted by another figure THEN a count of other things is not given', () => {
    expect(ask('How many of the protests were by crews from Dunmore?').answered).toBe(false);
    expect(ask('How many protests were lodged?').text).toMatch(/\b2\b/);
    expect(ask('How many crews came from Dunmore?').text).toMatch(/\b3\b/);
  });

  it('WHEN the names of the things counted are asked THEN their count is not the answer', () => {
    expect(ask('What are the names of the buoys?').answered).toBe(false);
    expect(ask('How many buoys marked the course?').text).toMatch(/\b4\b/);
  });

  it('WHEN "how many of the N things" is asked THEN the figure of the N things the question gives is not the answer', () => {
    expect(ask('How many of the two protests were by crews from Dunmore?').answered).toBe(false);
  });
});

describe('GIVEN a money word in a question that asks the way something is paid', () => {
  const article = structuredClone(madeUpArticle());
  addParagraph(
    article,
    'The town council is paying for a new alarm system with a loan from a regional bank.',
  );

  it('WHEN "how is X paying" is asked THEN the way is answered, not refused for want of a sum', () => {
    const { answer } = answerQuestion(article, 'How is the council paying for the alarm system?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/loan/);
  });

  it('WHEN "how much" is asked THEN a sentence without a sum still does not answer', () => {
    const { answer } = answerQuestion(article, 'How much is the council paying for the alarm system?');
    expect(answer.answered).toBe(false);
  });
});
