import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../../src/answer/qa/index.ts';
import { Article } from '../../../src/model/schema.ts';
import { addParagraph, evidence, madeUpArticle } from './made-up.ts';

/** The made-up painting story with one more sentence, spelling the curator's name another way. */
function withSecondSpelling(): Article {
  const base = madeUpArticle();
  const last = base.sentences.at(-1)!;
  const text = 'Marvant said the frame would be repaired by spring.';
  const start = last.end + 2;
  return Article.parse({
    ...base,
    sentences: [
      ...base.sentences,
      { id: 'p6s0', paragraph: 6, index: 0, start, end: start + text.length, text, kind: 'body' },
    ],
    people: base.people.map((p) =>
      p.id === 'ilse-marvent'
        ? {
            ...p,
            namesAsWritten: [...(p.namesAsWritten ?? []), 'Marvant'],
            aliases: [...p.aliases, 'Marvant'],
          }
        : p,
    ),
  });
}

describe('GIVEN a name the article writes two ways', () => {
  it('WHEN asked "is it X or Y?" THEN it says the article writes both, for whom, citing the sentences', () => {
    const { answer } = answerQuestion(withSecondSpelling(), 'is it Marvent or Marvant?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/both ways for Ilse Marvent/);
    expect(answer.text).toMatch(/“Marvent” in 2 sentences and “Marvant” in one sentence/);
    expect(answer.citations.map((c) => c.sentenceId)).toContain('p6s0');
  });

  it('WHEN one of the two forms is never written THEN it says which form the article uses', () => {
    const { answer } = answerQuestion(madeUpArticle(), 'marvent or marvant? which spelling');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/writes “Marvent” \(Ilse Marvent\); it never writes “marvant”/);
  });

  it('WHEN the name is asked once THEN it is not a spelling question', () => {
    const { answer } = answerQuestion(withSecondSpelling(), 'who is Marvent?');
    expect(answer.text).not.toMatch(/writes it both ways/);
  });
});

describe('GIVEN a bare "what happened?"', () => {
  it('THEN the story itself answers (its one-line summary), not a timeline entry from years before', () => {
    const { answer } = answerQuestion(madeUpArticle(), 'what happened?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toBe('Police in Vellmoor recovered a stolen landscape.');
    expect(answer.text).not.toMatch(/1994/);
  });

  it('WHEN a year is asked with it THEN the summary does not answer', () => {
    const { answer } = answerQuestion(madeUpArticle(), 'what happened in 1994?');
    expect(answer.text).not.toBe('Police in Vellmoor recovered a stolen landscape.');
  });
});

/** The painting story with more figures, all resting on one sentence (the test reads the figures, not the text). */
function withFigures(
  ...figures: { id: string; label: string; value: number; unit: string; measures: string }[]
) {
  const base = madeUpArticle();
  return Article.parse({
    ...base,
    figures: [
      ...base.figures,
      ...figures.map((f) => ({
        ...f,
        asWritten: `${f.value} ${f.unit}`,
        evidence: evidence('p3s0', 'insured'),
      })),
    ],
  });
}

const TOWER = {
  id: 'fig-tower',
  label: 'Altitude of the museum tower',
  value: 48,
  unit: 'metres',
  measures: 'length',
};
const WALK = {
  id: 'fig-walk',
  label: 'Distance from the museum tower to the station',
  value: 900,
  unit: 'metres',
  measures: 'length',
};
const PATH = {
  id: 'fig-path',
  label: 'Average gradient of the path',
  value: 12,
  unit: 'percent',
  measures: 'percentage',
};
const HALL = {
  id: 'fig-hall',
  label: 'Temperature in the exhibition hall',
  value: 19,
  unit: 'degrees Celsius',
  measures: 'temperature',
};
const VAULT = {
  id: 'fig-vault',
  label: 'Temperature in the vault',
  value: 12,
  unit: 'degrees Celsius',
  measures: 'temperature',
};
const SESSION = {
  id: 'fig-session',
  label: 'Length of the board meeting',
  value: 3,
  unit: 'hours',
  measures: 'duration',
};

describe('GIVEN a "how <adjective>" question about a quantity', () => {
  it('WHEN "how high" is asked and one figure is an altitude THEN the altitude answers, not another length', () => {
    const { answer } = answerQuestion(withFigures(TOWER, WALK), 'how high is the tower?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/Altitude of the museum tower: 48 metres/);
  });

  it('WHEN "how steep" is asked THEN the gradient answers', () => {
    const { answer } = answerQuestion(withFigures(PATH), 'how steep is the path?');
    expect(answer.text).toMatch(/gradient of the path: 12 percent/);
  });

  it('WHEN "how hot was it?" names nothing else and the article has one temperature THEN that one answers', () => {
    const { answer } = answerQuestion(withFigures(HALL), 'how hot was it?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/19 degrees Celsius/);
  });

  it('WHEN the article has two temperatures THEN "how hot was it?" picks neither', () => {
    const { answer } = answerQuestion(withFigures(HALL, VAULT), 'how hot was it?');
    expect(answer.text).not.toMatch(/degrees Celsius/);
  });

  it('WHEN "how long was the meeting?" asks what a figure measures of a meeting THEN that length answers', () => {
    const { answer } = answerQuestion(withFigures(SESSION), 'how long was the meeting?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/board meeting: 3 hours/);
  });
});

/** The painting story with a caption naming its two people as one row counted from the left. */
function withRow(): Article {
  const base = madeUpArticle();
  return Article.parse({
    ...base,
    people: base.people.map((p, i) => ({
      ...p,
      photoPosition: { asWritten: 'From left', side: 'left', fromSide: i + 1 },
    })),
  });
}

describe('GIVEN a photo caption naming one row counted from one side', () => {
  it('WHEN the other side is asked THEN the last one named in the row answers', () => {
    const { answer } = answerQuestion(withRow(), 'who is on the right in the photo?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/^Piet Holm is on the right of the photo/);
  });

  it('WHEN the middle of a row of two is asked THEN nobody is placed there', () => {
    const { answer } = answerQuestion(withRow(), 'who is in the middle of the photo?');
    expect(answer.answered).toBe(false);
  });
});

/** The painting story with one sentence splitting a reward between the town and the insurer. */
function withReward(): Article {
  const base = madeUpArticle();
  const last = base.sentences.at(-1)!;
  const text = 'The town will pay 60 percent of the reward and the insurer 40 percent.';
  const start = last.end + 2;
  const share = (id: string, label: string, value: number) => ({
    id,
    label,
    value,
    unit: 'percent',
    measures: 'percentage',
    asWritten: `${value} percent`,
    evidence: evidence('p6s0', `${value} percent`),
  });
  return Article.parse({
    ...base,
    sentences: [
      ...base.sentences,
      { id: 'p6s0', paragraph: 6, index: 0, start, end: start + text.length, text, kind: 'body' },
    ],
    organizations: [
      {
        id: 'vellmoor-council',
        name: 'Vellmoor Town Council',
        namesAsWritten: ['town'],
        aliases: ['the town', 'town council'],
        kind: 'government',
        evidence: evidence('p6s0', 'The town'),
      },
    ],
    figures: [
      ...base.figures,
      share('fig-council-share', 'Share of the reward paid by the local municipality', 60),
      share('fig-insurer-share', "Insurer's share of the reward", 40),
    ],
  });
}

describe('GIVEN a share asked with a money verb ("pay")', () => {
  it('WHEN "what share does the insurer pay?" THEN the percentage answers, not "no sum of money"', () => {
    const { answer } = answerQuestion(withReward(), 'what share does the insurer pay?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/40 percent/);
    expect(answer.text).not.toMatch(/sum of money/);
  });
});

describe('GIVEN a question about what someone the article never names did', () => {
  it('WHEN "what did the jury decide?" is asked of a story with no jury THEN it says the article does not say, not what others decided', () => {
    const answer = answerQuestion(madeUpArticle(), 'what did the jury decide?').answer;
    expect(answer.answered).toBe(false);
    expect(answer.text).toMatch(/doesn't say anything about jury/);
  });

  it('WHEN the one who did it is in the article THEN it is answered', () => {
    const answer = answerQuestion(madeUpArticle(), 'what did the police recover?').answer;
    expect(answer.answered).toBe(true);
  });
});

/** The painting story with a reward paid for by the town, what the owner will do with the money, and a count. */
function withRewardSpent(): Article {
  const article = madeUpArticle();
  const id = addParagraph(
    article,
    'The owner will give the reward money to the town library. Police paid for three tips but found nothing in them.',
  );
  article.outcomes.push({
    id: 'out-library',
    statement: 'The owner will give the reward money to the town library.',
    modality: 'announced',
    parties: [],
    evidence: evidence(id, 'will give the reward money to the town library'),
  });
  article.figures.push({
    id: 'fig-tips',
    label: 'Tips police paid for that led nowhere',
    value: 3,
    unit: 'tips',
    measures: 'count',
    asWritten: 'three tips',
    evidence: evidence(id, 'paid for three tips'),
  });
  return Article.parse(article);
}

describe('GIVEN a money word that is not the quantity asked', () => {
  it('WHEN "what will the owner do with the money?" THEN what the money goes to answers, no sum asked', () => {
    const { answer } = answerQuestion(withRewardSpent(), 'what will the owner do with the money?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/library/);
  });

  it('WHEN "how many tips did police pay for?" THEN the count answers, not "no sum of money"', () => {
    const { answer } = answerQuestion(withRewardSpent(), 'how many tips did police pay for?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/\b3\b|three/);
  });

  it('WHEN "how much was the painting worth?" THEN the sum is still asked and answered with one', () => {
    const { answer } = answerQuestion(withRewardSpent(), 'how much was the painting worth?');
    expect(answer.text).toMatch(/2\.4 million euros/);
  });
});

/** The painting story whose event is also called the search, with a figure naming it by its other noun. */
function withSearchLength(): Article {
  const article = madeUpArticle();
  const id = addParagraph(article, 'The search by detectives and divers lasted three weeks.');
  article.events[0]!.aliases.push('search');
  article.figures.push({
    id: 'fig-search-length',
    label: 'Length of the recovery by divers',
    value: 3,
    unit: 'weeks',
    measures: 'duration',
    asWritten: 'three weeks',
    evidence: evidence(id, 'lasted three weeks'),
  });
  return Article.parse(article);
}

describe('GIVEN a figure whose label names the story event by another of its words', () => {
  it('WHEN asked how long the event lasted by one word THEN the figure naming it by the other answers', () => {
    const { answer } = answerQuestion(withSearchLength(), 'how long did the search last?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/3 weeks|three weeks/);
  });
});

describe('GIVEN a question about a person in a word the article never uses', () => {
  it('WHEN the rest of what is asked is in their profile ("how did Marvent mend the painting?") THEN the profile answers', () => {
    const { answer } = answerQuestion(madeUpArticle(), 'how did Marvent mend the painting?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/restored the painting/);
  });

  it('WHEN nothing else asked is in their profile THEN the article does not say it of them', () => {
    const { answer } = answerQuestion(madeUpArticle(), "what is Marvent's favourite colour?");
    expect(answer.answered).toBe(false);
  });
});
