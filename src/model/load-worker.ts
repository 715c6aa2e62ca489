import { parentPort } from 'node:worker_threads';
import { ArticleValidationError, loadArticleFile } from './loader.ts';
import type { WorkerReply, WorkerRequest } from './isolated-loader.ts';

/**
 * The article loader in a worker thread (see isolated-loader.ts): one file per request, so a file that
 * takes long or blows the worker's heap costs that file, never the bot's event loop or memory.
 */
const port = parentPort;
if (port === null) throw new Error('load-worker.ts runs as a worker thread only');

/** Problems sent back per file: enough to fix it, never a flood. */
const MAX_ISSUES = 50;

port.on('message', (request: WorkerRequest) => {
  void loadArticleFile(request.file, { maxBytes: request.maxBytes }).then(
    ({ article }) => port.postMessage({ file: request.file, article } satisfies WorkerReply),
    (error: unknown) => {
      const issues =
        error instanceof ArticleValidationError
          ? error.issues
          : [{ file: request.file, path: '', message: `unexpected error: ${String(error)}` }];
      port.postMessage({
        file: request.file,
        issues: issues.slice(0, MAX_ISSUES),
        issueCount: issues.length,
      } satisfies WorkerReply);
    },
  );
});
port.postMessage({ ready: true } satisfies WorkerReply);
