import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.ts';
import { warmUp } from '../../src/bot/warm-up.ts';
import type { OfflineServices } from '../../src/cli/offline-services.ts';
import { seedServices } from '../commands/seed-services.ts';

describe('warm-up before ready', () => {
  let offline: OfflineServices;
  beforeAll(async () => {
    offline = await seedServices();
  });
  afterAll(() => offline.close());

  it('GIVEN the library THEN questions about the newest article are answered through the commands, pinned and routed, and no conversation is left behind', async () => {
    const asked: string[] = [];
    let routed = 0;
    const answerer = offline.services.answerer;
    const ask = answerer.ask.bind(answerer);
    answerer.ask = (key, question, target) => {
      asked.push(question);
      if ('library' in target) routed++;
      return ask(key, question, target);
    };
    try {
      const result = await warmUp(commands, offline.services);
      expect(result.articles).toBe(1);
      expect(result.questions).toBe(asked.length);
      const article = offline.services.library.latest();
      const person = article?.people.find((p) => p.involvement === 'participant');
      expect(asked).toContain(`Who is ${person?.name}?`);
      // Some asked as most readers do, without the article option: routed over the library.
      expect(routed).toBeGreaterThan(0);
      expect(routed).toBeLessThan(asked.length);
      expect(answerer.size).toBe(0);
    } finally {
      answerer.ask = ask;
    }
  });
});
