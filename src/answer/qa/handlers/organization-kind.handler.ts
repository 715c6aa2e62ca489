import { answerOrganizationKind } from './organization-kind.ts';
import { draftHandler } from './draft-handler.ts';

/** "Which court was this?", "Which team does X play for?": the organization of the kind asked. */
export default draftHandler('organization-kind', 49, (q, { index, people }) =>
  answerOrganizationKind(index, q, people),
);
