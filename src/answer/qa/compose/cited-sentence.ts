import type { Sentence } from '../../../model/schema.ts';
import type { ArticleIndex } from '../retrieve/article-index.ts';
import { EN } from '../lexicon/en/index.ts';
import { stem } from '../lexicon/text.ts';
import { bestCoveringSentence, holdsStem } from '../retrieve/sentence-answer.ts';
import type { Draft, Question } from '../types.ts';
import { askedMissing, stemsOf } from './coverage.ts';

/**
 * Words that name the kind of quantity asked ("what century", "how many years", "how old", "in euros"): any sentence
 * holding a quantity of that kind holds them, so they are no evidence that a sentence is about what is asked.
 */
const KIND_WORDS: ReadonlySet<string> = new Set(
  [...EN.measureWords.spans, ...EN.measureWords.age, ...EN.measureWords.currencies].map(stem),
);

const holdsAny = (sentence: Sentence, missing: readonly string[]): boolean => {
  const held = stemsOf(sentence.text);
  return missing.some((m) => holdsStem(held, m));
};

/**
 * An answer worded from the model can leave out the very words the question asks about, on any article and from
 * any handler. It keeps its own wording, and:
 * - a sentence it cites that holds them is shown in full ("What did the lawyer say about the ban?" answered with
 *   his words about the damages, from a sentence that goes on "... and that the ban would force ...");
 * - when neither its text nor its citations hold them, the sentence of the article that covers the question best
 *   is shown beside it, when that sentence holds them and a span of the kind asked ("Who worked night shifts?"
 *   after a list of the people, where one sentence says who did).
 */
export function withCitedSentence(index: ArticleIndex, question: Question, draft: Draft): Draft {
  if (!draft.answered || draft.sentences.length === 0) return draft;
  const missing = askedMissing(question, stemsOf(draft.text));
  if (missing.length === 0) return draft;
  const cited = draft.sentences
    .map((id) => index.sentenceById.get(id))
    .filter((s): s is Sentence => s !== undefined && (s.kind === 'body' || s.kind === 'caption'));
  const shown = cited.filter((s) => !draft.text.includes(s.text) && holdsAny(s, missing));
  if (shown.length > 0)
    return { ...draft, text: `${draft.text} The article says: ${shown.map((s) => `“${s.text}”`).join(' ')}` };
  // The stems of the text and its citations together (each text's stems are remembered).
  const said = new Set(stemsOf(draft.text));
  for (const s of cited) for (const held of stemsOf(s.text)) said.add(held);
  const stillMissing = askedMissing(question, said).filter((s) => !KIND_WORDS.has(s));
  if (stillMissing.length === 0) return draft;
  // Shown only when it holds a span of the kind asked (a date for when, a name for who ...), not just a word.
  const found = bestCoveringSentence(index, question);
  const best = found?.holdsAnswer ? found.sentence : undefined;
  if (!best || draft.sentences.includes(best.id) || !holdsAny(best, stillMissing)) return draft;
  return {
    ...draft,
    text: `${draft.text} The article also says: “${best.text}”`,
    sentences: [...draft.sentences, best.id],
  };
}
