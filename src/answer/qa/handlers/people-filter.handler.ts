import { answerPeopleFilter } from './people-filter.ts';
import { draftHandler } from './draft-handler.ts';

/** Follow-ups narrowing remembered people by organization kind or country ("and the defense one?"). */
export default draftHandler('people-filter', 50, (q, { index, memory }) =>
  answerPeopleFilter(index, q, memory),
);
