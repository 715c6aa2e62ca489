import type { Article } from '../../model/schema.ts';
import { analyzeQuestion } from './analyze/analyze.ts';
import { withCitedSentence } from './compose/cited-sentence.ts';
import { doesNotSay } from './compose/does-not-say.ts';
import { problemReply } from './compose/input-problems.ts';
import { uncoveredWords } from './compose/coverage.ts';
import { unfitMeasure } from './compose/measure-fit.ts';
import { otherRecordScope } from './compose/record-scope.ts';
import { unnamedKind } from './compose/unnamed-kind.ts';
import { HANDLERS } from './handlers/index.ts';
import { joinList } from './lexicon/text.ts';
import { normalizeQuestion, type NormalizedQuestion } from './normalize/normalize.ts';
import { nextMemory } from './resolve/follow-up.ts';
import { resolvePeople } from './resolve/person-turn.ts';
import { resolveQuestion } from './resolve/resolve.ts';
import { indexArticle, type ArticleIndex } from './retrieve/article-index.ts';
import type { Answer, AnswerContext, ConversationState, Draft, Handler, Question } from './types.ts';
import { EMPTY_STATE } from './types.ts';

/**
 * The answerer: normalize -> analyze -> resolve -> the first handler (by priority) that matches -> citations.
 * Nothing but the handlers' priorities decides which answer is given.
 */
export function answerQuestion(
  article: Article,
  raw: string,
  memory: ConversationState = EMPTY_STATE,
): { answer: Answer; memory: ConversationState } {
  return answerNormalized(article, normalizeQuestion(raw), memory);
}

/**
 * The same, from a question already normalized (the conversation normalizes once for routing and answering).
 * `handlers` is the registry (handlers/index.ts) unless a test runs its own list, in priority order.
 */
export function answerNormalized(
  article: Article,
  normalized: NormalizedQuestion,
  memory: ConversationState = EMPTY_STATE,
  handlers: readonly Handler<unknown>[] = HANDLERS,
): { answer: Answer; memory: ConversationState } {
  const index = indexArticle(article);
  if (normalized.problem) {
    return {
      answer: { answered: false, text: problemReply(index, normalized.problem), citations: [] },
      memory: { ...memory, turns: memory.turns + 1 },
    };
  }
  const reanalyze = (text: string): Question => analyzeQuestion(index, text);
  const question = resolveQuestion(index, reanalyze(normalized.text), memory, reanalyze);
  const context: AnswerContext = { index, memory, people: resolvePeople(index, question, memory) };
  const draft = runHandlers(handlers, question, context) ?? fallback(index, question);
  return {
    answer: { answered: draft.answered, text: draft.text, citations: citationsOf(index, draft) },
    memory: nextMemory(index, memory, draft, question),
  };
}

function runHandlers(
  handlers: readonly Handler<unknown>[],
  question: Question,
  context: AnswerContext,
): Draft | undefined {
  for (const handler of handlers) {
    const args = handler.match(question, context);
    if (args !== undefined) {
      const draft = handler.answer(args, context);
      const unfit = unfitMeasure(question, draft, context);
      if (unfit !== undefined) return doesNotSay(context.index, unfit, draft);
      const scope = otherRecordScope(context.index, question, draft);
      if (scope !== undefined) return doesNotSay(context.index, scope, draft);
      const unnamed = unnamedKind(context.index, question, draft);
      if (unnamed !== undefined) return doesNotSay(context.index, unnamed, draft);
      if (handler.mustCoverAsked && draft.answered) {
        const missing = uncoveredWords(context.index, question, draft);
        if (missing.length > 0) return doesNotSay(context.index, `anything about ${joinList(missing)}`);
      }
      return withCitedSentence(context.index, question, draft);
    }
  }
  return undefined;
}

function fallback(index: ArticleIndex, question: Question): Draft {
  return doesNotSay(
    index,
    question.unknownWords.length > 0 ? `anything about ${joinList(question.unknownWords)}` : 'that',
  );
}

function citationsOf(index: ArticleIndex, draft: Draft): Answer['citations'] {
  return (
    draft.sentences
      .map((id) => index.sentenceById.get(id))
      .filter((s) => s !== undefined)
      // The photo credit and the dateline hold no answer unless the question is about the source or date line.
      .filter((s) => draft.aboutSource === true || s.kind === 'body' || s.kind === 'caption')
      .map((s) => ({ sentenceId: s.id, text: s.text }))
  );
}
