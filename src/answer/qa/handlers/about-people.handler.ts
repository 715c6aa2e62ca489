import { carryFilter, isPersonQuestion } from '../resolve/person-turn.ts';
import { answerAboutPeople } from './who.ts';
import { draftHandler } from './draft-handler.ts';

/** About a person: who they are, their title, organization, side or place in the photo. */
export default draftHandler('about-people', 260, (q, { index, people, memory }) =>
  isPersonQuestion(q, people, memory)
    ? answerAboutPeople(index, q, people, carryFilter(index, q, memory))
    : undefined,
);
