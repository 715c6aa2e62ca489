import { answerSource } from './special.ts';
import { draftHandler } from './draft-handler.ts';

/** The agency, publication or photo credit. */
export default draftHandler('source', 110, (q, { index }) => answerSource(index, q));
