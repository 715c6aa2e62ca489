import { COMMON_STEMS } from '../analyze/common-words.ts';
import { askedContent } from '../handlers/slot-fill.ts';
import { stem, tokenize } from '../lexicon/text.ts';
import { SYNONYMS } from '../lexicon/vocabulary.ts';
import type { ArticleIndex } from '../retrieve/article-index.ts';
import type { Draft, Question } from '../types.ts';

/**
 * The question's content words an answer leaves out: neither its text nor the sentences it cites hold them (or a
 * synonym). "Who built the satellite?" answered with a list of the people named misses "built".
 */
export function uncoveredWords(index: ArticleIndex, question: Question, draft: Draft): string[] {
  const said = new Set<string>();
  for (const text of [draft.text, ...draft.sentences.map((id) => index.sentenceById.get(id)?.text ?? '')])
    for (const token of tokenize(text)) for (const part of [token, ...token.split('-')]) said.add(stem(part));
  return askedContent(question).filter(
    (s) =>
      !COMMON_STEMS.has(s) &&
      !said.has(s) &&
      !(SYNONYMS.get(s) ?? []).some((alternative) => said.has(alternative)),
  );
}
