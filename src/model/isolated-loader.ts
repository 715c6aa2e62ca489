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
 * Loads article files in a worker thread, one at a time: checking an untrusted file (zod over hundreds of
 * thousands of bad entries takes seconds and gigabytes) never blocks the event loop that answers Discord,
 * and a file that needs more than `heapMb` or `timeoutMs` is refused on its own. Where no worker can start,
 * the files load in this thread as before.
 */
export async function loadArticleFiles(
  files: readonly string[],
  limits: IsolationLimits,
  logger: Logger,
): Promise<FileOutcome[]> {
  if (files.length === 0) return [];
  const outcomes: FileOutcome[] = [];
  let next = 0;
  while (next < files.length) {
    if (workersUsable === false) {
      for (; next < files.length; next += 1) outcomes.push(await loadInThread(files[next] as string, limits));
      break;
    }
    const session = await startWorker(limits);
    if (session === null) {
      workersUsable = false;
      logger.debug('article worker unavailable here: loading articles in the main thread');
      continue;
    }
    workersUsable = true;
    try {
      for (; next < files.length; next += 1) {
        const file = files[next] as string;
        const outcome = await session.load(file);
        outcomes.push(
          outcome.kind === 'done' ? outcome.value : { issues: [crashIssue(file, outcome, limits)] },
        );
        if (outcome.kind !== 'done') {
          next += 1;
          break; // that worker is gone: the next file gets a fresh one
        }
      }
    } finally {
      await session.stop();
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

type LoadResult =
  | { kind: 'done'; value: FileOutcome }
  | { kind: 'out-of-memory' }
  | { kind: 'timeout' }
  | { kind: 'crashed'; error: string };

interface WorkerSession {
  load(file: string): Promise<LoadResult>;
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
  let pending: ((result: LoadResult) => void) | undefined;
  let failure: LoadResult | undefined;
  const settle = (result: LoadResult) => {
    failure ??= result.kind === 'done' ? undefined : result;
    const resolve = pending;
    pending = undefined;
    resolve?.(result);
  };
  return new Promise((resolveStart) => {
    let ready = false;
    worker.on('message', (reply: WorkerReply) => {
      if ('ready' in reply) {
        ready = true;
        resolveStart(session);
      } else if ('article' in reply) {
        settle({ kind: 'done', value: { article: reply.article } });
      } else {
        const more = reply.issueCount - reply.issues.length;
        const issues =
          more > 0
            ? [...reply.issues, { file: reply.file, path: '', message: `… and ${more} more problems` }]
            : reply.issues;
        settle({ kind: 'done', value: { issues } });
      }
    });
    worker.on('error', (error: Error & { code?: string }) => {
      if (!ready) return resolveStart(null);
      settle(
        error.code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? { kind: 'out-of-memory' }
          : { kind: 'crashed', error: error.message },
      );
    });
    worker.on('exit', () => {
      if (!ready) return resolveStart(null);
      settle({ kind: 'crashed', error: 'the checking thread stopped' });
    });
    const session: WorkerSession = {
      load(file) {
        if (failure) return Promise.resolve(failure);
        return new Promise<LoadResult>((resolve) => {
          const timer = setTimeout(() => {
            settle({ kind: 'timeout' });
            void worker.terminate();
          }, limits.timeoutMs ?? DEFAULT_TIMEOUT_MS);
          pending = (result) => {
            clearTimeout(timer);
            resolve(result);
          };
          worker.postMessage({ file, maxBytes: limits.maxBytes } satisfies WorkerRequest);
        });
      },
      async stop() {
        await worker.terminate();
      },
    };
  });
}
