import { answerConsequence } from './consequence.ts';
import { draftHandler } from './draft-handler.ts';

/** "What did it lead to?" after a cause: the stated consequence. */
export default draftHandler('consequence', 60, (q, { index, memory }) => answerConsequence(index, q, memory));
