import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../../src/answer/qa/index.ts';
import type { Article, Person } from '../../../src/model/schema.ts';
import { analyzeQuestion } from '../../../src/answer/qa/analyze/analyze.ts';
import { answerWhoDid } from '../../../src/answer/qa/handlers/who-did.ts';
import { indexArticle } from '../../../src/answer/qa/retrieve/article-index.ts';
import { loadCorpusArticles } from './corpus.ts';

/**
 * Answers that sit in the article's sentences or people's descriptions but in no structured fact: a made-up
 * paragraph and a made-up person are added to a copy of a tuning article, so only general mechanisms can pass.
 */
const { articles } = loadCorpusArticles();
function article(prefix: string): Article {
  const found = articles.find((a) => a.id.startsWith(prefix));
  if (!found) throw new Error(`no corpus article ${prefix}`);
  return found;
}

const MADE_UP = [
  'The pumping station in Velmora was rebuilt by volunteers in March 2026.',
  'Volunteers planted 340 oak trees along the Sarn embankment.',
  'The Velmora Water Board (VWB) approved the plan because the old pumps had failed twice.',
];

/** A copy of the quake article with one made-up paragraph and one made-up person: nothing in code knows them. */
function withMadeUpParagraph(): Article {
  const copy = structuredClone(article('quake'));
  const paragraph = Math.max(...copy.sentences.map((s) => s.paragraph)) + 1;
  let start = Math.max(...copy.sentences.map((s) => s.end)) + 2;
  MADE_UP.forEach((text, index) => {
    copy.sentences.push({
      id: `p${paragraph}s${index}`,
      paragraph,
      index,
      start,
      end: start + text.length,
      text,
      kind: 'body',
    });
    start += text.length + 1;
  });
  const template = copy.people[0]!;
  const engineer: Person = {
    ...structuredClone(template),
    id: 'orla-venn',
    name: 'Orla Venn',
    givenName: 'Orla',
    familyName: 'Venn',
    namesAsWritten: ['Orla Venn'],
    aliases: ['Venn'],
    titleAsWritten: 'hydraulic engineer',
    titleVariants: [],
    role: 'engineer',
    involvement: 'mentioned',
    description: 'Designed the new flood gates; thanked the volunteers',
    evidence: { sentences: [`p${paragraph}s0`], quotes: [] },
  };
  delete engineer.portfolio;
  delete engineer.organization;
  delete engineer.side;
  delete engineer.photoPosition;
  const rival = (id: string, name: string, description: string): Person => ({
    ...structuredClone(engineer),
    id,
    name,
    givenName: name.split(' ')[0]!,
    familyName: name.split(' ')[1]!,
    namesAsWritten: [name],
    aliases: [name.split(' ')[1]!],
    titleAsWritten: 'chess player',
    role: 'player',
    description,
  });
  copy.people.push(
    engineer,
    rival('tamsin-reyes', 'Tamsin Reyes', 'Lost the regional chess final'),
    rival('brannoc-hale', 'Brannoc Hale', 'Beaten by Orla Venn in the chess semifinal'),
  );
  return copy;
}

const story = withMadeUpParagraph();
const ask = (question: string) => answerQuestion(story, question).answer;

describe('GIVEN an answer that sits in a sentence and in no fact', () => {
  it('WHEN the sentence holds every asked word and a date THEN it answers "when", quoted and cited', () => {
    const answer = ask('When was the pumping station rebuilt?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/March 2026/);
    expect(answer.citations.map((c) => c.text)).toContain(MADE_UP[0]);
  });

  it('WHEN what is to come or another year is asked THEN a sentence about the past or without that year does not answer', () => {
    expect(ask('When will the pumping station be rebuilt?').text).not.toMatch(/March 2026/);
    expect(ask('Who rebuilt the pumping station in 2019?').text).not.toMatch(/volunteers in March 2026/);
  });

  it('WHEN the question adds a word no sentence holds THEN the article does not say', () => {
    expect(ask('When was the pumping station painted?').answered).toBe(false);
    expect(ask('When was the pumping station in Dorrin rebuilt?').answered).toBe(false);
  });

  it('WHEN "how many" asks for a count THEN only a number counting the thing asked answers', () => {
    const trees = ask('How many oak trees did volunteers plant?');
    expect(trees.answered).toBe(true);
    expect(trees.text).toMatch(/\b340\b/);
    const volunteers = ask('How many volunteers planted oak trees?');
    expect(volunteers.answered).toBe(false);
    expect(volunteers.text).toMatch(/^The article doesn't say how many volunteers/);
  });

  it('WHEN "why" is asked THEN the sentence must give a reason', () => {
    const why = ask('Why did the water board approve the plan?');
    expect(why.answered).toBe(true);
    expect(why.text).toMatch(/failed twice/);
  });
});

describe('GIVEN a who-question about what someone did', () => {
  it("WHEN one person's described part holds the verb and its object THEN that person answers, not a list", () => {
    const answer = ask('Who designed the flood gates?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/^Orla Venn\b/);
  });

  it('WHEN the verb and object sit in two clauses of the description THEN they do not make an answer', () => {
    const index = indexArticle(story);
    expect(answerWhoDid(index, analyzeQuestion(index, 'Who designed the volunteers?'))).toBeUndefined();
    expect(answerWhoDid(index, analyzeQuestion(index, 'Who thanked the volunteers?'))?.text).toMatch(
      /^Orla Venn/,
    );
  });

  it('WHEN the only part holding the words names someone else THEN it answers no question about another person', () => {
    const index = indexArticle(story);
    const beaten = analyzeQuestion(index, 'Who did Tamsin Reyes beat in the chess semifinal?');
    expect(answerWhoDid(index, beaten)).toBeUndefined();
  });

  it('WHEN the people named hold no part the question asks THEN the article does not say, and names them', () => {
    const answer = answerQuestion(article('rate'), 'Who voted against the cut?').answer;
    expect(answer.answered).toBe(false);
    expect(answer.text).toMatch(/^The article doesn't say who voted .*What it does say: The article names/);
  });

  it('WHEN a who-question holds a word the article never uses THEN it is refused, not answered with the cast', () => {
    const answer = ask('Who won the doubles?');
    expect(answer.answered).toBe(false);
    expect(answer.text).toMatch(/doesn't say anything about .*\bdoubles\b/);
  });
});

describe('GIVEN an abbreviation asked to be spelt out', () => {
  it('WHEN the article writes it in brackets after its words THEN those words answer', () => {
    const answer = ask('what does VWB stand for');
    expect(answer.answered).toBe(true);
    expect(answer.text).toBe('VWB stands for Velmora Water Board.');
  });

  it('WHEN the article never spells it out THEN the article does not say', () => {
    const answer = ask('What does QXR stand for?');
    expect(answer.answered).toBe(false);
    expect(answer.text).toMatch(/^The article doesn't say anything about Qxr\b/);
  });
});

describe('GIVEN a word written in capitals', () => {
  it('WHEN "US" is asked about and the article never writes it THEN it is a name the article lacks, not "us"', () => {
    expect(answerQuestion(article('rate'), "What's the rate in the US?").answer.answered).toBe(false);
    expect(answerQuestion(article('rate'), "What's the rate?").answer.answered).toBe(true);
  });
});

describe('GIVEN the named features analyze reads once from the question text', () => {
  const index = indexArticle(story);
  const features = (text: string) => analyzeQuestion(index, text);
  it('THEN the future, the source, the publication date and the summary are features, not handler regexes', () => {
    expect(features('What will happen next?').asksFuture).toBe(true);
    expect(features('What happened?').asksFuture).toBe(false);
    // A passage quoted from the article is looked up; its tense and negation are not the question's.
    expect(features('Who said "we will not stop until it is found"?').asksFuture).toBe(false);
    expect(features('Who said "we will not stop until it is found"?').negated).toBe(false);
    expect(features('Who took the photo?').asksSource).toBe(true);
    expect(features('When was the article published?').asksPublished).toBe(true);
    expect(features('Summarize the story').asksSummary).toBe('short');
    expect(features('Tell me everything, summary please').asksSummary).toBe('detailed');
    expect(features('what does VWB stand for').expands).toBe('vwb');
    expect(features('How many oak trees were planted?').counted).toEqual(['oak', 'tree']);
  });
  it('WHEN the summary is asked THEN the article summary answers it', () => {
    expect(ask('Summarize the story').text).toBe(story.summaries.short.text);
  });
});
