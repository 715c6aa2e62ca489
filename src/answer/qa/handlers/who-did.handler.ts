import { answerWhoDid } from './who-did.ts';
import { draftHandler } from './draft-handler.ts';

/** "Who set up the winner?": the one person whose part in the story holds the question's verb and object. */
export default draftHandler('who-did', 93, (q, { index, memory }) =>
  // A follow-up leans on the conversation, which the resolve stage and the people handlers read.
  memory.turns > 0 ? undefined : answerWhoDid(index, q),
);
