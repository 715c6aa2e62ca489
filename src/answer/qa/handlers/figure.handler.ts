import { answerFigureQuestion } from './figure.ts';
import { draftHandler } from './draft-handler.ts';
import { doesNotSay } from '../compose/does-not-say.ts';
import { EN } from '../lexicon/en/index.ts';
import { joinList } from '../lexicon/text.ts';
import type { ArticleIndex } from '../retrieve/article-index.ts';
import type { ConversationState, Draft, Question } from '../types.ts';

const PEOPLE_PRONOUNS: ReadonlySet<string> = new Set([...EN.pronouns.person, ...EN.pronouns.plural]);

/**
 * "Who built it?" / "How much were they paid?": a quantity asked of the people just talked about must be one the
 * article gives about them (its sentence names one of them or their organization); a figure about something else
 * is not their figure. Returns the people's names when the figure is not about them.
 */
function notAboutThem(
  index: ArticleIndex,
  question: Question,
  memory: ConversationState,
  draft: Draft,
): string | undefined {
  if (!draft.answered || memory.focus !== 'people' || memory.people.length === 0) return undefined;
  if (question.mentions.length > 0 || !question.tokens.some((t) => PEOPLE_PRONOUNS.has(t))) return undefined;
  const people = memory.people.map((id) => index.personById.get(id)).filter((p) => p !== undefined);
  const text = draft.sentences.map((id) => index.sentenceById.get(id)?.text ?? '').join(' ');
  const forms = people.flatMap((p) => {
    const organization = index.article.organizations.find((o) => o.id === p.organization);
    return [p.name, ...p.aliases, ...(organization ? [organization.name, ...organization.aliases] : [])];
  });
  if (forms.some((form) => form.length >= 3 && text.includes(form))) return undefined;
  return joinList(people.map((p) => p.name));
}

/** A quantity asked ("how deep", "how many died", "what share"): the model's figure that measures it. */
export default draftHandler('figure', 45, (q, { index, memory }) => {
  const draft = answerFigureQuestion(index, q);
  const others = draft && notAboutThem(index, q, memory, draft);
  return others && draft ? doesNotSay(index, `that about ${others}`, draft) : draft;
});
