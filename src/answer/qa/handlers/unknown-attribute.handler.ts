import { doesNotSay } from '../compose/does-not-say.ts';
import { joinList } from '../lexicon/text.ts';
import type { Handler } from '../types.ts';

/**
 * Something asked about a known person in words the article never uses ("Smith's age", "who is his boss"):
 * the article doesn't say that about them.
 */
const handler: Handler<string> = {
  name: 'unknown-attribute',
  priority: 230,
  match: (q, { people }) => {
    if (people.length === 0 || q.unknownWords.length === 0) return undefined;
    const names = joinList(people.map((p) => p.name));
    if (!q.slotExplicit && q.type !== 'who') return `${names}'s ${q.unknownWords.join(' ')}`;
    if (q.type === 'who' && q.pronoun) return `who ${names}'s ${q.unknownWords.join(' ')} is`;
    return undefined;
  },
  answer: (what, { index }) => doesNotSay(index, what),
};
export default handler;
