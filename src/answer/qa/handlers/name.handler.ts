import { carryFilter } from '../resolve/person-turn.ts';
import { answerName } from './names.ts';
import { draftHandler } from './draft-handler.ts';

/** The name of a person, organization or the event. */
export default draftHandler(
  'name',
  210,
  (q, { index, people, memory }) => answerName(index, q, people, carryFilter(index, q, memory)),
  { mustCoverAsked: true },
);
