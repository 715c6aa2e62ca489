import { answerAboutFuture } from './special.ts';
import { draftHandler } from './draft-handler.ts';

/** What happens next: only what the article states about the future. */
export default draftHandler('future', 100, (q, { index }) => answerAboutFuture(index, q));
