import { statSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import type { Logger } from '../core/logger.ts';
import { ArticleValidationError, loadArticleFile, type ArticleIssue } from './loader.ts';
import type { Article } from './schema.ts';

export interface WorkerRequest {
  file: string;
  maxBytes: number;
}

export type WorkerReply =
  | { ready: true }
  | { file: string; article: Article }
  | { file: string; issues: ArticleIssue[]; issueCount: number };

export type FileOutcome = { article: Article } | { issues: readonly ArticleIssue[] };

export interface IsolationLimits {
  maxBytes: number;
  /** Heap of the checking thread: a file that needs more is refused (default 128 MB). */
  heapMb?: number;
  /** Time to check one file (default 20 s). */
  timeoutMs?: number;
}

const DEFAULT_HEAP_MB = 128;
const DEFAULT_TIMEOUT_MS = 20_000;

/** The worker's own module beside this one (.ts from source, .js once built). */
const WORKER_URL = new URL(
  `./load-worker${import.meta.url.endsWith('.ts') ? '.ts' : '.js'}`,
  import.meta.url,
);

/** Whether worker threads can load the worker here. */
let workersUsable: boolean | undefined;

/**
 * Run from source (tsx), a worker does not inherit the TypeScript loader on Node 20: it registers tsx
 * itself, then imports the worker module. Built (.js), the module is imported as it is.
 */
function spawnWorker(options: ConstructorParameters<typeof Worker>[1]): Worker {
  if (!WORKER_URL.pathname.endsWith('.ts')) return new Worker(WORKER_URL, options);
  const tsx = import.meta.resolve('tsx/esm/api');
  const bootstrap = `import(${JSON.stringify(tsx)}).then((api) => { api.register(); return import(${JSON.stringify(WORKER_URL.href)}); })`;
  return new Worker(bootstrap, { ...options, eval: true });
}

/**
 * Loads article files, in order. A file too large to be an ordinary article is checked in a worker thread:
 * zod over hundreds of thousands of bad entries takes seconds and gigabytes, and there it never blocks the
 * event loop that answers Discord, and a file that needs more than `heapMb` or `timeoutMs` is refused on
 * its own. Where no worker can start (a build without the worker module), everything loads in this thread.
 */
export async function loadArticleFiles(
  files: readonly string[],
  limits: IsolationLimits,
  logger: Logger,
): Promise<FileOutcome[]> {
  const outcomes = new Array<FileOutcome | undefined>(files.length);
  const large: number[] = [];
  for (const [index, file] of files.entries()) {
    if (sizeOf(file) > IN_THREAD_MAX_BYTES) large.push(index);
    else outcomes[index] = await loadInThread(file, limits);
  }
  if (large.length > 0) {
    // One worker serves every library in the process, one load at a time.
    const run = queue.then(() =>
      loadInWorker(
        large.map((index) => files[index] as string),
        limits,
        logger,
      ),
    );
    queue = run.then(
      () => undefined,
      () => undefined,
    );
    for (const [position, outcome] of (await run).entries()) outcomes[large[position] as number] = outcome;
  }
  return outcomes as FileOutcome[];
}

/**
 * Files up to this size are checked in this thread: real articles are around 50 KB and take milliseconds,
 * and starting the worker costs more than that. Anything larger (the size cap allows 2 MB, enough for
 * hundreds of thousands of bad entries) goes to the worker.
 */
const IN_THREAD_MAX_BYTES = 256 * 1024;

/** The size stat reports (following links); 0 when it cannot tell, so the loader reports the file itself. */
function sizeOf(file: string): number {
  try {
    const stats = statSync(file);
    return stats.isFile() ? stats.size : 0;
  } catch {
    return 0;
  }
}

let queue: Promise<void> = Promise.resolve();
/** The idle worker kept for the next reload (starting one costs far more than checking a file). */
let idle: { session: WorkerSession; heapMb: number; timer: NodeJS.Timeout } | undefined;
const IDLE_MS = 30_000;

async function acquire(limits: IsolationLimits): Promise<WorkerSession | null> {
  const heapMb = limits.heapMb ?? DEFAULT_HEAP_MB;
  if (idle) {
    const kept = idle;
    idle = undefined;
    clearTimeout(kept.timer);
    if (kept.heapMb === heapMb) return kept.session;
    await kept.session.stop();
  }
  return startWorker(limits);
}

function release(session: WorkerSession, limits: IsolationLimits): void {
  const timer = setTimeout(() => {
    if (idle?.session === session) idle = undefined;
    void session.stop();
  }, IDLE_MS);
  timer.unref();
  idle = { session, heapMb: limits.heapMb ?? DEFAULT_HEAP_MB, timer };
}

async function loadInWorker(
  files: readonly string[],
  limits: IsolationLimits,
  logger: Logger,
): Promise<FileOutcome[]> {
  const outcomes: FileOutcome[] = [];
  while (outcomes.length < files.length) {
    const rest = files.slice(outcomes.length);
    const session = workersUsable === false ? null : await acquire(limits);
    if (session === null) {
      if (workersUsable === undefined) logger.debug('no article worker here: loading in the main thread');
      workersUsable = false;
      for (const file of rest) outcomes.push(await loadInThread(file, limits));
      break;
    }
    workersUsable = true;
    const { done, failure } = await session.run(rest);
    outcomes.push(...done);
    if (failure) {
      // The file being checked when the worker died is refused; the rest go to a fresh worker.
      outcomes.push({ issues: [crashIssue(rest[done.length] as string, failure, limits)] });
      await session.stop();
    } else {
      release(session, limits);
    }
  }
  return outcomes;
}

function crashIssue(
  file: string,
  outcome: { kind: 'out-of-memory' } | { kind: 'timeout' } | { kind: 'crashed'; error: string },
  limits: IsolationLimits,
): ArticleIssue {
  const message =
    outcome.kind === 'out-of-memory'
      ? `checking it needed more than ${limits.heapMb ?? DEFAULT_HEAP_MB} MB of memory; the file is refused (far too many entries or problems?)`
      : outcome.kind === 'timeout'
        ? `checking it took longer than ${(limits.timeoutMs ?? DEFAULT_TIMEOUT_MS) / 1000} s; the file is refused`
        : `the checker failed on it (${outcome.error})`;
  return { file, path: '', message };
}

async function loadInThread(file: string, limits: IsolationLimits): Promise<FileOutcome> {
  try {
    return { article: (await loadArticleFile(file, { maxBytes: limits.maxBytes })).article };
  } catch (error) {
    if (error instanceof ArticleValidationError) return { issues: error.issues };
    return { issues: [{ file, path: '', message: `unexpected error: ${String(error)}` }] };
  }
}

type Failure = { kind: 'out-of-memory' } | { kind: 'timeout' } | { kind: 'crashed'; error: string };

interface WorkerSession {
  /** Checks the files in order (all sent at once, so the worker never waits for us); stops at a failure. */
  run(files: readonly string[]): Promise<{ done: FileOutcome[]; failure?: Failure }>;
  stop(): Promise<void>;
}

/** A worker that has said it is ready, or null when none can start here. */
function startWorker(limits: IsolationLimits): Promise<WorkerSession | null> {
  let worker: Worker;
  try {
    worker = spawnWorker({ resourceLimits: { maxOldGenerationSizeMb: limits.heapMb ?? DEFAULT_HEAP_MB } });
  } catch {
    return Promise.resolve(null);
  }
  worker.unref();
  const timeoutMs = limits.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  let onReply: ((outcome: FileOutcome) => void) | undefined;
  let onFailure: ((failure: Failure) => void) | undefined;
  return new Promise((resolveStart) => {
    let ready = false;
    worker.on('message', (reply: WorkerReply) => {
      if ('ready' in reply) {
        ready = true;
        resolveStart(session);
      } else if ('article' in reply) {
        onReply?.({ article: reply.article });
      } else {
        const more = reply.issueCount - reply.issues.length;
        const issues =
          more > 0
            ? [...reply.issues, { file: reply.file, path: '', message: `… and ${more} more problems` }]
            : reply.issues;
        onReply?.({ issues });
      }
    });
    worker.on('error', (error: Error & { code?: string }) => {
      if (!ready) return resolveStart(null);
      onFailure?.(
        error.code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? { kind: 'out-of-memory' }
          : { kind: 'crashed', error: error.message },
      );
    });
    worker.on('exit', () => {
      if (!ready) return resolveStart(null);
      onFailure?.({ kind: 'crashed', error: 'the checking thread stopped' });
    });
    const session: WorkerSession = {
      run(files) {
        return new Promise((resolve) => {
          const done: FileOutcome[] = [];
          let timer: NodeJS.Timeout | undefined;
          const finish = (failure?: Failure) => {
            clearTimeout(timer);
            onReply = undefined;
            onFailure = undefined;
            resolve(failure ? { done, failure } : { done });
          };
          // Each file gets its own budget, counted from the previous file's answer.
          const arm = () => {
            clearTimeout(timer);
            timer = setTimeout(() => {
              finish({ kind: 'timeout' });
              void worker.terminate();
            }, timeoutMs);
          };
          onReply = (outcome) => {
            done.push(outcome);
            if (done.length === files.length) finish();
            else arm();
          };
          onFailure = (failure) => finish(failure);
          arm();
          for (const file of files)
            worker.postMessage({ file, maxBytes: limits.maxBytes } satisfies WorkerRequest);
        });
      },
      async stop() {
        await worker.terminate();
      },
    };
  });
}
