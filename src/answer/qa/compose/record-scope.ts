import { STOP_WORDS, stem, tokenize } from '../lexicon/text.ts';
import type { ArticleIndex } from '../retrieve/article-index.ts';
import type { Draft, Question } from '../types.ts';

/**
 * "Is this the most expensive transfer in Italian football history?" against "the most expensive signing in the
 * club's history" or "a club-record fee": a record asked within one scope is not told by a record the answer sets
 * within another. Returns what was asked, for the doesn't-say reply, when the answer writes a record's scope and it
 * does not hold every word of the one asked.
 */
const ASKED_SCOPE = /\bin (?:the )?((?:[\p{L}\d'’-]+ ){1,4})(?:history|record)\b/u;
const WRITTEN_SCOPE =
  /\bin (?:the |its |their |his |her )?((?:[\p{L}\d'’-]+ ){1,4})history\b|\b([\p{L}]+)[- ]record\b/gu;

function contentStems(words: string): string[] {
  return tokenize(words)
    .filter((t) => !STOP_WORDS.has(t) && !/^\d/.test(t))
    .map(stem);
}

export function otherRecordScope(index: ArticleIndex, question: Question, draft: Draft): string | undefined {
  if (!draft.answered) return undefined;
  const text = question.tokens.join(' ');
  const asked = ASKED_SCOPE.exec(text);
  if (!asked) return undefined;
  const wanted = contentStems(asked[1]!);
  if (wanted.length === 0) return undefined;
  const texts = [draft.text, ...draft.sentences.map((id) => index.sentenceById.get(id)?.text ?? '')];
  const scopes = texts.flatMap((t) =>
    [...t.toLowerCase().matchAll(WRITTEN_SCOPE)].map((m) => m[1] ?? m[2] ?? ''),
  );
  if (scopes.length === 0) return undefined;
  const fits = scopes.some((scope) => {
    const own = new Set(contentStems(scope));
    return wanted.every((s) => own.has(s));
  });
  return fits ? undefined : `whether it is a record in ${asked[1]!.trim()} history`;
}
