/**
 * `npm run bench`: every benchmark in its own process (so one's heap does not skew another's), in turn.
 * Each prints its figures beside a baseline measured in the same run. `npm run bench:e2e` is separate.
 */
import { spawnSync } from 'node:child_process';

const benchmarks = [
  ['article loading (1,000 copies of the seed)', 'bench/load.ts'],
  ['question answering', 'bench/qa.ts'],
  ['command handlers', 'bench/commands.ts'],
  ['scheduled digests (10,000 servers in one minute)', 'bench/digest.ts'],
  ['news feeds (1,000 feeds of 20 items, polled; new items ingested and posted)', 'bench/feeds.ts'],
  ['digest ledger on SQLite and PostgreSQL, one process and four; memory of a shard', 'bench/storage.ts'],
] as const;

let failed = 0;
for (const [title, script] of benchmarks) {
  console.log(`\n== ${title} (${script})`);
  const run = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', script], { stdio: 'inherit' });
  if (run.status !== 0) {
    failed++;
    console.log(`!! ${script} exited with ${run.status ?? run.signal}`);
  }
}
process.exitCode = failed === 0 ? 0 : 1;
