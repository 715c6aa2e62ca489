/**
 * Profiling harness (not part of `npm run bench`): N distinct articles routed, as bench/qa.ts's scale run asks
 * them, timed in one loop so `node --cpu-prof --import tsx bench/profile-ask.ts [N] [passes]` shows where /ask
 * time goes. Prints the mean per question and the heap.
 */
import { ConversationAnswerer, prepareArticles } from '../src/answer/qa/index.ts';
import { loadCorpusArticles } from '../test/answer/qa/corpus.ts';
import { questionSets, variant } from './qa.ts';

const size = Number(process.argv[2] ?? 100);
const passes = Number(process.argv[3] ?? 5);
const { articles } = loadCorpusArticles();
const sets = questionSets(articles).filter((s) => s.article && s.half !== 'held-out');
const variants = Array.from({ length: size }, (_, i) => {
  const source = sets[i % sets.length]!;
  return { ...variant(source.article!, i), items: source.items };
});
const library = { library: variants.map((v) => v.article) };
const t0 = performance.now();
prepareArticles(library.library);
console.log(`prepare ${((performance.now() - t0) / size).toFixed(2)} ms/article`);
const work: Array<{ key: string; question: string }> = [];
const rounds = Math.max(2, Math.ceil(2000 / size));
for (let round = 0; round < rounds; round++)
  variants.forEach((v, i) => {
    const item = v.items[(round * 7 + i) % v.items.length]!;
    for (const turn of item.turns) work.push({ key: `s${size}-${round}-${i}`, question: v.rename(turn) });
  });
for (let pass = 0; pass < passes; pass++) {
  const answerer = new ConversationAnswerer({ maxConversations: 100_000 });
  const start = performance.now();
  const cpu = process.cpuUsage();
  const each: number[] = [];
  for (const { key, question } of work) {
    const c0 = process.cpuUsage();
    answerer.ask(key, question, library);
    const c1 = process.cpuUsage(c0);
    each.push((c1.user + c1.system) / 1000);
  }
  const used = process.cpuUsage(cpu);
  each.sort((a, b) => a - b);
  const at = (p: number) => each[Math.min(each.length - 1, Math.floor((p / 100) * each.length))]!.toFixed(3);
  console.log(
    `pass ${pass}: ${((performance.now() - start) / work.length).toFixed(3)} ms/question wall, ${((used.user + used.system) / 1000 / work.length).toFixed(3)} ms CPU (${work.length}); CPU p50 ${at(50)} p99 ${at(99)} ms`,
  );
}
globalThis.gc?.();
console.log(`heap ${(process.memoryUsage().heapUsed / 1e6).toFixed(1)} MB`);
