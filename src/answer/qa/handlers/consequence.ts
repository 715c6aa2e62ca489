import type { ArticleIndex } from '../retrieve/article-index.ts';
import { composeFact } from '../compose/compose.ts';
import type { ConversationState, Draft } from '../types.ts';
import type { Question } from '../analyze/understand.ts';

/** "What did it lead to?", "what happened as a result?" after a cause: the stated cause fact resting on its sentence. */
export function answerConsequence(
  index: ArticleIndex,
  question: Question,
  memory: ConversationState,
): Draft | undefined {
  if (memory.factId === undefined || !question.cues.has('consequenceAsked')) return undefined;
  const remembered = index.facts.find((f) => f.id === memory.factId);
  if (!remembered) return undefined;
  const effect = index.facts.find(
    (f) =>
      f.source.kind === 'context' &&
      f.source.context.kind === 'cause' &&
      f.sentences.some((id) => remembered.sentences.includes(id)),
  );
  return effect ? composeFact(index, effect, 'general') : undefined;
}
