import { rankFacts } from '../retrieve/rank.ts';
import { doesNotSay } from '../compose/does-not-say.ts';
import { joinList } from '../lexicon/text.ts';
import { bestCoveringSentence, coveringAmong, type SentenceAnswer } from '../retrieve/sentence-answer.ts';
import type { ArticleIndex } from '../retrieve/article-index.ts';
import type { Fact } from '../retrieve/facts.ts';
import type { AnswerContext, Draft, Question } from '../types.ts';
import { draftHandler } from './draft-handler.ts';

/** Slots answered by their own handlers from the model (a quote, the photo, a format), never by a loose sentence. */
const OWN_SLOTS: ReadonlySet<Question['slot']> = new Set([
  'quote',
  'photo',
  'between',
  'format',
  'ordinal',
  'role',
]);

/**
 * The answer sits in a sentence but in no fact of the model: when no fact covers what the question asks, the one
 * sentence that holds every asked word and name and a span of the asked kind (a name for who, a date for when, a
 * place for where, a number for how many, a reason for why) answers, quoted and cited.
 */
function coveredSentence(question: Question, { index, memory }: AnswerContext): Draft | undefined {
  // A follow-up leaning on the conversation (a pronoun, an "and ...", a remembered fact) is read by the resolve stage
  // and the fact handlers; one asked again in full by the resolve stage, or standing on its own words, is not.
  const leans = question.context || question.pronoun || question.continuation;
  if (memory.turns > 0 && leans && !question.restated) return inRememberedFact(question, index, memory);
  if (question.type === 'yes-no' || question.type === 'other' || OWN_SLOTS.has(question.slot))
    return undefined;
  if (question.negated || question.context || question.asksAuthor || question.timeOfDay) return undefined;
  const found = bestCoveringSentence(index, question);
  if (!found || !found.holdsAnswer) return undefined;
  if (found.missing.length > 0) return partlyCovered(index, question, found);
  // A fact of the model that covers the question answers it better (in its own words, with its own checks).
  const best = rankFacts(index, question)[0];
  if (
    best &&
    best.score >= 0.45 &&
    (best.coverage >= 0.75 || best.fact.sentences.includes(found.sentence.id)) &&
    holdsKindAsked(index, question, best.fact)
  )
    return undefined;
  return quoted(found);
}

/**
 * "How much did the film cost?" / "Who helped pay for it?": a who-question leaning on the fact just given is answered
 * by that fact's own sentence when it holds the asked words and names someone or some body the question does not
 * ("part of it provided by the national film centre", "shared between the two sides").
 */
function inRememberedFact(
  question: Question,
  index: ArticleIndex,
  memory: AnswerContext['memory'],
): Draft | undefined {
  if (question.type !== 'who' || question.personPronoun || memory.focus !== 'fact') return undefined;
  const fact = index.facts.find((f) => f.id === memory.factId);
  if (!fact || fact.source.kind === 'event') return undefined;
  const sentence = coveringAmong(index, question, fact.sentences);
  return (
    sentence && { answered: true, text: `The article says: “${sentence.text}”`, sentences: [sentence.id] }
  );
}

/**
 * "When was the pumping station painted?" where the article only says when it was rebuilt: the words it never uses
 * are what the article doesn't say, and the sentence holding the rest is what it does say, when that sentence
 * covers most of the question and more than any fact does.
 */
function partlyCovered(index: ArticleIndex, question: Question, found: SentenceAnswer): Draft | undefined {
  const unknown = new Set(question.unknownWords);
  if (found.covered < 0.5 || !found.missing.every((word) => unknown.has(word))) return undefined;
  const best = rankFacts(index, question)[0];
  if (best && best.coverage >= found.covered) return undefined;
  return doesNotSay(index, `anything about ${joinList(found.missing)}`, quoted(found));
}

function quoted(found: SentenceAnswer): Draft {
  return {
    answered: true,
    text: `The article says: “${found.sentence.text}”`,
    sentences: [found.sentence.id],
  };
}

/**
 * A who-question wants a fact naming someone besides those asked about; a when-question, a dated fact; any question,
 * a stated gap.
 */
function holdsKindAsked(index: ArticleIndex, question: Question, fact: Fact): boolean {
  // What the article says it doesn't know answers any kind of question.
  if (fact.source.kind === 'gap') return true;
  if (question.type === 'who') {
    const asked = new Set(question.mentions.map((m) => m.ref.id));
    const organizations = new Set(index.article.organizations.map((o) => o.id));
    return [...fact.entities].some(
      (id) => !asked.has(id) && (index.personById.has(id) || organizations.has(id)),
    );
  }
  if (question.slot === 'date') return fact.date !== undefined || fact.source.kind === 'event';
  return true;
}

export default draftHandler('covered-sentence', 95, coveredSentence);
