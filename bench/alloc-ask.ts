/**
 * Profiling harness (not part of `npm run bench`): the /ask workload of bench:e2e in one process, the seed article
 * as the bot loads it and the e2e questions in one conversation, routed over the library.
 * `npx tsx bench/alloc-ask.ts [asks] [passes]`: CPU per ask, per pass (after 500 warm-up asks).
 * `HEAP=1` (or `HEAP=chain`: with two callers) instead: the bytes allocated per ask, garbage included (V8's sampling
 * heap profiler keeping collected objects), and the functions allocating most. For figures beside a baseline, bundle
 * both trees' copies with esbuild and run them with `node --max-semi-space-size=2`, interleaved.
 */
import { ConversationAnswerer, prepareArticles } from '../src/answer/qa/index.ts';
import { loadArticleFile } from '../src/model/loader.ts';
import { Session } from 'node:inspector';
const { article } = await loadArticleFile('data/articles/kr-jp-security-talks-2023-04-17.json');
const library = [article];
prepareArticles(library);
const names = article.people.slice(0, 3).map((p) => p.name);
const questions = [
  'Who attended?',
  'What did they agree?',
  ...names.map((n) => `Who is ${n}?`),
  'When did it happen?',
  'Where were the talks held?',
];
const count = Number(process.argv[2] ?? 2000);
const passes = Number(process.argv[3] ?? 5);
const answerer = new ConversationAnswerer();
let n = 0;
const run = (k: number) => {
  for (let i = 0; i < k; i++, n++)
    answerer.ask('user-channel', questions[n % questions.length]!, { library }, { channel: 'c1' });
};
run(500);
const out: string[] = [];
if (process.env.HEAP) {
  const session = new Session();
  session.connect();
  interface SampleNode {
    callFrame: { functionName: string; url: string; lineNumber: number };
    selfSize: number;
    children: SampleNode[];
  }
  const post = (m: string, p?: object) =>
    new Promise<{ profile: { head: SampleNode } }>((res, rej) =>
      session.post(m, p ?? {}, (e, r) => (e ? rej(e) : res(r as { profile: { head: SampleNode } }))),
    );
  await post('HeapProfiler.enable');
  await post('HeapProfiler.startSampling', {
    samplingInterval: 512,
    includeObjectsCollectedByMajorGC: true,
    includeObjectsCollectedByMinorGC: true,
  });
  run(count);
  const { profile } = await post('HeapProfiler.stopSampling');
  const self = new Map<string, number>();
  let total = 0;
  const walk = (node: SampleNode, stack: string[]) => {
    const cf = node.callFrame;
    const here = `${cf.functionName || '(anon)'} ${cf.url.split('/').slice(-2).join('/')}:${cf.lineNumber + 1}`;
    const size = node.selfSize;
    total += size;
    const key = process.env.HEAP === 'chain' ? [here, ...stack.slice(0, 2)].join(' < ') : here;
    self.set(key, (self.get(key) ?? 0) + size);
    for (const c of node.children) walk(c, [here, ...stack]);
  };
  walk(profile.head, []);
  console.log(`sampled allocation ${(total / count / 1024).toFixed(1)} KB/ask`);
  for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, Number(process.env.TOP ?? 40)))
    console.log(`${(v / count / 1024).toFixed(2).padStart(7)} KB  ${k}`);
} else {
  for (let p = 0; p < passes; p++) {
    const c0 = process.cpuUsage();
    run(count);
    const c = process.cpuUsage(c0);
    out.push(((c.user + c.system) / count).toFixed(0));
  }
  console.log(`us CPU/ask per pass: ${out.join(' ')}`);
}
