import type { ArticleIndex } from '../retrieve/article-index.ts';
import type { Draft, Question } from '../types.ts';

/**
 * "Which English club bought him?" or "what was the name of the ruler ...?" answered by a text (or the sentence it
 * cites) that writes the very thing asked only with an indefinite article ("sold to an English club earlier this
 * month", "a ruler's beaded crown"): the article does not name it. Returns what the article
 * doesn't say ("which English club"), or undefined. A phrase in apposition to a name ("Rhodanien, a French club")
 * names it, and is left alone.
 */
export function unnamedKind(index: ArticleIndex, question: Question, draft: Draft): string | undefined {
  if (!draft.answered) return undefined;
  const asked = question.type === 'which' ? question.phrases.kindAsked : nameAskedOf(question);
  if (!asked) return undefined;
  const words = asked.next === undefined ? [asked.head] : [asked.head, asked.next];
  if (words.some((w) => !/^[\p{L}-]+$/u.test(w))) return undefined;
  const lead = asked.next === undefined ? String.raw`(?:[\p{L}-]+\s+)?` : '';
  const indefinite = new RegExp(
    String.raw`(?<!,\s*)\b(?:a|an)\s+(${lead}${words.join(String.raw`\s+`)})(?:'s)?\b`,
    'iu',
  );
  // Worded as the article writes it ("which English club").
  const cited = draft.sentences.map((id) => index.sentenceById.get(id)?.text ?? '');
  const found = indefinite.exec([draft.text, ...cited].join(' '));
  return found ? `which ${found[1]!.replace(/\s+/g, ' ')}` : undefined;
}

/** "What was the name of the ruler ...?": the noun whose name is asked, as a one-word kind. */
function nameAskedOf(question: Question): { head: string; next: undefined } | undefined {
  if (question.slot !== 'name') return undefined;
  const { tokens } = question;
  let at = tokens.indexOf('name') + 1;
  if (at === 0 || tokens[at] !== 'of') return undefined;
  at++;
  if (['the', 'this', 'that'].includes(tokens[at] ?? '')) at++;
  const head = tokens[at];
  return head === undefined ? undefined : { head, next: undefined };
}
