import { doesNotSay } from '../compose/does-not-say.ts';
import { joinList } from '../lexicon/text.ts';
import { informativeStems } from '../retrieve/rank.ts';
import type { Handler } from '../types.ts';

/** Unknown words that carry the whole ask, with no slot named to answer instead: the article cannot answer it. */
const handler: Handler<string[]> = {
  name: 'unknown-heavy',
  priority: 280,
  match: (q) =>
    !q.slotExplicit &&
    q.unknownWords.length >= 2 &&
    q.unknownWords.length / Math.max(1, informativeStems(q).length) >= 0.5
      ? q.unknownWords
      : undefined,
  answer: (words, { index }) => doesNotSay(index, `anything about ${joinList(words)}`),
};
export default handler;
