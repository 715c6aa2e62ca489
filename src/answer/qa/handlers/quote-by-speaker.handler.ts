import { answerQuoteBySpeaker } from './special.ts';
import { draftHandler } from './draft-handler.ts';

/** What a named speaker said, quoted. */
export default draftHandler('quote-by-speaker', 130, (q, { index }) => answerQuoteBySpeaker(index, q));
