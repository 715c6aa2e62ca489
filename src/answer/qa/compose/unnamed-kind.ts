import type { Draft, Question } from '../types.ts';

/**
 * "Which English club bought him?" answered by a text that writes the very thing asked only with an indefinite
 * article ("sold to an English club earlier this month"): the article does not name it. Returns what the article
 * doesn't say ("which English club"), or undefined. A phrase in apposition to a name ("Rhodanien, a French club")
 * names it, and is left alone.
 */
export function unnamedKind(question: Question, draft: Draft): string | undefined {
  if (!draft.answered || question.type !== 'which') return undefined;
  const asked = question.phrases.kindAsked;
  if (!asked) return undefined;
  const words = asked.next === undefined ? [asked.head] : [asked.head, asked.next];
  if (words.some((w) => !/^[\p{L}-]+$/u.test(w))) return undefined;
  const lead = asked.next === undefined ? String.raw`(?:[\p{L}-]+\s+)?` : '';
  const indefinite = new RegExp(
    String.raw`(?<!,\s*)\b(?:a|an)\s+(${lead}${words.join(String.raw`\s+`)})\b`,
    'iu',
  );
  // Worded as the article writes it ("which English club").
  const found = indefinite.exec(draft.text);
  return found ? `which ${found[1]!.replace(/\s+/g, ' ')}` : undefined;
}
