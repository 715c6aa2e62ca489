import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { HANDLERS, inPriorityOrder } from '../../../src/answer/qa/handlers/index.ts';
import { normalizeQuestion } from '../../../src/answer/qa/normalize/normalize.ts';
import { answerNormalized } from '../../../src/answer/qa/pipeline.ts';
import type { Handler, Question } from '../../../src/answer/qa/types.ts';
import { madeUpArticle } from './made-up.ts';

const HANDLER_DIR = new URL('../../../src/answer/qa/handlers/', import.meta.url);

describe('GIVEN the handler registry', () => {
  it('THEN every handler has its own name and priority, and they run in priority order', () => {
    expect(new Set(HANDLERS.map((h) => h.name)).size).toBe(HANDLERS.length);
    expect(new Set(HANDLERS.map((h) => h.priority)).size).toBe(HANDLERS.length);
    const priorities = HANDLERS.map((h) => h.priority);
    expect(priorities).toStrictEqual([...priorities].sort((a, b) => a - b));
  });

  it('THEN every handler file is registered (one file and one registry line per kind of question)', () => {
    const files = fs.readdirSync(HANDLER_DIR).filter((n) => n.endsWith('.handler.ts'));
    const registry = fs.readFileSync(new URL('index.ts', HANDLER_DIR), 'utf8');
    for (const file of files) expect(registry, file).toContain(`'./${file}'`);
    expect(files).toHaveLength(HANDLERS.length);
  });
});

describe('GIVEN a kind of question added as one handler and one registry line', () => {
  const article = madeUpArticle();
  /** A made-up kind: the weather, which no article model records; it answers from the analysed question only. */
  const weather = (priority: number, match: (q: Question) => boolean): Handler<Question> => ({
    name: 'weather',
    priority,
    match: (q) => (match(q) ? q : undefined),
    answer: (q) => ({
      answered: false,
      text: `No weather is reported (${q.type} question).`,
      sentences: [],
    }),
  });
  const ask = (question: string, handlers = HANDLERS) =>
    answerNormalized(article, normalizeQuestion(question), undefined, handlers).answer;

  it('WHEN it matches first by priority THEN it answers, and without it the registry answers otherwise', () => {
    const added = inPriorityOrder([...HANDLERS, weather(1, (q) => q.tokens.includes('weather'))]);
    expect(ask('What was the weather like when the painting was found?', added).text).toBe(
      'No weather is reported (what question).',
    );
    expect(ask('What was the weather like when the painting was found?').text).not.toMatch(
      /weather is reported/,
    );
    // A question it does not match is answered as before.
    expect(ask('Who was arrested?', added)).toStrictEqual(ask('Who was arrested?'));
  });

  it('WHEN its priority comes after the handlers that answer THEN theirs is the answer: priority decides, not the list', () => {
    const last = inPriorityOrder([weather(100_000, () => true), ...HANDLERS]);
    expect(ask('Who was arrested?', last)).toStrictEqual(ask('Who was arrested?'));
    expect(ask('Who was arrested?', last).text).toMatch(/Piet Holm/);
  });
});
