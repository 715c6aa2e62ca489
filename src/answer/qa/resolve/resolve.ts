import type { ArticleIndex } from '../retrieve/article-index.ts';
import type { ConversationState, Question } from '../types.ts';
import {
  anotherParty,
  bareFollowUp,
  itAsThing,
  carrySlot,
  possessiveEllipsis,
  pronounAsName,
  theyAsParty,
  withContext,
} from './follow-up.ts';

/**
 * Resolves a question against the conversation: a possessive ellipsis ("and Jones's?") is asked again in full
 * (through `reanalyze`, so the question text is still read only by the analyzer), so is a bare "when?" or "why?"
 * about the previous question's matter, the slot is carried to a
 * fragment, and the remembered fact and people are attached for follow-ups.
 */
export function resolveQuestion(
  index: ArticleIndex,
  fragment: Question,
  memory: ConversationState,
  reanalyze: (text: string) => Question,
): Question {
  const repeated =
    possessiveEllipsis(fragment, memory) ??
    anotherParty(fragment, memory) ??
    bareFollowUp(index, fragment, memory) ??
    pronounAsName(index, fragment, memory) ??
    itAsThing(fragment, memory) ??
    theyAsParty(fragment, memory);
  const question = repeated === undefined ? carrySlot(fragment, memory) : reanalyze(repeated);
  return withContext(question, memory);
}

export type { ArticleIndex };
