import { answerTimeOfDay } from './special.ts';
import { draftHandler } from './draft-handler.ts';

/** The hour asked where the article gives only a day. */
export default draftHandler('time-of-day', 90, (q, { index }) => answerTimeOfDay(index, q));
