import { describe, expect, it } from 'vitest';
import {
  BACKGROUND_WAIT_MS,
  INTERACTIVE_WAIT_MS,
  currentWaitBudgetMs,
  patiently,
} from '../../src/store/busy.ts';

const tick = () => new Promise((resolve) => setTimeout(resolve, 1));

describe('wait budget for database locks', () => {
  it('GIVEN patient runs that overlap THEN each keeps the long wait until it ends, and work after them gets the short one', async () => {
    expect(currentWaitBudgetMs()).toBe(INTERACTIVE_WAIT_MS);
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const seen: number[] = [];
    const long = patiently(async () => {
      await held;
      await tick();
      seen.push(currentWaitBudgetMs());
    });
    await patiently(async () => {
      await tick();
      seen.push(currentWaitBudgetMs());
    });
    // The first run is still going after the second ended.
    release();
    await long;
    expect(seen).toEqual([BACKGROUND_WAIT_MS, BACKGROUND_WAIT_MS]);
    await tick();
    expect(currentWaitBudgetMs()).toBe(INTERACTIVE_WAIT_MS);
    await patiently(async () => seen.push(currentWaitBudgetMs()));
    expect(seen.at(-1)).toBe(BACKGROUND_WAIT_MS);
    expect(currentWaitBudgetMs()).toBe(INTERACTIVE_WAIT_MS);
  });
});
