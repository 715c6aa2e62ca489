import type { ArticleIndex } from '../retrieve/article-index.ts';
import { composeFact } from '../compose/compose.ts';
import type { ConversationState, Draft } from '../types.ts';
import type { Question } from '../analyze/understand.ts';

/** "What did it lead to?", "what happened as a result?" after a cause: the stated cause fact resting on its sentence. */
const CONSEQUENCE_ASKED =
  /\b(lead to|led to|result(ed)? in|as a result|what did (that|it|this) cause|consequences?|outcome of (that|it|this))\b/;

export function answerConsequence(
  index: ArticleIndex,
  question: Question,
  memory: ConversationState,
): Draft | undefined {
  if (memory.factId === undefined || !CONSEQUENCE_ASKED.test(question.text.toLowerCase())) return undefined;
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
