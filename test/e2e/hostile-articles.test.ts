import { execFileSync } from 'node:child_process';
import { readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { messageText } from '../fake-discord/index.ts';
import { REPO_ROOT, type LogLine } from './support/bot-process.ts';
import { temporaryArticles } from './support/articles.ts';
import { startHarness } from './support/harness.ts';

const SEED = path.join(REPO_ROOT, 'data/articles/kr-jp-security-talks-2023-04-17.json');
/** The process may grow by the checking thread's heap (128 MB) and its overhead, not by gigabytes. */
const RSS_GROWTH_BOUND_MIB = 400;

const rejection = (logs: LogLine[], name: string) =>
  logs.find((l) => l.msg.startsWith('rejected article file') && String(l.file).endsWith(name));

describe('hostile files in the article folder (real bot process)', () => {
  it('GIVEN a FIFO and a symlink to /dev/zero at start, then a 50 MB file and a file of 600,000 errors mid-session THEN the bot keeps answering within Discord’s 3 s, memory stays bounded, and each file is refused with its reason', async () => {
    const articles = temporaryArticles();
    execFileSync('mkfifo', [path.join(articles.dir, 'pipe.json')]);
    symlinkSync('/dev/zero', path.join(articles.dir, 'zero.json'));
    const harness = await startHarness({
      bot: { env: { ARTICLES_DIR: articles.dir }, waitTimeoutMs: 60_000 },
    });
    try {
      const { discord, bot } = harness;
      const baseline = bot.rssMiB() ?? 0;
      expect(messageText(await discord.sendInteraction({ command: 'help' }).reply())).toContain('/summary');

      const seed = JSON.parse(readFileSync(SEED, 'utf8')) as Record<string, unknown>;
      writeFileSync(
        path.join(articles.dir, 'huge.json'),
        JSON.stringify({ ...seed, id: 'huge', headline: 'x'.repeat(50 * 1024 * 1024) }),
      );
      // 1.2 MB, under the size cap: every one of 600,000 sentences is a number where an object belongs.
      writeFileSync(
        path.join(articles.dir, 'many-errors.json'),
        JSON.stringify({ ...seed, id: 'many-errors', sentences: new Array(600_000).fill(0) }),
      );

      let peak = baseline;
      const sampler = setInterval(() => (peak = Math.max(peak, bot.rssMiB() ?? 0)), 100);
      const reloaded = bot.waitForLog(
        (l) => l.msg === 'articles loaded' && l.rejected === 4,
        'a reload rejecting all four files',
      );
      let done = false;
      void reloaded.then(
        () => (done = true),
        () => (done = true),
      );
      try {
        // While the folder is checked, interactions keep being answered (the fake refuses a late callback).
        let answered = 0;
        while (!done || answered === 0) {
          const help = discord.sendInteraction({ command: 'help' });
          expect((await help.callback).latencyMs).toBeLessThan(3000);
          expect(messageText(await help.reply())).toContain('/summary');
          answered += 1;
        }
        await reloaded;
        const ask = discord.sendInteraction({
          command: 'ask',
          options: { question: 'where were the talks held?' },
        });
        expect(messageText(await ask.reply())).toContain('Seoul');
      } finally {
        clearInterval(sampler);
      }
      if (process.env.REPORT_RSS)
        console.log(`rss baseline ${baseline.toFixed(0)} MiB, peak ${peak.toFixed(0)} MiB`);
      expect(peak - baseline).toBeLessThan(RSS_GROWTH_BOUND_MIB);

      expect(rejection(bot.logs, 'pipe.json')?.msg).toMatch(/named pipe \(FIFO\), not a regular file/);
      expect(rejection(bot.logs, 'zero.json')?.msg).toMatch(
        /leads outside the article folder \(to \/dev\/zero\)/,
      );
      expect(rejection(bot.logs, 'huge.json')?.msg).toMatch(
        /over the limit of 2097152 \(ARTICLE_MAX_BYTES\)/,
      );
      const manyErrors = rejection(bot.logs, 'many-errors.json');
      expect(manyErrors?.msg).toMatch(/more problems|needed more than \d+ MB|at most \d+ items/);
      // No log line is a flood: the longest stays far below the 161 MB line of the finding.
      expect(Math.max(...bot.logs.map((l) => JSON.stringify(l).length))).toBeLessThan(100_000);
      const { rejectedRequests, unexpectedRequests, policyViolations } = discord;
      expect({ rejectedRequests, unexpectedRequests, policyViolations }).toEqual({
        rejectedRequests: [],
        unexpectedRequests: [],
        policyViolations: [],
      });
    } finally {
      expect((await harness.stop()).exitCode).toBe(0);
      articles.cleanup();
    }
  }, 120_000);
});
