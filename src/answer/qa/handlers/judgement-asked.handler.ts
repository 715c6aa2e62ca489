import { judgementAsked } from './honesty.ts';
import { draftHandler } from './draft-handler.ts';

/** A question asking the article to judge ("who is right?", "was it a success?"): the article reports, it does not judge. */
export default draftHandler('judgement-asked', 20, (q, { index }) => judgementAsked(index, q));
