import type { EventEmitter } from 'node:events';

/**
 * Resolves as soon as `check()` holds, re-checking on each `event`. The timeout only turns a hang into a
 * readable failure; nothing here sleeps in place of an event.
 */
export function waitForCondition(
  emitter: EventEmitter,
  event: string,
  check: () => boolean,
  description: string,
  timeoutMs: number,
): Promise<void> {
  if (check()) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const listener = () => {
      if (!check()) return;
      clearTimeout(timer);
      emitter.off(event, listener);
      resolve();
    };
    const timer = setTimeout(() => {
      emitter.off(event, listener);
      reject(new Error(`timed out after ${timeoutMs} ms waiting for ${description}`));
    }, timeoutMs);
    timer.unref();
    emitter.on(event, listener);
  });
}
