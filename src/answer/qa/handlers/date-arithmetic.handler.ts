import { answerDateArithmetic } from './date-arithmetic.ts';
import { draftHandler } from './draft-handler.ts';

/** Spans between the dated things of the article and its dateline, computed and said so. */
export default draftHandler('date-arithmetic', 40, (q, { index }) => answerDateArithmetic(index, q));
