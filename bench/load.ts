/**
 * Load benchmark: time and heap to load + validate N copies of the seed article through ArticleLibrary,
 * against a baseline of plain readFile + JSON.parse of the same N files, in the same run.
 * Run: `tsx bench/load.ts` (add `node --expose-gc --import tsx` for steadier heap figures).
 */
import { readFileSync } from 'node:fs';
import { copyFile, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ArticleLibrary } from '../src/model/library.ts';

const SEED_ID = 'kr-jp-security-talks-2023-04-17';
const articlesDir = fileURLToPath(new URL('../data/articles/', import.meta.url));

export interface LoadBenchmarkResult {
  copies: number;
  rounds: number;
  /** Median wall time of plain readFile + JSON.parse of every file. */
  baselineMs: number;
  /** Median wall time of ArticleLibrary.load (read, zod, source text, cross-checks). */
  modelMs: number;
  /** modelMs / baselineMs. */
  timeRatio: number;
  /** Heap retained by the parsed JSON values. */
  baselineHeapBytes: number;
  /** Heap retained by the loaded library. */
  modelHeapBytes: number;
  memoryRatio: number;
  /** Without --expose-gc, heap figures include garbage and are rough. */
  gcExposed: boolean;
  /** 1-minute load average at the end: these machines are shared, so read times with it. */
  loadAverage: number;
  targetMs: number;
  withinTarget: boolean;
}

export async function runLoadBenchmark(
  options: { copies?: number; rounds?: number } = {},
): Promise<LoadBenchmarkResult> {
  const copies = options.copies ?? 1000;
  const rounds = options.rounds ?? 5;
  const dir = await writeCopies(copies);
  try {
    const baselineTimes: number[] = [];
    const modelTimes: number[] = [];
    for (let round = 0; round < rounds; round++) {
      baselineTimes.push((await timed(() => parseAll(dir))).ms);
      const { ms, value: library } = await timed(() => ArticleLibrary.load(dir));
      if (library.list().length !== copies)
        throw new Error(`loaded ${library.list().length} of ${copies} copies`);
      modelTimes.push(ms);
    }
    const baselineHeapBytes = await retainedHeap(() => parseAll(dir));
    const modelHeapBytes = await retainedHeap(() => ArticleLibrary.load(dir));
    const baselineMs = median(baselineTimes);
    const modelMs = median(modelTimes);
    const targetMs = 1000;
    return {
      copies,
      rounds,
      baselineMs,
      modelMs,
      timeRatio: modelMs / baselineMs,
      baselineHeapBytes,
      modelHeapBytes,
      memoryRatio: modelHeapBytes / baselineHeapBytes,
      gcExposed: typeof globalThis.gc === 'function',
      loadAverage: loadavg()[0] ?? 0,
      targetMs,
      withinTarget: modelMs < targetMs,
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export function formatLoadBenchmark(result: LoadBenchmarkResult): string {
  const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  return [
    `load + validate ${result.copies} copies of the seed article (median of ${result.rounds} rounds, load average ${result.loadAverage.toFixed(1)})`,
    `  baseline readFile + JSON.parse: ${result.baselineMs.toFixed(1)} ms, heap ${mb(result.baselineHeapBytes)}`,
    `  ArticleLibrary.load:            ${result.modelMs.toFixed(1)} ms, heap ${mb(result.modelHeapBytes)}`,
    `  ratio: ${result.timeRatio.toFixed(2)}x time, ${result.memoryRatio.toFixed(2)}x memory`,
    `  target < ${result.targetMs} ms: ${result.withinTarget ? 'met' : 'MISSED'}${result.gcExposed ? '' : ' (heap rough: run with --expose-gc)'}`,
  ].join('\n');
}

/** N copies of the seed JSON, each with its own id and file name, sharing one source text file. */
async function writeCopies(copies: number): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'bench-load-'));
  const seed = JSON.parse(readFileSync(join(articlesDir, `${SEED_ID}.json`), 'utf8')) as { id: string };
  await copyFile(join(articlesDir, `${SEED_ID}.txt`), join(dir, `${SEED_ID}.txt`));
  for (let i = 0; i < copies; i++) {
    const id = `${SEED_ID}-copy-${String(i).padStart(4, '0')}`;
    await writeFile(join(dir, `${id}.json`), JSON.stringify({ ...seed, id }, null, 2));
  }
  return dir;
}

/** The baseline: the same files, read the same way (synchronously), only JSON.parse'd. */
async function parseAll(dir: string): Promise<unknown[]> {
  const names = (await readdir(dir)).filter((name) => name.endsWith('.json')).sort();
  return names.map((name) => JSON.parse(readFileSync(join(dir, name), 'utf8')) as unknown);
}

async function timed<T>(run: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await run();
  return { ms: performance.now() - start, value };
}

/** Heap still in use after `build` while its result is held (after a GC when one can be forced). */
async function retainedHeap(build: () => Promise<unknown>): Promise<number> {
  globalThis.gc?.();
  const before = process.memoryUsage().heapUsed;
  const held = await build();
  globalThis.gc?.();
  const after = process.memoryUsage().heapUsed;
  keepAlive(held);
  return Math.max(0, after - before);
}

function keepAlive(value: unknown): void {
  if (value === Symbol.for('never')) console.log(value);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(formatLoadBenchmark(await runLoadBenchmark()));
}
