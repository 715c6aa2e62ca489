import type { AnswerContext, Draft, Handler, Question } from '../types.ts';

/** A handler whose check and answer are one computation (the draft is found while matching). */
export function draftHandler(
  name: string,
  priority: number,
  find: (question: Question, context: AnswerContext) => Draft | undefined,
  options: { mustCoverAsked?: boolean } = {},
): Handler<Draft> {
  return { name, priority, match: find, answer: (draft) => draft, ...options };
}
