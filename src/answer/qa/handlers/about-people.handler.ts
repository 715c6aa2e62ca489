import { carryFilter, isPersonQuestion } from '../resolve/person-turn.ts';
import { answerAboutPeople } from './who.ts';
import { draftHandler } from './draft-handler.ts';
import { listGap } from './slot-fill.ts';
import { rankFacts } from '../retrieve/rank.ts';
import type { ArticleIndex } from '../retrieve/article-index.ts';
import type { ConversationState, Draft, Question } from '../types.ts';

/** About a person: who they are, their title, organization, side or place in the photo. */
export default draftHandler('about-people', 260, (q, { index, people, memory }) => {
  if (!isPersonQuestion(q, people, memory)) return undefined;
  const draft = answerAboutPeople(index, q, people, carryFilter(index, q, memory));
  return (draft?.answered && beyondThoseNamed(index, q, memory, draft)) || draft;
});

/**
 * "Who else was part of the delegations?" with nobody named yet asks beyond the people the article names: a stated
 * gap saying who else is not given, covering the question fully and ranked first, is the answer; the people it
 * names are what it does say.
 */
function beyondThoseNamed(
  index: ArticleIndex,
  question: Question,
  memory: ConversationState,
  draft: Draft,
): Draft | undefined {
  if (!question.cues.has('othersThanNamed') || memory.people.length > 0) return undefined;
  const [best] = rankFacts(index, { ...question, slot: 'general' });
  if (!best || best.fact.source.kind !== 'gap' || best.coverage < 0.8) return undefined;
  return listGap(best.fact, draft);
}
