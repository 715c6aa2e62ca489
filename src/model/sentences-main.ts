import { readFileSync } from 'node:fs';
import { splitSentences } from './split-sentences.ts';

/**
 * `npm run --silent sentences -- <file.txt> [--find "words" ...]`: prints the sentences of a source text as
 * the `sentences` array of an article model (ids, offsets, text, a guessed kind to check), or with --find,
 * the ids of the sentences holding each phrase verbatim (for `evidence`).
 */
function main(argv: string[]): number {
  const [file, ...rest] = argv;
  if (!file || file.startsWith('--')) {
    console.error('usage: npm run --silent sentences -- <file.txt> [--find "words" ...]');
    return 1;
  }
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    console.error(`cannot read ${file}: ${(error as Error).message}`);
    return 1;
  }
  const sentences = splitSentences(text);
  const phrases: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    if (rest[i] === '--find' && rest[i + 1] !== undefined) phrases.push(rest[++i] as string);
    else {
      console.error(`unknown argument ${rest[i]}`);
      return 1;
    }
  }
  if (phrases.length === 0) {
    console.log(JSON.stringify(sentences, null, 2));
    return 0;
  }
  let missing = 0;
  for (const phrase of phrases) {
    const ids = sentences.filter((s) => s.text.includes(phrase)).map((s) => s.id);
    if (ids.length === 0) missing++;
    console.log(`${JSON.stringify(phrase)}: ${ids.length ? ids.join(', ') : 'not in any one sentence'}`);
  }
  return missing === 0 ? 0 : 1;
}

process.exitCode = main(process.argv.slice(2));
