import { doesNotSay } from '../compose/does-not-say.ts';
import { joinList } from '../lexicon/text.ts';
import { informativeStems } from '../retrieve/rank.ts';
import type { Handler } from '../types.ts';
import { answerSummary } from './special.ts';
import { unknownFocus } from './unknown-focus.ts';

/**
 * A question whose head noun nothing in the article stands for, or whose every asked word is foreign to the
 * article ("who won the game last night?"): the article says nothing about it.
 */
const handler: Handler<string> = {
  name: 'unknown-focus',
  priority: 250,
  match: (q, { index, people }) => {
    const focus = unknownFocus(index, q);
    if (focus && !answerSummary(index, q)) return focus;
    const asked = informativeStems(q);
    const foreign =
      people.length === 0 &&
      q.mentions.length === 0 &&
      q.unknownWords.length >= 2 &&
      asked.every((s) => !index.vocabulary.has(s)) &&
      !answerSummary(index, q);
    return foreign ? joinList(q.unknownWords) : undefined;
  },
  answer: (what, { index }) => doesNotSay(index, `anything about ${what}`),
};
export default handler;
