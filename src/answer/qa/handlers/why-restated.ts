import { EN } from '../lexicon/en/index.ts';
import { STOP_WORDS, stem, tokenize } from '../lexicon/text.ts';
import { FURNITURE_WORDS, SYNONYMS } from '../lexicon/vocabulary.ts';
import { informativeStems } from '../retrieve/rank.ts';
import type { Fact } from '../retrieve/facts.ts';
import type { Question } from '../types.ts';

const REASONS: readonly string[][] = EN.answerSpans.reasonWords.map((phrase) => phrase.split(' '));

/** The clauses of a fact's wording (its parts between semicolons, colons and sentence ends), each cut at commas. */
function clausesOf(text: string): string[][][] {
  return text
    .split(/[;:]|[.!?](?:\s|$)/)
    .map((clause) =>
      clause
        .split(',')
        .map((part) => tokenize(part))
        .filter((t) => t.length > 0),
    )
    .filter((parts) => parts.length > 0);
}

function holdsReason(tokens: readonly string[]): boolean {
  return REASONS.some((phrase) => tokens.some((_, at) => phrase.every((word, i) => tokens[at + i] === word)));
}

/** Words of a clause that carry content: no stop word, no question furniture, no number. */
function contentOf(tokens: readonly string[]): string[] {
  return tokens.filter((t) => !STOP_WORDS.has(t) && !FURNITURE_WORDS.has(t) && !/^\d/.test(t)).map(stem);
}

/**
 * "Why did two members want to hold?" against "the split vote, showing two members wanted to hold, is what moved
 * markets": a fact that is not a cause, where what is asked stands in a part of its own that adds at most one word
 * to the question's (between commas: "showing two members wanted to hold"), and the clause holding it gives no
 * reason ("because", "after", "over", "for" ...): it restates what is asked. The article does not say why.
 */
export function restatesWithoutCause(question: Question, fact: Fact, text: string): boolean {
  if (question.type !== 'why') return false;
  const source = fact.source;
  if (source.kind === 'gap' || (source.kind === 'context' && source.context.kind === 'cause')) return false;
  const asked = informativeStems(question).filter((s) => !/^\d/.test(s));
  if (asked.length < 2) return false;
  const askedAll = new Set([...asked, ...question.stems, ...question.eventStems]);
  const holds = (stems: ReadonlySet<string>, s: string): boolean =>
    stems.has(s) || (SYNONYMS.get(s) ?? []).some((a) => stems.has(a));
  return clausesOf(text).some(
    (parts) =>
      !holdsReason(parts.flat()) &&
      parts.some((part) => {
        const stems = new Set(part.map(stem));
        const found = asked.filter((s) => holds(stems, s)).length;
        const extra = contentOf(part).filter((s) => !holds(askedAll, s)).length;
        return found >= 2 && found >= 0.6 * asked.length && extra <= 1;
      }),
  );
}
