/**
 * Rewrites fixtures/corpus/known-failures.json from the answerer as it is now: every tuning item that fails is
 * listed (and so runs as `it.fails`), every item that passes is removed. Run after a fix:
 * `npx tsx test/answer/qa/update-known-failures.ts`. It prints what changed, so a fix that breaks another item
 * shows up in review instead of hiding in the list.
 */
import fs from 'node:fs';
import { ConversationAnswerer } from '../../../src/answer/qa/index.ts';
import { loadCorpusArticles, loadQuestionSets, TUNING_DIR } from './corpus.ts';
import { judge } from './question-file.ts';

const file = new URL('known-failures.json', TUNING_DIR);
const before = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, string[]>;
const { articles } = loadCorpusArticles();
const after: Record<string, string[]> = {};

for (const set of loadQuestionSets('tuning')) {
  const article = articles.find((a) => a.id === set.articleId);
  if (!article) throw new Error(`no model for ${set.articleId}`);
  const failing: string[] = [];
  for (const item of set.items) {
    const answerer = new ConversationAnswerer();
    let answer = answerer.ask(item.id, item.turns[0]!, article);
    for (const turn of item.turns.slice(1)) answer = answerer.ask(item.id, turn, article);
    if (judge(item, answer).length > 0) failing.push(item.id);
  }
  after[set.articleId] = failing;
  const was = new Set(before[set.articleId] ?? []);
  const now = new Set(failing);
  const fixed = [...was].filter((id) => !now.has(id));
  const broke = failing.filter((id) => !was.has(id));
  console.log(
    `${set.articleId}: ${set.items.length - failing.length}/${set.items.length} pass` +
      (fixed.length ? `; now passing: ${fixed.join(' ')}` : '') +
      (broke.length ? `; now FAILING: ${broke.join(' ')}` : ''),
  );
}
fs.writeFileSync(file, `${JSON.stringify(after, null, 2)}\n`);
