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

/** A yes/no question: yes only when a fact states it, no when one contradicts it, else the article doesn't say. */
const handler: Handler<Question> = {
  name: 'yes-no',
  priority: 180,
  match: (q) => (q.type === 'yes-no' ? q : undefined),
  answer: (q, { index, people }) => {
    const draft = answerYesNo(index, q, people);
    const denied =
      draft && /^Yes\b/.test(draft.text) && !q.negated ? deniedInEvidence(index, q, draft) : undefined;
    if (draft && denied !== undefined)
      return { ...draft, text: `No — ${index.sentenceById.get(denied)?.text ?? ''}`, sentences: [denied] };
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
