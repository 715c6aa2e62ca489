import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../../src/answer/qa/index.ts';
import { Article } from '../../../src/model/schema.ts';
import { addParagraph, evidence, madeUpArticle } from './made-up.ts';

describe('GIVEN a quote whose speaker the model describes without the name', () => {
  it('WHEN asked who said it THEN the answer names the person before the description', () => {
    const { answer } = answerQuestion(
      madeUpArticle(),
      'Who said "We never stopped hoping it would come home"?',
    );
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/^Ilse Marvent, the curator, said: “We never stopped hoping/);
  });
});

/** The painting story with a cost the museum expects to pay, a figure with no date. */
function withExpectedCost(): Article {
  const article = madeUpArticle();
  const id = addParagraph(article, 'The museum expects the new alarm system to cost about 80,000 euros.');
  article.figures.push({
    id: 'fig-alarm',
    label: 'Expected cost of the new alarm system',
    value: 80_000,
    currency: 'EUR',
    measures: 'money',
    asWritten: 'about 80,000 euros',
    evidence: evidence(id, 'about 80,000 euros'),
  });
  return Article.parse(article);
}

describe('GIVEN an undated figure the model labels as expected', () => {
  it('WHEN asked what it will cost THEN the expected figure answers, not "what will happen next" refused', () => {
    const { answer } = answerQuestion(withExpectedCost(), 'how much will the new alarm system cost?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/80,000 euros/);
  });
});

/** The painting story with the theft itself on the timeline, the recovery's lead quote also saying the canvas was removed. */
function withTheftOnTimeline(): Article {
  const article = madeUpArticle();
  const id = addParagraph(article, 'A thief removed the canvas from a storeroom in Dorrik on December 19.');
  article.places.push({
    id: 'dorrik',
    name: 'Dorrik',
    namesAsWritten: ['Dorrik'],
    aliases: [],
    kind: 'city',
    evidence: evidence(id, 'Dorrik'),
  });
  article.events[0]!.evidence.quotes.push('eleven weeks after the canvas was removed');
  article.timeline.push({
    id: 'tl-theft',
    date: { precision: 'day', value: '2024-12-19', asWritten: 'on December 19' },
    what: 'A thief removed the canvas from a storeroom in Dorrik.',
    relevance: 'The theft the recovery ends.',
    people: [],
    places: ['dorrik'],
    evidence: evidence(id, 'removed the canvas from a storeroom in Dorrik on December 19'),
  });
  return Article.parse(article);
}

describe('GIVEN an earlier step on the timeline whose words the event lead also holds', () => {
  it('WHEN asked when that step happened THEN its own date answers, not the event day', () => {
    const { answer } = answerQuestion(withTheftOnTimeline(), 'When was the canvas removed?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/December 19/);
  });

  it('WHEN asked where that step happened THEN its own place answers, not the event place', () => {
    const { answer } = answerQuestion(withTheftOnTimeline(), 'Where was the canvas removed?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/Dorrik/);
  });

  it('WHEN asked when the painting was recovered THEN the event day answers', () => {
    const { answer } = answerQuestion(withTheftOnTimeline(), 'When was the landscape recovered?');
    expect(answer.text).toMatch(/March 6/);
  });
});

/** The painting story with an open yes/no the guard's lawyer would not answer. */
function withRefusedWhether(): Article {
  const article = madeUpArticle();
  const id = addParagraph(article, 'His lawyer would not say whether Holm will appeal.');
  article.gaps.push({
    about: 'Whether Holm will appeal: his lawyer would not say.',
    evidence: evidence(id, 'would not say whether Holm will appeal'),
  });
  return Article.parse(article);
}

describe('GIVEN a stated open yes/no whose reply is a refusal', () => {
  it('WHEN asked it THEN the refusal is the answer, neither yes nor no', () => {
    const { answer } = answerQuestion(withRefusedWhether(), 'Will Holm appeal?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/would not say/);
    expect(answer.text).not.toMatch(/^(Yes|No)\b/);
  });
});

/** The painting story with an earlier theft of the same painting on the timeline. */
function withEarlierTheft(): Article {
  const article = madeUpArticle();
  const id = addParagraph(article, 'The landscape was also stolen in 2009, from a travelling exhibition.');
  article.timeline.push({
    id: 'tl-2009',
    date: { precision: 'year', value: '2009', asWritten: 'in 2009' },
    what: 'The landscape was stolen from a travelling exhibition.',
    relevance: 'An earlier theft of the same painting.',
    people: [],
    places: [],
    evidence: evidence(id, 'also stolen in 2009, from a travelling exhibition'),
  });
  return Article.parse(article);
}

describe('GIVEN an earlier occasion on the timeline, dated before the event', () => {
  it('WHEN asked whether it happened before THEN yes, with the earlier occasion', () => {
    const { answer } = answerQuestion(withEarlierTheft(), 'Has the landscape been stolen before?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/^Yes\b.*2009/);
  });
});

/** The painting story with a place it will hang again and a stated gap about when. */
function withGapOnWhen(): Article {
  const article = madeUpArticle();
  const id = addParagraph(
    article,
    'The museum said the painting would hang in its east wing again, but did not say when.',
  );
  article.outcomes.push({
    id: 'out-hang',
    statement: "The painting will hang in the museum's east wing again.",
    modality: 'announced',
    parties: [],
    evidence: evidence(id, 'the painting would hang in its east wing again'),
  });
  article.gaps.push({
    about: 'When the painting will hang again: the museum did not say.',
    evidence: evidence(id, 'did not say when'),
  });
  return Article.parse(article);
}

describe('GIVEN a stated gap whose lead asks another slot than the question', () => {
  it('WHEN asked where and a fact holds it THEN the question is answered, the gap a note beside it', () => {
    const { answer } = answerQuestion(withGapOnWhen(), 'where will the painting hang?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/east wing/);
  });

  it('WHEN asked the very thing the gap leaves open THEN it stays unanswered', () => {
    const { answer } = answerQuestion(withGapOnWhen(), 'when will the painting hang again?');
    expect(answer.answered).toBe(false);
  });
});
