import { answerCastQuestion } from '../resolve/person-turn.ts';
import { draftHandler } from './draft-handler.ts';

/** Who took part, how many, who held an office. */
export default draftHandler(
  'cast',
  220,
  (q, { index, people, memory }) => answerCastQuestion(index, q, people, memory),
  { mustCoverAsked: true },
);
