/**
 * Question-answering benchmark: latency (p50/p99 per question over many iterations) and accuracy of the
 * answerer on the dev questions and our own set, beside a plain BM25 baseline (minisearch over the article's
 * sentences, the top sentence as the answer, "doesn't say" below a score threshold), in the same run; plus p99
 * with a library of 1,000 synthetic copies of the seed article.
 * Run: `npx tsx bench/qa.ts`
 */
import MiniSearch from 'minisearch';
import { pathToFileURL } from 'node:url';
import { ConversationAnswerer, type Answer } from '../src/answer/qa/index.ts';
import type { Article } from '../src/model/schema.ts';
import {
  judge,
  loadSeedArticle,
  readQuestionFile,
  type QuestionItem,
} from '../test/answer/qa/question-file.ts';

const DEV = new URL('../test/fixtures/dev-questions.jsonl', import.meta.url);
const OWN = new URL('../test/answer/qa/fixtures/own-questions.jsonl', import.meta.url);
/** Every question file, for the per-file accuracy table (answerer beside the baseline). */
const QUESTION_FILES = [
  ...[
    'own',
    'second',
    'third',
    'blind',
    'user',
    'fourth',
    'fifth',
    'sixth',
    'seventh',
    'eighth',
    'ninth',
    'tenth',
    'eleventh',
    'twelfth',
    'thirteenth',
  ].map(
    (name) => [name, new URL(`../test/answer/qa/fixtures/${name}-questions.jsonl`, import.meta.url)] as const,
  ),
  ['heldout', new URL('./fixtures/heldout-questions.jsonl', import.meta.url)] as const,
];
const BASELINE_MIN_SCORE = 4;

export interface Latency {
  p50Ms: number;
  p99Ms: number;
  samples: number;
}

export interface QaBenchmarkResult {
  answerer: { latency: Latency; devAccuracy: number; ownAccuracy: number };
  baseline: { latency: Latency; devAccuracy: number; ownAccuracy: number };
  library: { articles: number; latency: Latency; indexBuildMsPerArticle: number };
  devQuestions: number;
  ownQuestions: number;
  /** Per question file: [name, questions, answerer accuracy, baseline accuracy]. */
  files: Array<[string, number, number, number]>;
}

type Asker = (key: string, question: string, article: Article) => Answer;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

function latencyOf(samples: number[]): Latency {
  const sorted = [...samples].sort((a, b) => a - b);
  return { p50Ms: percentile(sorted, 50), p99Ms: percentile(sorted, 99), samples: sorted.length };
}

/** The baseline: BM25 top sentence, no understanding, no memory. */
function makeBaseline(): Asker {
  const indexes = new WeakMap<Article, MiniSearch<{ id: string; text: string }>>();
  return (_key, question, article) => {
    let search = indexes.get(article);
    if (!search) {
      search = new MiniSearch<{ id: string; text: string }>({ fields: ['text'], storeFields: ['text'] });
      search.addAll(
        article.sentences
          .filter((s) => s.kind === 'body' || s.kind === 'caption')
          .map((s) => ({ id: s.id, text: s.text })),
      );
      indexes.set(article, search);
    }
    const [top] = search.search(question.slice(0, 500), { fuzzy: 0.2 });
    if (!top || top.score < BASELINE_MIN_SCORE)
      return { answered: false, text: "The article doesn't say.", citations: [] };
    const text = String(top['text']);
    return { answered: true, text, citations: [{ sentenceId: String(top.id), text }] };
  };
}

function accuracy(items: QuestionItem[], ask: Asker, article: Article): number {
  let pass = 0;
  items.forEach((item, i) => {
    let answer: Answer | undefined;
    for (const turn of item.turns) answer = ask(`acc-${items.length}-${i}-${item.id}`, turn, article);
    if (answer && judge(item, answer).length === 0) pass++;
  });
  return pass / items.length;
}

function timeQuestions(items: QuestionItem[], ask: Asker, articles: Article[], rounds: number): Latency {
  const samples: number[] = [];
  for (let round = 0; round < rounds; round++) {
    items.forEach((item, i) => {
      const article = articles[(round * items.length + i) % articles.length]!;
      for (const turn of item.turns) {
        const start = process.hrtime.bigint();
        ask(`r${round}-${i}`, turn, article);
        samples.push(Number(process.hrtime.bigint() - start) / 1e6);
      }
    });
  }
  return latencyOf(samples);
}

function syntheticLibrary(seed: Article, count: number): Article[] {
  return Array.from({ length: count }, (_, i) => ({ ...structuredClone(seed), id: `${seed.id}-copy-${i}` }));
}

export function runQaBenchmark(
  options: { rounds?: number; libraryArticles?: number } = {},
): QaBenchmarkResult {
  const rounds = options.rounds ?? 200;
  const article = loadSeedArticle();
  const dev = readQuestionFile(DEV);
  const own = readQuestionFile(OWN);
  const answerer = new ConversationAnswerer();
  const ask: Asker = (key, question, a) => answerer.ask(key, question, a);
  const baseline = makeBaseline();

  // Warm up: the first question about an article builds its index once.
  timeQuestions(dev, ask, [article], 3);
  timeQuestions(dev, baseline, [article], 3);
  const answererLatency = timeQuestions(dev, ask, [article], rounds);
  const baselineLatency = timeQuestions(dev, baseline, [article], rounds);

  const libraryArticles = options.libraryArticles ?? 1000;
  const library = syntheticLibrary(article, libraryArticles);
  const buildStart = process.hrtime.bigint();
  for (const copy of library) answerer.ask('warm', 'Who attended?', copy);
  const indexBuildMsPerArticle = Number(process.hrtime.bigint() - buildStart) / 1e6 / libraryArticles;
  const libraryLatency = timeQuestions(dev, ask, library, Math.max(20, Math.ceil(rounds / 4)));

  return {
    answerer: {
      latency: answererLatency,
      devAccuracy: accuracy(dev, ask, article),
      ownAccuracy: accuracy(own, ask, article),
    },
    baseline: {
      latency: baselineLatency,
      devAccuracy: accuracy(dev, baseline, article),
      ownAccuracy: accuracy(own, baseline, article),
    },
    library: { articles: libraryArticles, latency: libraryLatency, indexBuildMsPerArticle },
    devQuestions: dev.length,
    ownQuestions: own.length,
    files: [['dev', DEV] as const, ...QUESTION_FILES].map(([name, url]) => {
      const items = readQuestionFile(url);
      return [name, items.length, accuracy(items, ask, article), accuracy(items, baseline, article)];
    }),
  };
}

function printResult(result: QaBenchmarkResult): void {
  const pct = (x: number): string => `${(100 * x).toFixed(1)}%`;
  const ms = (x: number): string => `${x.toFixed(3)} ms`;
  const { answerer, baseline, library } = result;
  console.log(`Q&A benchmark (${result.devQuestions} dev questions, ${result.ownQuestions} own questions)`);
  console.log(
    `  answerer  p50 ${ms(answerer.latency.p50Ms)}  p99 ${ms(answerer.latency.p99Ms)}  dev ${pct(answerer.devAccuracy)}  own ${pct(answerer.ownAccuracy)}  (${answerer.latency.samples} samples)`,
  );
  console.log(
    `  baseline  p50 ${ms(baseline.latency.p50Ms)}  p99 ${ms(baseline.latency.p99Ms)}  dev ${pct(baseline.devAccuracy)}  own ${pct(baseline.ownAccuracy)}  (BM25 top sentence, threshold ${BASELINE_MIN_SCORE})`,
  );
  console.log(
    `  ratio     p99 ${(answerer.latency.p99Ms / Math.max(1e-9, baseline.latency.p99Ms)).toFixed(2)}x the baseline; accuracy +${pct(answerer.devAccuracy - baseline.devAccuracy)} dev, +${pct(answerer.ownAccuracy - baseline.ownAccuracy)} own`,
  );
  console.log(
    `  library   ${library.articles} articles: p50 ${ms(library.latency.p50Ms)}  p99 ${ms(library.latency.p99Ms)}  index build ${ms(library.indexBuildMsPerArticle)} per article (once)`,
  );
  for (const [name, count, answererAccuracy, baselineAccuracy] of result.files)
    console.log(
      `  ${name.padEnd(7)}   ${String(count).padStart(3)} questions: answerer ${pct(answererAccuracy)}  baseline ${pct(baselineAccuracy)}`,
    );
  console.log(
    `  targets   p99 < 1 ms on the seed: ${answerer.latency.p99Ms < 1 ? 'met' : 'MISSED'}; p99 < 10 ms with ${library.articles} articles: ${library.latency.p99Ms < 10 ? 'met' : 'MISSED'}`,
  );
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  printResult(runQaBenchmark());
}
