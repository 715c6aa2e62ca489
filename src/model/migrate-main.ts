import { readFileSync } from 'node:fs';
import { readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { loadDotenv } from '../core/dotenv.ts';
import { ArticleValidationError, formatIssues } from './errors.ts';
import { checkArticleText } from './loader.ts';
import { V1Article } from './schema-v1.ts';
import { upgradeV1 } from './upgrade-v1.ts';

/**
 * `npm run migrate [-- folder]` (default: ARTICLES_DIR, else data/articles): rewrites every schema version 1
 * article file as version 2, in place (written to a temporary file, then renamed). A file is rewritten only
 * when its upgrade validates; version 2 files are left alone. Exit 1 if any file could not be migrated.
 */
async function main(dir: string): Promise<number> {
  let names: string[];
  try {
    names = (await readdir(dir)).filter((name) => name.endsWith('.json')).sort();
  } catch (error) {
    console.error(`cannot read ${dir}: ${(error as Error).message}`);
    return 1;
  }
  let migrated = 0;
  let failed = 0;
  for (const name of names) {
    const file = join(dir, name);
    const text = await readFile(file, 'utf8');
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      value = undefined;
    }
    if ((value as { schemaVersion?: unknown } | undefined)?.schemaVersion !== 1) continue;
    const v1 = V1Article.safeParse(value);
    const upgraded = v1.success ? `${JSON.stringify(upgradeV1(v1.data), null, 2)}\n` : undefined;
    try {
      // The whole check (schema and cross-checks) of the version 1 file and of what would be written.
      checkArticleText(file, text, (textFile) => readSourceSync(dir, textFile));
      if (upgraded === undefined) throw new Error('unreachable: version 1 schema failed after passing');
      checkArticleText(file, upgraded, (textFile) => readSourceSync(dir, textFile));
    } catch (error) {
      failed++;
      console.error(
        error instanceof ArticleValidationError
          ? `✖ not migrated: ${formatIssues(file, error.issues)}`
          : `✖ not migrated: ${file}: ${String(error)}`,
      );
      continue;
    }
    const temporary = `${file}.migrating`;
    await writeFile(temporary, upgraded);
    await rename(temporary, file);
    migrated++;
    console.log(`✔ ${name}: version 1 -> 2`);
  }
  console.log(
    `${migrated} migrated, ${failed} not migrated, ${names.length - migrated - failed} already version 2 (or not articles)`,
  );
  return failed === 0 ? 0 : 1;
}

function readSourceSync(dir: string, textFile: string): string {
  const path = join(dir, textFile);
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new ArticleValidationError(path, [
      { file: path, path: 'source.textFile', message: `cannot read ${path} (${code})` },
    ]);
  }
}

loadDotenv();
process.exitCode = await main(process.argv[2] || process.env.ARTICLES_DIR || join('data', 'articles'));
