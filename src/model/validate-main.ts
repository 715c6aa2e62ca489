import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { loadDotenv } from '../core/dotenv.ts';
import { ArticleValidationError, formatIssues } from './errors.ts';
import { loadArticleFile } from './loader.ts';
import type { Article } from './schema.ts';

/** `npm run validate [folder]` (default: ARTICLES_DIR, else data/articles): checks every article file; exit 1 naming file, path and problem if any is bad. */
async function main(dir: string): Promise<number> {
  let names: string[];
  try {
    names = (await readdir(dir)).filter((name) => name.endsWith('.json')).sort();
  } catch (error) {
    console.error(`cannot read ${dir}: ${(error as Error).message}`);
    return 1;
  }
  if (names.length === 0) {
    console.error(`no article files (*.json) in ${dir}`);
    return 1;
  }
  let bad = 0;
  for (const name of names) {
    const file = join(dir, name);
    try {
      const { article } = await loadArticleFile(file);
      console.log(`✔ ${article.id}: ${article.headline}\n    ${describeCounts(article)}`);
    } catch (error) {
      bad++;
      console.error(
        error instanceof ArticleValidationError
          ? `✖ ${formatIssues(file, error.issues)}`
          : `✖ ${file}: ${String(error)}`,
      );
    }
  }
  console.log(`${names.length - bad} valid, ${bad} rejected`);
  return bad === 0 ? 0 : 1;
}

function describeCounts(article: Article): string {
  const facts =
    article.topics.length +
    article.outcomes.length +
    article.quotes.length +
    article.figures.length +
    article.context.length;
  return [
    `${article.sentences.length} sentences`,
    `${article.people.length} people`,
    `${article.organizations.length} organizations`,
    `${article.places.length} places`,
    `${facts} facts`,
    `${article.timeline.length} timeline entries`,
  ].join(', ');
}

loadDotenv();
// The folder the bot reads (ARTICLES_DIR, empty counts as unset), unless one is named on the command line.
process.exitCode = await main(process.argv[2] || process.env.ARTICLES_DIR || join('data', 'articles'));
