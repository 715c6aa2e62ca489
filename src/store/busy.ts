import { AsyncLocalStorage } from 'node:async_hooks';
import { UserError } from '../core/errors.ts';

/**
 * How long a query may wait for another process's SQLite write lock. SQLite's own busy handler blocks the
 * event loop while it waits, so the engine is told to wait only a moment (SQLITE_BUSY_TIMEOUT_MS) and the
 * wait goes on here, asynchronously, without holding up other interactions.
 *
 * Interaction work gets the short default: a /followups reply must be sent within Discord's 3 s, so after
 * 1 s the user is told the database is busy: before the dispatcher's automatic deferral at 1.5 s, so the
 * busy notice is the interaction's first response rather than racing the deferral. Background work (digest
 * runs) calls `patiently()`.
 */
export const SQLITE_BUSY_TIMEOUT_MS = 25;
export const INTERACTIVE_WAIT_MS = 1_000;
export const BACKGROUND_WAIT_MS = 30_000;

const waitBudget = new AsyncLocalStorage<number>();
/** patiently() runs not yet settled. */
let patientRuns = 0;

/**
 * Runs `work` with a long wait for locks (scheduled digests, start-up catch-up). The storage is disabled again
 * when no such run is left: on Node 20 an enabled AsyncLocalStorage hooks every promise the process makes (each
 * interaction makes hundreds, in discord.js and undici), and a digest run once at start-up would leave it so.
 */
export async function patiently<T>(work: () => Promise<T>): Promise<T> {
  patientRuns++;
  try {
    return await waitBudget.run(BACKGROUND_WAIT_MS, work);
  } finally {
    if (--patientRuns === 0) waitBudget.disable();
  }
}

export function currentWaitBudgetMs(): number {
  return waitBudget.getStore() ?? INTERACTIVE_WAIT_MS;
}

/** Shown to the user as it is (a UserError): the command did nothing and can simply be run again. */
export class StoreBusyError extends UserError {
  constructor(readonly waitedMs: number) {
    super('The database is busy right now (another process is writing to it). Please try again in a moment.');
  }
}

export function isSqliteBusy(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'SQLITE_BUSY' || code === 'SQLITE_BUSY_SNAPSHOT' || code === 'SQLITE_LOCKED';
}

/** Retries `attempt` while SQLite reports the database locked, sleeping between tries, up to the budget. */
export async function retryWhileBusy<T>(attempt: () => Promise<T>): Promise<T> {
  const budget = currentWaitBudgetMs();
  const started = Date.now();
  // Short, jittered pauses: a writer holds the lock for one commit (about a millisecond or an fsync).
  let pause = 2;
  for (;;) {
    try {
      return await attempt();
    } catch (error) {
      if (!isSqliteBusy(error)) throw error;
      const waited = Date.now() - started;
      if (waited >= budget) throw new StoreBusyError(waited);
      const sleep = Math.min(pause * (0.5 + Math.random()), budget - waited);
      await new Promise((resolve) => setTimeout(resolve, sleep));
      pause = Math.min(pause * 2, 20);
    }
  }
}
