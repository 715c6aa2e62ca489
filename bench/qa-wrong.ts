/**
 * Lists the Q&A items the answerer gets wrong on the tuning corpus (pinned to the article), with the answer text:
 * by default only the confident wrong ones (answered where the article does not say, or naming what `not_match`
 * forbids); `--all` lists every failing item. `--set <article id>` limits the run to one set, `--seed` adds the
 * seed article's own sets, `--multi` only the items with follow-up turns. Never run on the held-out half: those sets are scored only by bench/qa.ts.
 * Run: `npx tsx bench/qa-wrong.ts [--all] [--seed] [--multi] [--set id]`.
 */
import fs from 'node:fs';
import { ConversationAnswerer, prepareArticles } from '../src/answer/qa/index.ts';
import { loadCorpusArticles, loadQuestionSets } from '../test/answer/qa/corpus.ts';
import { judge, readQuestionFile, type QuestionItem } from '../test/answer/qa/question-file.ts';

const SEED_ID = 'kr-jp-security-talks-2023-04-17';
const SEED_SET_DIR = new URL('../test/answer/qa/fixtures/', import.meta.url);
const SEED_DEV = new URL('../test/fixtures/dev-questions.jsonl', import.meta.url);

const argv = process.argv.slice(2);
const KNOWN_FLAGS = new Set(['--all', '--status', '--multi', '--seed', '--set', '--help', '-h']);
const unknown = argv.filter((a, i) => a.startsWith('-') && !KNOWN_FLAGS.has(a) && argv[i - 1] !== '--set');
if (argv.includes('--help') || argv.includes('-h') || unknown.length > 0) {
  if (unknown.length > 0 && !argv.includes('--help') && !argv.includes('-h')) {
    console.error(`unknown option ${unknown.join(', ')}`);
  }
  console.error(
    'usage: npx tsx bench/qa-wrong.ts [--all] [--status] [--seed] [--multi] [--set <article id>]',
  );
  process.exit(unknown.length > 0 ? 1 : 0);
}
const all = argv.includes('--all');
/** One line per item (`id PASS|FAIL|CW`), to diff two runs. */
const status = argv.includes('--status');
const multiOnly = argv.includes('--multi');
const only = argv.includes('--set') ? argv[argv.indexOf('--set') + 1] : undefined;

function seedItems(): QuestionItem[] {
  const files = fs
    .readdirSync(SEED_SET_DIR)
    .filter((n) => n.endsWith('-questions.jsonl'))
    .sort();
  return [...readQuestionFile(SEED_DEV), ...files.flatMap((n) => readQuestionFile(new URL(n, SEED_SET_DIR)))];
}

const { articles } = loadCorpusArticles();
prepareArticles(articles);
const byId = new Map(articles.map((a) => [a.id, a]));
const sets = [
  ...(argv.includes('--seed') || only === SEED_ID ? [{ articleId: SEED_ID, items: seedItems() }] : []),
  ...loadQuestionSets('tuning'),
].filter((s) => only === undefined || s.articleId === only);

const answerer = new ConversationAnswerer({ maxConversations: 100_000 });
const totals: string[] = [];
let listed = 0;
let n = 0;
for (const set of sets) {
  const article = byId.get(set.articleId);
  if (!article) continue;
  let passed = 0;
  let wrong = 0;
  let scored = 0;
  for (const [at, item] of set.items.entries()) {
    if (multiOnly && item.turns.length < 2) continue;
    scored++;
    /** Ids repeat across the seed's files: the position keeps status lines apart. */
    const tag = `${set.articleId}#${at}:${item.id}`;
    const key = `wrong-${n++}`;
    let answer;
    for (const turn of item.turns) answer = answerer.ask(key, turn, article);
    if (!answer) continue;
    const why = judge(item, answer);
    if (why.length === 0) {
      passed++;
      if (status) console.log(`${tag} PASS`);
      continue;
    }
    const forbidden = (item.not_match ?? []).some((m) =>
      new RegExp(m.replace(/^\(\?i\)/, ''), 'i').test(answer.text),
    );
    const confidentWrong = answer.answered && (item.answered === false || forbidden);
    if (confidentWrong) wrong++;
    if (status) console.log(`${tag} ${confidentWrong ? 'CW' : 'FAIL'}`);
    if (status || (!all && !confidentWrong)) continue;
    listed++;
    console.log(`${confidentWrong ? 'CW ' : '   '}${set.articleId} ${item.id}`);
    for (const turn of item.turns) console.log(`  Q: ${turn.slice(0, 200)}`);
    console.log(`  A: ${answer.text.replace(/\n/g, ' / ').slice(0, 400)}`);
    console.log(
      `  expected answered=${item.answered} match=${JSON.stringify(item.match ?? [])} not=${JSON.stringify(item.not_match ?? [])}`,
    );
    console.log(`  why: ${why.join('; ')}`);
  }
  totals.push(`${set.articleId}: ${passed}/${scored} pass, ${wrong} confident wrong`);
}
for (const line of totals) console.log(line);
console.log(`${listed} listed`);
