import type { ArticleIndex } from '../retrieve/article-index.ts';
import type { ConversationState, Question } from '../types.ts';
import { carrySlot, withContext } from './follow-up.ts';
import { rewriteFollowUp } from './rewrite.ts';

/**
 * Resolves a question against the conversation: a follow-up that only makes sense with the previous turn ("and
 * Jones's?", "when?", "and Labour?", "what did she say about it?") is asked again in full (rewrite.ts, through
 * `reanalyze`, so the question text is still read only by the analyzer); else the slot is carried to a fragment.
 * The remembered fact and people are attached for follow-ups either way.
 */
export function resolveQuestion(
  index: ArticleIndex,
  fragment: Question,
  memory: ConversationState,
  reanalyze: (text: string) => Question,
): Question {
  const repeated = rewriteFollowUp(index, fragment, memory);
  const question =
    repeated === undefined ? carrySlot(fragment, memory) : { ...reanalyze(repeated), restated: true };
  return withContext(question, memory);
}

export type { ArticleIndex };
