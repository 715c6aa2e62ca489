import { parseArgs } from 'node:util';
import { z } from 'zod';
import { ConfigError, loadCliConfig, loadFetchConfig } from '../config.ts';
import { loadDotenv } from '../core/dotenv.ts';
import { ingest, IngestError } from './ingest.ts';
import { reviewJson, reviewText } from './review.ts';

const USAGE = `usage: npm run --silent ingest -- <file.txt | file.html | http(s)://url> [--id ID] [--headline TEXT]
    [--published YYYY-MM-DD] [--source NAME] [--url URL] [--out DIR] [--json] [--force]`;

const Options = z.object({
  id: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]*$/, 'lowercase letters, digits and hyphens')
    .max(120)
    .optional(),
  headline: z.string().trim().min(1, 'a headline of at least one character').max(300).optional(),
  published: z.iso.date('a date written YYYY-MM-DD').optional(),
  source: z.string().trim().min(1).max(200).optional(),
  url: z.url({ protocol: /^https?$/, error: 'an http(s) URL' }).optional(),
  out: z.string().min(1).optional(),
});

/** `npm run ingest`: exit 0 with a review (or one JSON object), exit 1 with the reason. */
export async function main(
  argv: readonly string[],
  env: Record<string, string | undefined>,
  now = new Date(),
): Promise<{ code: number; stdout: string; stderr: string }> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        id: { type: 'string' },
        headline: { type: 'string' },
        published: { type: 'string' },
        source: { type: 'string' },
        url: { type: 'string' },
        out: { type: 'string' },
        json: { type: 'boolean', default: false },
        force: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    return fail(false, `${(error as Error).message}\n${USAGE}`);
  }
  const { values, positionals } = parsed;
  const json = values.json === true;
  if (values.help) return { code: 0, stdout: `${USAGE}\n`, stderr: '' };
  if (positionals.length !== 1)
    return fail(json, `expected one file or URL, found ${positionals.length}\n${USAGE}`);
  const options = Options.safeParse(values);
  if (!options.success) {
    return fail(
      json,
      options.error.issues.map((i) => `--${String(i.path[0])}: expected ${i.message}`).join('\n'),
    );
  }
  let cli;
  let fetch;
  try {
    cli = loadCliConfig(env);
    fetch = loadFetchConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return fail(json, error.message);
    throw error;
  }
  const o = options.data;
  try {
    const result = await ingest({
      input: positionals[0]!,
      ...(o.id ? { id: o.id } : {}),
      ...(o.headline ? { headline: o.headline } : {}),
      ...(o.published ? { published: o.published } : {}),
      ...(o.source ? { source: o.source } : {}),
      ...(o.url ? { url: o.url } : {}),
      outDir: o.out ?? cli.articlesDir,
      force: values.force === true,
      fetch,
      today: now.toISOString().slice(0, 10),
    });
    return {
      code: 0,
      stdout: `${json ? JSON.stringify(reviewJson(result)) : reviewText(result)}\n`,
      stderr: '',
    };
  } catch (error) {
    if (error instanceof IngestError) return fail(json, error.message);
    throw error;
  }
}

function fail(json: boolean, message: string): { code: number; stdout: string; stderr: string } {
  return {
    code: 1,
    stdout: json ? `${JSON.stringify({ error: message })}\n` : '',
    stderr: `ingest: ${message}\n`,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  loadDotenv();
  const result = await main(process.argv.slice(2), process.env);
  process.stdout.write(result.stdout);
  process.stderr.write(result.stderr);
  process.exitCode = result.code;
}
