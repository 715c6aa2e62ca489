import { draftHandler } from './draft-handler.ts';
import { answerOrganizationBase } from './org-base.ts';

/** "Where is the lender based?": the place the article ties to the organization's name, not the event's place. */
export default draftHandler('org-base', 85, (q, { index }) => answerOrganizationBase(index, q));
