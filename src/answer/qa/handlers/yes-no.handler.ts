import { doesNotSay } from '../compose/does-not-say.ts';
import { EN } from '../lexicon/en/index.ts';
import { joinList, stem, tokenize } from '../lexicon/text.ts';
import type { ArticleIndex } from '../retrieve/article-index.ts';
import { informativeStems } from '../retrieve/rank.ts';
import type { Draft, Handler, Question } from '../types.ts';
import { titleCase } from './unknown-names.handler.ts';
import { answerYesNo } from './yes-no.ts';

const NEGATORS: ReadonlySet<string> = new Set(EN.negators);
/** How many words before an asked word a negator still denies it ("does not require the company to recall"). */
const NEGATION_REACH = 4;

function denies(text: string, asked: ReadonlySet<string>): boolean {
  const tokens = tokenize(text);
  for (let i = 0; i < tokens.length; i++) {
    if (!asked.has(stem(tokens[i]!))) continue;
    for (let back = 1; back <= NEGATION_REACH && i - back >= 0; back++)
      if (NEGATORS.has(tokens[i - back]!)) return true;
  }
  return false;
}

/**
 * The cited sentence that denies a word the question asks about ("Was there a jury?" against "without a jury"),
 * if any: then the answer is no, whatever fact matched the word.
 */
function deniedInEvidence(index: ArticleIndex, question: Question, draft: Draft): string | undefined {
  const asked = new Set(informativeStems(question));
  // The sentences of the fact the answer rests on count too: the cited one may be its headline, not the denial.
  const factId = draft.focus?.factId;
  const factSentences = index.facts.find((f) => f.id === factId)?.sentences ?? [];
  return [...new Set([...draft.sentences, ...factSentences])].find((id) =>
    denies(index.sentenceById.get(id)?.text ?? '', asked),
  );
}

const OPPOSITES = EN.opposites.map(([a, b]) => [a.map(tokenize), b.map(tokenize)] as const);

function holdsPhrase(tokens: readonly string[], phrase: readonly string[]): boolean {
  return tokens.some((_, i) => phrase.every((word, k) => tokens[i + k] === word));
}

/**
 * The evidence sentence that states the opposite of what the question asks ("Did they raise rates?" against "cut
 * its repo rate", "a majority?" against "a minority coalition") and not the asked word itself, if any: the answer is no.
 */
function contradictedInEvidence(index: ArticleIndex, question: Question, draft: Draft): string | undefined {
  const factSentences = index.facts.find((f) => f.id === draft.focus?.factId)?.sentences ?? [];
  const evidence = [...new Set([...draft.sentences, ...factSentences])];
  for (const [a, b] of OPPOSITES)
    for (const [asked, other] of [
      [a, b],
      [b, a],
    ] as const) {
      if (!asked.some((p) => holdsPhrase(question.tokens, p))) continue;
      const found = evidence.find((id) => {
        const tokens = tokenize(index.sentenceById.get(id)?.text ?? '');
        return other.some((p) => holdsPhrase(tokens, p)) && !asked.some((p) => holdsPhrase(tokens, p));
      });
      if (found) return found;
    }
  return undefined;
}

/** A yes/no question: yes only when a fact states it, no when one contradicts it, else the article doesn't say. */
const handler: Handler<Question> = {
  name: 'yes-no',
  priority: 180,
  match: (q) => (q.type === 'yes-no' ? q : undefined),
  answer: (q, { index, people }) => {
    const draft = answerYesNo(index, q, people);
    const denied =
      draft && /^Yes\b/.test(draft.text) && !q.negated ? deniedInEvidence(index, q, draft) : undefined;
    const contradicted =
      draft?.answered && !/^No\b/.test(draft.text) && !q.negated
        ? (denied ?? contradictedInEvidence(index, q, draft))
        : denied;
    if (draft && contradicted !== undefined)
      return {
        ...draft,
        text: `No — ${index.sentenceById.get(contradicted)?.text ?? ''}`,
        sentences: [contradicted],
      };
    return (
      draft ??
      doesNotSay(
        index,
        q.unknownNames.length > 0 ? `anything about ${joinList(q.unknownNames.map(titleCase))}` : 'that',
      )
    );
  },
};
export default handler;
