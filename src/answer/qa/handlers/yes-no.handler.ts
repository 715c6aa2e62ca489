import { doesNotSay } from '../compose/does-not-say.ts';
import { joinList } from '../lexicon/text.ts';
import type { Handler, Question } from '../types.ts';
import { titleCase } from './unknown-names.handler.ts';
import { answerYesNo } from './yes-no.ts';

/** A yes/no question: yes only when a fact states it, no when one contradicts it, else the article doesn't say. */
const handler: Handler<Question> = {
  name: 'yes-no',
  priority: 180,
  match: (q) => (q.type === 'yes-no' ? q : undefined),
  answer: (q, { index, people }) =>
    answerYesNo(index, q, people) ??
    doesNotSay(
      index,
      q.unknownNames.length > 0 ? `anything about ${joinList(q.unknownNames.map(titleCase))}` : 'that',
    ),
};
export default handler;
