import { answerCastQuestion } from '../resolve/person-turn.ts';
import { askedContent, listGap, statedGapFor } from './slot-fill.ts';
import { draftHandler } from './draft-handler.ts';

/** Something the article explicitly leaves open ("without further details"): said so. */
export default draftHandler('stated-gap', 200, (q, { index, people, memory }) => {
  const gap = statedGapFor(index, q, askedContent(q));
  return gap ? listGap(gap, answerCastQuestion(index, q, people, memory)) : undefined;
});
