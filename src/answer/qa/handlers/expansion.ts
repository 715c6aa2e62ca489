import { EN } from '../lexicon/en/index.ts';
import { doesNotSay } from '../compose/does-not-say.ts';
import type { ArticleIndex } from '../retrieve/article-index.ts';
import type { Draft } from '../types.ts';

const SKIPPED: ReadonlySet<string> = new Set(EN.expansionAsks.skipped);

/** The initials of a run of words, skipping the small ones ("Bureau of Labor Statistics" -> "bls"). */
function initials(words: readonly string[]): string {
  return words
    .filter((w) => !SKIPPED.has(w.toLowerCase()))
    .map((w) => w.charAt(0).toLowerCase())
    .join('');
}

/** "North Atlantic Treaty Organization (NATO)": the words before a bracketed abbreviation whose initials spell it. */
function spelledOutBefore(text: string, abbreviation: string): string | undefined {
  const at = text.toLowerCase().indexOf(`(${abbreviation})`);
  if (at < 0) return undefined;
  const words = text
    .slice(0, at)
    .trim()
    .split(/\s+/)
    .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}']+$/gu, ''));
  for (let take = 1; take <= Math.min(words.length, abbreviation.length * 2 + 2); take++) {
    const run = words.slice(words.length - take);
    if (initials(run) === abbreviation && !SKIPPED.has(run[0]!.toLowerCase())) return run.join(' ');
  }
  return undefined;
}

/**
 * "What does UNHCR stand for?": an organization's abbreviation is its name; otherwise the words the article writes
 * before the abbreviation in brackets, when their initials spell it. Else the article doesn't say.
 */
export function answerExpansion(index: ArticleIndex, abbreviation: string): Draft {
  const written = abbreviation.toUpperCase();
  for (const org of index.article.organizations) {
    const forms = [...(org.acronyms ?? []), ...org.aliases];
    if (
      forms.some((form) => form.toLowerCase() === abbreviation) &&
      initials(org.name.split(/\s+/)).length > 1
    )
      return {
        answered: true,
        text: `${written} stands for ${org.name}.`,
        sentences: org.evidence.sentences.slice(0, 1),
      };
  }
  for (const sentence of index.article.sentences) {
    if (sentence.kind !== 'body' && sentence.kind !== 'caption') continue;
    const spelled = spelledOutBefore(sentence.text, abbreviation);
    if (spelled)
      return { answered: true, text: `${written} stands for ${spelled}.`, sentences: [sentence.id] };
  }
  return doesNotSay(index, `what ${written} stands for`);
}
