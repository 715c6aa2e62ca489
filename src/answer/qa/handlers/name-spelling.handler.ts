import { draftHandler } from './draft-handler.ts';
import { answerNameSpelling } from './name-spelling.ts';

/** "Is it Marvent or Marvant?": which written forms of a person's name the article uses, and where. */
export default draftHandler('name-spelling', 27, (q, { index }) => answerNameSpelling(index, q));
