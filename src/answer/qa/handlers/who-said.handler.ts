import { answerWhoSaid } from './special.ts';
import { draftHandler } from './draft-handler.ts';

/** Who said a quoted thing. */
export default draftHandler('who-said', 140, (q, { index }) => answerWhoSaid(index, q));
