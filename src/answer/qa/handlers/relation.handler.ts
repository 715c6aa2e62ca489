import { answerRelation } from './relation.ts';
import { draftHandler } from './draft-handler.ts';

/** "Who did X beat?", "Who won?", "Who sued X?": the side of the event asked, by the participants' roles. */
export default draftHandler('relation', 48, (q, { index }) => answerRelation(index, q));
