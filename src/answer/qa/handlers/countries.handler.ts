import { answerAboutCountries } from './countries.ts';
import { draftHandler } from './draft-handler.ts';

/** Which countries took part or were mentioned (when no person is asked about). */
export default draftHandler('countries', 170, (q, { index, people }) =>
  people.length === 0 ? answerAboutCountries(index, q) : undefined,
);
