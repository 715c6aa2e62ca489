import { answerSummary } from './special.ts';
import { draftHandler } from './draft-handler.ts';

/** A summary, the gist, the background. */
export default draftHandler('summary', 270, (q, { index }) => answerSummary(index, q));
