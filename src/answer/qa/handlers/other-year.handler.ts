import { postInAnotherYear } from './slot-fill.ts';
import { draftHandler } from './draft-handler.ts';

/** A year asked about that the article dates nothing in. */
export default draftHandler('other-year', 150, (q, { index }) => postInAnotherYear(index, q));
