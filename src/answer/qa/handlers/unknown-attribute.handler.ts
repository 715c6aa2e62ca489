import { doesNotSay } from '../compose/does-not-say.ts';
import { joinList, stem } from '../lexicon/text.ts';
import type { ArticleIndex } from '../retrieve/article-index.ts';
import type { Person } from '../../../model/schema.ts';
import type { Handler, Question } from '../types.ts';
import { askedContent } from './slot-fill.ts';

/**
 * "What did he promise customers?", "how did the closure affect her business?": the words the article never uses
 * are a paraphrase when the rest of what is asked is what the person's own profile holds ("every customer will be
 * able to access their accounts", "her business dropped when the bridge closed"); the answer is there.
 */
function profileHoldsTheRest(index: ArticleIndex, question: Question, people: readonly Person[]): boolean {
  const unknown = new Set(question.unknownWords.map(stem));
  const rest = askedContent(question).filter((s) => !unknown.has(s) && index.idf.has(s));
  return (
    rest.length > 0 &&
    people.some((p) => {
      const profile = index.personProfile.get(p.id);
      return profile !== undefined && rest.some((s) => (profile.get(s) ?? 0) > 0);
    })
  );
}

/**
 * Something asked about a known person in words the article never uses ("Smith's age", "who is his boss"):
 * the article doesn't say that about them.
 */
const handler: Handler<string> = {
  name: 'unknown-attribute',
  priority: 230,
  match: (q, { index, people }) => {
    if (people.length === 0 || q.unknownWords.length === 0) return undefined;
    if (profileHoldsTheRest(index, q, people)) return undefined;
    const names = joinList(people.map((p) => p.name));
    if (!q.slotExplicit && q.type !== 'who') return `${names}'s ${q.unknownWords.join(' ')}`;
    if (q.type === 'who' && q.pronoun) return `who ${names}'s ${q.unknownWords.join(' ')} is`;
    return undefined;
  },
  answer: (what, { index }) => doesNotSay(index, what),
};
export default handler;
