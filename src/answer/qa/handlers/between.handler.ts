import { delegationsOf, mainEvent } from '../../../model/events.ts';
import type { ArticleIndex } from '../retrieve/article-index.ts';
import { joinList } from '../lexicon/text.ts';
import type { ConversationState, Draft, Handler } from '../types.ts';

/** "Between whom?" after a fact: the two parties its sentence names, else the event's delegations. */
function between(index: ArticleIndex, memory: ConversationState): Draft {
  const fact = index.facts.find((f) => f.id === memory.factId);
  for (const id of fact?.sentences ?? []) {
    const text = index.sentenceById.get(id)?.text ?? '';
    const match = /\bbetween ([A-Z][\w.’' -]*?) and ([A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*)*)/.exec(text);
    if (match)
      return {
        answered: true,
        text: `Between ${match[1]} and ${match[2]}.`,
        sentences: [id],
        focus: memory.factId ? { factId: memory.factId } : {},
      };
  }
  const delegations = delegationsOf(mainEvent(index.article));
  const names = delegations.map(
    (d) => index.article.countries.find((c) => c.id === d.country)?.name ?? d.country,
  );
  return {
    answered: true,
    text: `Between ${joinList(names)}.`,
    sentences: mainEvent(index.article).evidence.sentences,
    focus: { factId: mainEvent(index.article).id },
  };
}

const handler: Handler<true> = {
  name: 'between',
  priority: 160,
  match: (question) => (question.slot === 'between' ? true : undefined),
  answer: (_args, { index, memory }) => between(index, memory),
};
export default handler;
