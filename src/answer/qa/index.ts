/** Question answering over one structured article: exact, cited, conversational, honest about gaps. */
export type { Answer, Citation, ConversationState } from './types.ts';
export { answerQuestion } from './pipeline.ts';
export {
  ConversationAnswerer,
  type AskPlace,
  type AskTarget,
  type ConversationAnswererOptions,
  type RoutedAnswer,
} from './conversation.ts';
export { ArticleRouter, routerFor, type Route } from './route/router.ts';
export { normalizeQuestion, MAX_ANALYSED_CHARS } from './normalize/normalize.ts';
export { prepareArticles } from './prepare.ts';
