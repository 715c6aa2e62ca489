import { answerExpansion } from './expansion.ts';
import { draftHandler } from './draft-handler.ts';

/** "What does NATO stand for?": the abbreviation spelt out, from the model's organizations or the article's text. */
export default draftHandler('expansion', 25, (q, { index }) =>
  q.expands === undefined ? undefined : answerExpansion(index, q.expands),
);
