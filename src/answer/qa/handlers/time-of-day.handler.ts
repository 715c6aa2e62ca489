import { answerTimeOfDay } from './time-of-day.ts';
import { draftHandler } from './draft-handler.ts';

/** The hour asked: the clock time the article gives for it, or that it dates it only to the day. */
export default draftHandler('time-of-day', 90, (q, { index }) => answerTimeOfDay(index, q));
