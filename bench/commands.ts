/**
 * Command handler benchmark: time from options in to payload out for /summary, /participants and
 * /background on the seed article (the real execute, resolving the article and rendering), against a
 * baseline of JSON.stringify of the same article, in the same run.
 * Run: `tsx bench/commands.ts`.
 */
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Command, InvocationContext } from '../src/bot/command.ts';
import type { Services } from '../src/bot/services.ts';
import { silentLogger } from '../src/core/logger.ts';
import { ArticleLibrary } from '../src/model/library.ts';
import { optionsFromValues } from '../src/cli/text-options.ts';
import summary from '../commands/summary.ts';
import participants from '../commands/participants.ts';
import background from '../commands/background.ts';

const articlesDir = fileURLToPath(new URL('../data/articles/', import.meta.url));

export interface Timing {
  name: string;
  iterations: number;
  p50Ms: number;
  p99Ms: number;
  /** p99 / the baseline's p99. */
  ratioToBaseline: number;
}

export interface CommandBenchmarkResult {
  baseline: Timing;
  commands: Timing[];
  /** Every command's p99 under 1 ms. */
  withinTarget: boolean;
}

function percentile(sorted: Float64Array, fraction: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))] ?? Number.NaN;
}

async function measure(
  iterations: number,
  run: (index: number) => unknown,
): Promise<{ p50: number; p99: number }> {
  for (let i = 0; i < Math.min(2000, iterations); i++) await run(i); // warm up the JIT
  const samples = new Float64Array(iterations);
  for (let i = 0; i < iterations; i++) {
    const start = process.hrtime.bigint();
    await run(i);
    samples[i] = Number(process.hrtime.bigint() - start) / 1e6;
  }
  samples.sort();
  return { p50: percentile(samples, 0.5), p99: percentile(samples, 0.99) };
}

export async function runCommandBenchmark(iterations = 20_000): Promise<CommandBenchmarkResult> {
  const library = await ArticleLibrary.load(articlesDir, silentLogger);
  const article = library.latest();
  if (!article) throw new Error(`no article in ${articlesDir}`);
  // These commands use only the library; the rest of Services is never touched.
  const services = { library, logger: silentLogger } as unknown as Services;
  const context = (values: Record<string, string>): InvocationContext => ({
    options: optionsFromValues(values),
    user: { id: '1', name: 'bench' },
    guildId: '2',
    channelId: '3',
    conversationKey: '3:1',
    canManageGuild: false,
    services,
  });

  const base = await measure(iterations, () => JSON.stringify(article));
  const baseline: Timing = {
    name: 'baseline: JSON.stringify(article)',
    iterations,
    p50Ms: base.p50,
    p99Ms: base.p99,
    ratioToBaseline: 1,
  };

  const cases: [string, Command, Record<string, string>[]][] = [
    ['/summary', summary, [{}, { length: 'brief' }, { length: 'detailed' }]],
    ['/participants', participants, [{}, { country: 'jp' }]],
    ['/background', background, [{}]],
  ];
  const commands: Timing[] = [];
  for (const [name, command, variants] of cases) {
    const contexts = variants.map(context);
    const timing = await measure(iterations, (i) => command.execute(contexts[i % contexts.length]!));
    commands.push({
      name,
      iterations,
      p50Ms: timing.p50,
      p99Ms: timing.p99,
      ratioToBaseline: timing.p99 / base.p99,
    });
  }
  return { baseline, commands, withinTarget: commands.every((timing) => timing.p99Ms < 1) };
}

function formatRow(timing: Timing): string {
  return `${timing.name.padEnd(36)} p50 ${timing.p50Ms.toFixed(4)} ms   p99 ${timing.p99Ms.toFixed(4)} ms   p99 x${timing.ratioToBaseline.toFixed(2)} baseline`;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const result = await runCommandBenchmark();
  console.log(`command handlers (options in, payload out), ${result.baseline.iterations} iterations each`);
  console.log(formatRow(result.baseline));
  for (const timing of result.commands) console.log(formatRow(timing));
  console.log(`target p99 < 1 ms: ${result.withinTarget ? 'met' : 'NOT met'}`);
}
