import { doesNotSay } from '../compose/does-not-say.ts';
import { joinList } from '../lexicon/text.ts';
import type { Handler } from '../types.ts';

/** A name the article never mentions ("who is Kim?" about a story with no Kim): it says nothing about them. */
const handler: Handler<string[]> = {
  name: 'unknown-names',
  priority: 10,
  match: (q) => (q.unknownNames.length > 0 && q.type !== 'yes-no' ? q.unknownNames : undefined),
  answer: (names, { index }) => doesNotSay(index, `anything about ${joinList(names.map(titleCase))}`),
};
export default handler;

export function titleCase(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
