import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeQuestion } from '../../../src/answer/qa/analyze/analyze.ts';
import { indexArticle } from '../../../src/answer/qa/retrieve/article-index.ts';
import type { Question } from '../../../src/answer/qa/types.ts';
import { madeUpArticle } from './made-up.ts';

/**
 * The analyzer is the only reader of the question text: handlers, resolve, retrieve and compose act on tokens,
 * stems, named cues and the phrases the analyzer picked out. The question they get holds no raw text, and no
 * source file outside analyze/ and normalize/ (which produces the text) reaches for one.
 */
const QA_DIR = new URL('../../../src/answer/qa/', import.meta.url);
const TEXT_STAGES = new Set(['analyze', 'normalize']);

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith('.ts') ? [full] : [];
  });
}

/** A question object's text read: `question.text`, `fragment?.text`, `q.text.toLowerCase()` and the like. */
const READS_QUESTION_TEXT = /\b(?:question|fragment|asked|q|understood|analy[sz]ed)\??\.(?:text|raw|lower)\b/;

describe('GIVEN a question analysed against an article', () => {
  const index = indexArticle(madeUpArticle());
  const typed = [
    'Who is the Head of the Water Board, and what did she say?',
    'Was it caused by the storm at these talks?',
    "And Jones's?",
  ];

  it('THEN the question handed on holds no field with the text as typed or lower-cased', () => {
    for (const text of typed) {
      const question = analyzeQuestion(index, text);
      expect(Object.keys(question)).not.toContain('text');
      const strings = Object.values(question).filter((v): v is string => typeof v === 'string');
      for (const value of strings) {
        expect(value).not.toBe(text);
        expect(value).not.toBe(text.toLowerCase());
      }
    }
  });

  it('THEN the type handlers see has no raw text either', () => {
    const question: Question = analyzeQuestion(index, typed[0]!);
    // @ts-expect-error A Question has no text: read its tokens, cues and phrases instead.
    expect(question.text).toBeUndefined();
  });

  it('THEN the cues it holds are named, so a handler tests a name and not a pattern of its own', () => {
    expect(analyzeQuestion(index, 'Anything else apart from that?').cues.has('excludesGiven')).toBe(true);
    expect(analyzeQuestion(index, 'Who attended?').cues.has('excludesGiven')).toBe(false);
    expect(analyzeQuestion(index, "And Jones's?").cues.has('endsPossessive')).toBe(true);
  });
});

describe('GIVEN the answerer source', () => {
  it('THEN no file outside analyze/ and normalize/ reads a question text field', () => {
    const root = QA_DIR.pathname;
    const offenders = sourceFiles(root)
      .filter((file) => !TEXT_STAGES.has(path.relative(root, file).split(path.sep)[0]!))
      .flatMap((file) =>
        fs
          .readFileSync(file, 'utf8')
          .split('\n')
          .map((line, at) => ({ line, at }))
          .filter(({ line }) => READS_QUESTION_TEXT.test(line))
          .map(({ line, at }) => `${path.relative(root, file)}:${at + 1}: ${line.trim()}`),
      );
    expect(offenders).toStrictEqual([]);
  });
});
