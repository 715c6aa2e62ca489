import { otherOrdinal } from './honesty.ts';
import { draftHandler } from './draft-handler.ts';

/** A round of the series other than the one reported ("what happened at the 5th?"). */
export default draftHandler('other-ordinal', 30, (q, { index }) => otherOrdinal(index, q));
