import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../../src/answer/qa/index.ts';
import { analyzeQuestion } from '../../../src/answer/qa/analyze/analyze.ts';
import { HANDLERS } from '../../../src/answer/qa/handlers/index.ts';
import { indexArticle } from '../../../src/answer/qa/retrieve/article-index.ts';
import { EMPTY_STATE } from '../../../src/answer/qa/types.ts';
import { Article } from '../../../src/model/schema.ts';
import { loadCorpusArticles } from './corpus.ts';
import { evidence, madeUpHeader, madeUpPerson, sentencesOf } from './made-up.ts';

/**
 * Confident wrong answers, each mechanism on a small made-up story (a town council vote) no tuning article tells:
 * a share is not a count, "fell short of" denies what it precedes, a negator denies only within its own clause, and
 * an age is never answered by a count, and "how long" only by a span or a length.
 */
const PARAGRAPHS = [
  ['HARLOW BAY, May 4 --'],
  [
    'The Green Tide party won the most seats in the Harlow Bay council vote on Sunday but fell three seats short of a majority.',
  ],
  ['With all ballots counted, Green Tide had 38.2% of the vote and 19 of the 41 seats.'],
  ["Mayor Ansel Dorne, who had rejected the party's budget, conceded defeat on Sunday night."],
  ['A survey before the vote reached 1,200 residents.'],
];

const ARTICLE = Article.parse({
  ...madeUpHeader({
    id: 'council-vote-2025-05-04',
    headline: 'Green Tide wins most seats but no majority in council vote',
    dek: 'A small made-up article for honesty tests.',
    place: ['HARLOW BAY', 'harlow-bay'],
    date: ['May 4', '2025-05-04'],
  }),
  captions: [],
  sentences: sentencesOf(PARAGRAPHS),
  countries: [],
  people: [
    {
      id: 'ansel-dorne',
      name: 'Ansel Dorne',
      givenName: 'Ansel',
      familyName: 'Dorne',
      namesAsWritten: ['Ansel Dorne'],
      aliases: ['Dorne'],
      titleAsWritten: 'Mayor',
      titleVariants: [],
      role: 'mayor',
      involvement: 'participant',
      description: "Mayor of Harlow Bay; had rejected the party's budget, conceded defeat on Sunday night.",
      evidence: evidence('p3s0', 'Mayor Ansel Dorne'),
    },
  ],
  organizations: [
    {
      id: 'green-tide',
      name: 'Green Tide',
      namesAsWritten: ['Green Tide'],
      aliases: ['the Green Tide party'],
      kind: 'party',
      evidence: evidence('p1s0', 'The Green Tide party won the most seats'),
    },
  ],
  places: [
    {
      id: 'harlow-bay',
      name: 'Harlow Bay',
      namesAsWritten: ['HARLOW BAY', 'Harlow Bay'],
      aliases: [],
      kind: 'city',
      evidence: evidence('p1s0', 'Harlow Bay council vote'),
    },
  ],
  events: [
    {
      id: 'council-vote',
      kind: 'election',
      name: 'Harlow Bay council vote',
      nouns: ['vote'],
      aliases: [],
      format: [],
      date: {
        precision: 'day',
        value: '2025-05-04',
        asWritten: 'on Sunday',
        derivation: { method: 'Sunday resolved against the dateline', from: ['dateline', 'p0s0'] },
      },
      place: 'harlow-bay',
      participants: [],
      evidence: evidence('p1s0', 'won the most seats in the Harlow Bay council vote'),
    },
  ],
  topics: [],
  outcomes: [
    {
      id: 'out-short',
      statement: 'Green Tide won the most seats but fell three seats short of a majority.',
      modality: 'announced',
      parties: ['green-tide'],
      evidence: evidence('p1s0', 'won the most seats', 'fell three seats short of a majority'),
      keywords: ['majority', 'won'],
    },
  ],
  quotes: [],
  figures: [
    {
      id: 'fig-seats',
      label: "Green Tide's seats",
      value: 19,
      unit: 'seats',
      measures: 'count',
      asWritten: '19 of the 41 seats',
      evidence: evidence('p2s0', '19 of the 41 seats'),
      keywords: ['seats won'],
    },
    {
      id: 'fig-residents',
      label: 'Residents the survey reached',
      value: 1200,
      unit: 'residents',
      measures: 'count',
      asWritten: '1,200 residents',
      evidence: evidence('p4s0', '1,200 residents'),
      keywords: ['survey'],
    },
  ],
  context: [],
  timeline: [],
  summaries: {
    oneLine: { text: 'Green Tide won the most seats in the Harlow Bay council vote.', sentences: ['p1s0'] },
    short: { text: 'Green Tide won the most seats but fell short of a majority.', sentences: ['p1s0'] },
    detailed: {
      text: 'Green Tide won 19 of 41 seats in the Harlow Bay council vote, three short of a majority; the mayor conceded.',
      sentences: ['p1s0', 'p2s0', 'p3s0'],
    },
  },
  gaps: [],
});

const ask = (question: string) => answerQuestion(ARTICLE, question).answer;

describe('GIVEN a count asked of a thing the article gives only as a share', () => {
  it('WHEN "how many votes" meets "38.2% of the vote" THEN the seats are not given as the votes', () => {
    const answer = ask('How many votes did Green Tide get in total?');
    expect(answer.answered).toBe(false);
    expect(answer.text).toMatch(/doesn't say/);
  });

  it('WHEN the figure counts the thing asked THEN it is still given', () => {
    const answer = ask('How many seats did Green Tide win?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/\b19\b/);
  });
});

describe('GIVEN an age asked of no person the article names', () => {
  it('WHEN the only figure near it is a count THEN the count does not answer the age', () => {
    const answer = ask('How old were the residents in the survey?');
    expect(answer.answered).toBe(false);
    expect(answer.text).not.toMatch(/^Residents the survey reached/);
  });
});

describe('GIVEN a yes/no question whose evidence holds a denial', () => {
  it('WHEN the evidence says it "fell short of" what is asked THEN the answer is no', () => {
    expect(ask('Did Green Tide get a majority?').text).toMatch(/^No — .*short of a majority/);
    // The same fact still confirms what it does not deny.
    expect(ask('Did Green Tide take the most seats?').text).toMatch(/^Yes — /);
  });

  it('WHEN a negator belongs to another clause ("had rejected the budget, conceded") THEN it denies nothing', () => {
    const answer = ask('Did Dorne concede?');
    expect(answer.answered).toBe(true);
    expect(answer.text).not.toMatch(/^No\b/);
    expect(answer.text).not.toMatch(/— Yes —/);
  });
});

describe('GIVEN a "how long" question (on the tuning corpus\'s tennis article)', () => {
  const tennis = loadCorpusArticles().articles.find((a) => a.id.startsWith('tennis'))!;

  it('WHEN the answer found gives no span of time THEN the article does not say how long', () => {
    const first = answerQuestion(tennis, 'who is the tournament director?');
    const answer = answerQuestion(tennis, 'how long has he had the job?', first.memory).answer;
    expect(answer.answered).toBe(false);
    expect(answer.text).toMatch(/doesn't say how long/);
  });

  it('WHEN the sentence gives the span THEN it answers', () => {
    const answer = answerQuestion(tennis, 'how long was park off the tour?').answer;
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/eight months/);
  });
});

/**
 * A second made-up story (a landslide closing a mountain road) for the figure, photo and stated-gap mechanisms: a
 * figure of another thing than the one asked, a photo side asked in words, and a "when" the article says is unknown.
 */
const SLIDE_PARAGRAPHS = [
  ['KORVEL, Oct. 7 --'],
  [
    'A landslide buried the Korvel pass road on Tuesday, trapping 14 cars and cutting off the only route to the valley.',
  ],
  ['The highways board closed the pass and did not say when the road would reopen.'],
  [
    'Rebuilding the road will cost 3.2 million euros, the board said; the old road had been abandoned in 1990.',
  ],
  ['In March 2019, a smaller slide on the same pass trapped three cars.'],
  ['The two villages of the valley, with 2,600 residents combined, were left without a road.'],
  ['Each family whose car was damaged will get 500 euros in aid.'],
  [
    'From left: highways board director Mara Lindqvist, Mayor Tomas Ferro and geologist Ada Rusk inspect the slide on Tuesday.',
  ],
  ['Engineers from a private firm surveyed the hillside, but the board declined to name them.'],
];

const slidePerson = (
  id: string,
  name: string,
  title: string,
  side: 'left' | 'right' | 'center',
  description: string,
) =>
  madeUpPerson({
    id,
    name,
    title,
    role: title.toLowerCase(),
    description,
    sentence: 'p7s0',
    photoPosition: { asWritten: side === 'center' ? 'center' : `from ${side}`, side, fromSide: 1 },
  });

const slideFigure = (
  id: string,
  label: string,
  value: number,
  asWritten: string,
  sentence: string,
  extra: Record<string, unknown> = {},
) => ({ id, label, value, asWritten, evidence: evidence(sentence, asWritten), ...extra });

const SLIDE = Article.parse({
  ...madeUpHeader({
    id: 'pass-landslide-2025-10-07',
    headline: 'Landslide buries Korvel pass road, cutting off valley',
    dek: 'A small made-up article for honesty tests.',
    place: ['KORVEL', 'korvel'],
    date: ['Oct. 7', '2025-10-07'],
  }),
  captions: [{ text: SLIDE_PARAGRAPHS[7]![0]!, sentences: ['p7s0'] }],
  sentences: sentencesOf(SLIDE_PARAGRAPHS).map((s) =>
    s.id === 'p7s0' ? { ...s, kind: 'caption' as const } : s,
  ),
  countries: [],
  people: [
    {
      ...slidePerson(
        'mara-lindqvist',
        'Mara Lindqvist',
        'Director',
        'left',
        'Director of the highways board.',
      ),
      organization: 'highways-board',
    },
    slidePerson('tomas-ferro', 'Tomas Ferro', 'Mayor', 'center', 'Mayor of Korvel.'),
    slidePerson('ada-rusk', 'Ada Rusk', 'Geologist', 'right', 'Geologist inspecting the slide.'),
  ],
  organizations: [
    {
      id: 'highways-board',
      name: 'Korvel Highways Board',
      namesAsWritten: ['highways board'],
      aliases: ['the highways board'],
      kind: 'agency',
      evidence: evidence('p2s0', 'The highways board'),
    },
  ],
  places: [
    {
      id: 'korvel',
      name: 'Korvel',
      namesAsWritten: ['KORVEL', 'Korvel'],
      aliases: [],
      kind: 'city',
      evidence: evidence('p1s0', 'Korvel pass road'),
    },
  ],
  events: [
    {
      id: 'landslide',
      kind: 'disaster',
      name: 'Korvel pass landslide',
      nouns: ['landslide', 'slide'],
      aliases: [],
      format: [],
      date: {
        precision: 'day',
        value: '2025-10-07',
        asWritten: 'on Tuesday',
        derivation: { method: 'Tuesday resolved against the dateline', from: ['dateline', 'p0s0'] },
      },
      place: 'korvel',
      participants: [],
      evidence: evidence('p1s0', 'A landslide buried the Korvel pass road on Tuesday'),
    },
  ],
  topics: [],
  outcomes: [
    {
      id: 'out-closed',
      statement: 'The highways board closed the pass and did not say when the road would reopen.',
      modality: 'announced',
      parties: ['highways-board'],
      evidence: evidence('p2s0', 'closed the pass'),
      keywords: ['closed', 'road'],
    },
  ],
  quotes: [],
  figures: [
    slideFigure('fig-cars', 'Cars trapped by the landslide', 14, '14 cars', 'p1s0', {
      unit: 'cars',
      measures: 'count',
    }),
    slideFigure('fig-cost', 'Cost of rebuilding the road', 3_200_000, '3.2 million euros', 'p3s0', {
      currency: 'EUR',
      scale: 'million',
      measures: 'money',
    }),
    slideFigure('fig-residents', 'Residents of the two villages combined', 2600, '2,600 residents', 'p5s0', {
      unit: 'residents',
      measures: 'count',
    }),
    slideFigure('fig-aid', 'Aid per family whose car was damaged, in euros', 500, '500 euros', 'p6s0', {
      currency: 'EUR',
      measures: 'money',
    }),
  ],
  context: [
    {
      id: 'ctx-closed',
      kind: 'cause',
      statement: 'The highways board closed the pass after the landslide buried the road.',
      evidence: evidence('p2s0', 'closed the pass'),
    },
    {
      id: 'ctx-survey',
      kind: 'consequence',
      statement: 'Engineers from a private firm surveyed the hillside.',
      evidence: evidence('p8s0', 'Engineers from a private firm surveyed the hillside'),
    },
  ],
  timeline: [
    {
      id: 'tl-2019',
      date: { precision: 'month', value: '2019-03', asWritten: 'In March 2019' },
      what: 'A smaller slide on the same pass trapped three cars.',
      relevance: 'The pass has slid before.',
      people: [],
      places: [],
      evidence: evidence('p4s0', 'a smaller slide on the same pass trapped three cars'),
    },
  ],
  summaries: {
    oneLine: { text: 'A landslide buried the Korvel pass road.', sentences: ['p1s0'] },
    short: { text: 'A landslide buried the Korvel pass road, trapping 14 cars.', sentences: ['p1s0'] },
    detailed: {
      text: 'A landslide buried the Korvel pass road, trapping 14 cars; rebuilding will cost 3.2 million euros.',
      sentences: ['p1s0', 'p3s0'],
    },
  },
  gaps: [
    {
      about: 'Which engineers surveyed the hillside: the board declined to name them.',
      evidence: evidence('p8s0', 'the board declined to name them'),
    },
    {
      about: 'When the road will reopen: the highways board did not say.',
      evidence: evidence('p2s0', 'did not say when the road would reopen'),
    },
  ],
});

const askSlide = (question: string) => answerQuestion(SLIDE, question).answer;

describe('GIVEN a figure of another thing than the one asked', () => {
  it('WHEN "the old road" is asked and the figure names only the road THEN its cost is not the old one', () => {
    const answer = askSlide('How much did the old road cost?');
    expect(answer.answered).toBe(false);
    expect(askSlide('How much will rebuilding the road cost?').text).toMatch(/3\.2 million/);
  });

  it("WHEN a year is asked that neither the figure nor the story holds THEN the story's count is not that year's", () => {
    const answer = askSlide('How many cars were trapped in 2019?');
    expect(answer.answered).toBe(false);
    expect(askSlide('How many cars were trapped?').text).toMatch(/\b14\b/);
  });

  it('WHEN the label names the thing asked only in a clause qualifying it THEN it does not measure it', () => {
    expect(askSlide('How much damage has the slide caused?').answered).toBe(false);
  });

  it('WHEN the counted things are done in words the article never uses THEN the count is not given', () => {
    expect(askSlide('How many cars exploded?').answered).toBe(false);
  });

  it('WHEN the label says the opposite ("combined" for "on its own") THEN it is not the figure asked', () => {
    expect(askSlide('How many residents does each village have on its own?').answered).toBe(false);
  });
});

describe('GIVEN a photo caption placing three people', () => {
  it('WHEN the side is asked in words ("on the right in the photo") THEN only that person answers', () => {
    const answer = askSlide("who's on the right in the photo?");
    expect(answer.text).toMatch(/Rusk/);
    expect(answer.text).not.toMatch(/Lindqvist|Ferro/);
  });

  it('WHEN a follow-up names only the other side ("and the left?") THEN that person answers', () => {
    const first = answerQuestion(SLIDE, 'who is on the right side of the picture');
    const answer = answerQuestion(SLIDE, 'and the left?', first.memory).answer;
    expect(answer.text).toMatch(/Lindqvist/);
    expect(answer.text).not.toMatch(/Rusk|Ferro/);
  });
});

describe('GIVEN a "when" the article says is unknown, beside an undated fact in the same sentence', () => {
  it('WHEN it is asked THEN the undated fact does not answer it', () => {
    const answer = askSlide('when will the road reopen?');
    expect(answer.answered).toBe(false);
    expect(answer.text).toMatch(/did not say/);
  });
});

describe('GIVEN a post asked by its noun', () => {
  it('WHEN nobody in the article holds it THEN the article does not say, instead of listing whom it names', () => {
    const spokesman = askSlide("Who is the highways board's spokesman?");
    expect(spokesman.answered).toBe(false);
    expect(spokesman.text).not.toMatch(/Lindqvist/);
    const captain = askSlide("Who is the highways board's captain?");
    expect(captain.answered).toBe(false);
    expect(captain.text).toMatch(/doesn't say who the captain of Korvel Highways Board is/);
    const driver = askSlide('what was the name of the driver');
    expect(driver.answered).toBe(false);
    expect(driver.text).toMatch(/doesn't say who the driver is/);
  });

  it('WHEN someone holds it (in the words titles use for it) THEN they still answer', () => {
    expect(askSlide('Who is the head of the highways board?').text).toMatch(/Lindqvist/);
    expect(askSlide('Who is the mayor?').text).toMatch(/Ferro/);
  });
});

describe("GIVEN a stated gap that asks, in the question's own words, what it leaves open", () => {
  it('WHEN a fact shares its words THEN the gap answers: the article does not say which', () => {
    const answer = askSlide('which engineers surveyed the hillside?');
    expect(answer.answered).toBe(false);
    expect(answer.text).toMatch(/declined to name them/);
  });
});

describe('GIVEN a question whose asked words the article never uses', () => {
  it('WHEN two of them are what is asked THEN the fact retrieval does not answer from the rest', () => {
    // Other handlers refuse most such questions first; the fact retrieval must refuse too when one does not.
    const facts = HANDLERS.find((h) => h.name === 'facts')!;
    const index = indexArticle(SLIDE);
    const question = analyzeQuestion(index, 'why did the board close the pass, sabotage or vandalism?');
    expect(question.unknownWords).toEqual(['sabotage', 'vandalism']);
    expect(facts.match(question, { index, memory: EMPTY_STATE, people: [] })).toBeUndefined();
  });
});

describe('GIVEN the meaning of a name asked', () => {
  it('WHEN no sentence tells what the name means THEN a sentence naming it does not answer', () => {
    for (const question of ['What does Korvel mean?', 'what does the name korvel mean']) {
      const answer = askSlide(question);
      expect(answer.answered).toBe(false);
      expect(answer.text).toMatch(/doesn't say what the name Korvel means/);
    }
  });
});

describe('GIVEN a person\'s remit asked ("responsible for", "in charge of", "oversee")', () => {
  it('WHEN it is asked THEN their title answers, and "in charge of" asks no sum of money', () => {
    for (const question of [
      'What is Lindqvist responsible for?',
      'What area is Lindqvist in charge of?',
      'What does Lindqvist oversee?',
    ]) {
      const answer = askSlide(question);
      expect(answer.answered).toBe(true);
      expect(answer.text).toMatch(/Director/);
    }
  });
});
