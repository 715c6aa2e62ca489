import { answerAge } from './age.ts';
import { draftHandler } from './draft-handler.ts';

/** "How old is she?": the age the article gives the person, or that it gives none. */
export default draftHandler('age', 44, (q, { index, people }) => answerAge(index, q, people));
