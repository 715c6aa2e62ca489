import fs from 'node:fs';
import { Article } from '../../../src/model/schema.ts';
import type { Answer } from '../../../src/answer/qa/index.ts';

export const SEED_JSON = new URL(
  '../../../data/articles/kr-jp-security-talks-2023-04-17.json',
  import.meta.url,
);

export function loadSeedArticle(): Article {
  return Article.parse(JSON.parse(fs.readFileSync(SEED_JSON, 'utf8')));
}

/** One scored conversation: the last turn is judged. Same format as ../shared/qa/dev.jsonl. */
export interface QuestionItem {
  id: string;
  turns: string[];
  answered: boolean | null;
  match?: string[];
  not_match?: string[];
}

/** The long input of the scoring script: a phrase pasted 220 times (~4,000 characters). */
export const LONG = 'what did they say '.repeat(220);

export function readQuestionFile(url: URL): QuestionItem[] {
  return fs
    .readFileSync(url, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as QuestionItem)
    .map((item) => ({ ...item, turns: item.turns.map((t) => (t === 'LONG' ? LONG : t)) }));
}

/** Mirrors ../shared/qa/score.mjs: the reasons an answer fails its item (empty when it passes). */
export function judge(item: QuestionItem, answer: Answer): string[] {
  const rx = (s: string): RegExp => new RegExp(s.replace(/^\(\?i\)/, ''), 'i');
  const why: string[] = [];
  if (typeof answer.answered !== 'boolean') why.push('no answer object');
  if (item.answered !== null && answer.answered !== item.answered)
    why.push(`answered=${answer.answered}, expected ${item.answered}`);
  if (answer.answered || item.answered !== false) {
    for (const m of item.match ?? []) if (!rx(m).test(answer.text)) why.push(`missing /${m}/`);
    for (const m of item.not_match ?? []) if (rx(m).test(answer.text)) why.push(`has /${m}/`);
  }
  return why;
}
