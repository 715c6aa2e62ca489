import { answerHost } from './countries.ts';
import { draftHandler } from './draft-handler.ts';

/** Who hosted: the organization the venue belongs to, or the host country. */
export default draftHandler('host', 80, (q, { index }) => answerHost(index, q));
