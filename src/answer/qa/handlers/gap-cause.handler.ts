import { answerGapCause } from './gap-cause.ts';
import { draftHandler } from './draft-handler.ts';

/** "Why such a long gap?" after a span: the cause stated for what stopped when the gap began. */
export default draftHandler('gap-cause', 70, (q, { index, memory }) => answerGapCause(index, q, memory));
