import { answerPublished } from './special.ts';
import { draftHandler } from './draft-handler.ts';

/** When the article was published. */
export default draftHandler('published', 120, (q, { index }) => answerPublished(index, q));
