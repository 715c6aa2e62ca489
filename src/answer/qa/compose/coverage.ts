import { COMMON_STEMS } from '../analyze/common-words.ts';
import { askedContent } from '../handlers/slot-fill.ts';
import { memoOf, stem, tokenize } from '../lexicon/text.ts';
import type { ArticleIndex } from '../retrieve/article-index.ts';
import { holdsStem } from '../retrieve/sentence-answer.ts';
import type { Draft, Question } from '../types.ts';

/**
 * The question's content words an answer leaves out: neither its text, the sentences it cites nor the model's own
 * words for the fact it rests on (its keywords, label, statement) hold them, in any form (one normal form: "fled"
 * meets "flee") or a listed synonym. "Who built the satellite?" answered with a list of the people named misses
 * "built".
 */
export function uncoveredWords(index: ArticleIndex, question: Question, draft: Draft): string[] {
  const said = new Set<string>();
  for (const text of [draft.text, ...draft.sentences.map((id) => index.sentenceById.get(id)?.text ?? '')])
    for (const s of stemsOf(text)) said.add(s);
  const fact =
    draft.focus?.factId === undefined ? undefined : index.facts.find((f) => f.id === draft.focus?.factId);
  if (fact) for (const [s, weight] of fact.bag) if (weight >= 1) said.add(s);
  return askedMissing(question, said);
}

/** The question's content stems (beyond the commonest words) that a set of stems holds in no form. */
export function askedMissing(question: Question, said: ReadonlySet<string>): string[] {
  return askedContent(question).filter((s) => !COMMON_STEMS.has(s) && !holdsStem(said, s));
}

/**
 * The stems a text holds, each word and each part of a hyphenated word ("two-way": "two", "way"). Answers ask
 * it of the same sentences and fact wordings at every question, so results are remembered (bounded); the set
 * is shared (read-only).
 */
export const stemsOf: (text: string) => ReadonlySet<string> = memoOf((text) => {
  const out = new Set<string>();
  for (const token of tokenize(text)) for (const part of [token, ...token.split('-')]) out.add(stem(part));
  return out;
}, 1024);
