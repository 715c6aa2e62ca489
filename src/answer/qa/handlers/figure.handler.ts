import { answerFigureQuestion } from './figure.ts';
import { draftHandler } from './draft-handler.ts';

/** A quantity asked ("how deep", "how many died", "what share"): the model's figure that measures it. */
export default draftHandler('figure', 45, (q, { index }) => answerFigureQuestion(index, q));
