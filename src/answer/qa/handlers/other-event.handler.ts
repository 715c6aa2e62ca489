import { answerOtherEventDate } from './other-event.ts';
import { draftHandler } from './draft-handler.ts';

/** A date asked about something other than the story's own event: its timeline entry or event. */
export default draftHandler('other-event', 155, (q, { index }) => answerOtherEventDate(index, q));
