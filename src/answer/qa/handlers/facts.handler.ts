import { composeFact, composeTopics } from '../compose/compose.ts';
import type { ArticleIndex } from '../retrieve/article-index.ts';
import { compatibility, informativeStems, rankFacts } from '../retrieve/rank.ts';
import type { ConversationState, Draft, Question } from '../types.ts';
import { answerBesideGap, gapLeavingWhichOpen } from './gap-note.ts';
import { statedCauseOf } from './gap-cause.ts';
import { placeUnheld } from './honesty.ts';
import { coarserDate, listGap } from './slot-fill.ts';
import { draftHandler } from './draft-handler.ts';
import { restatesWithoutCause } from './why-restated.ts';
import { doesNotSay } from '../compose/does-not-say.ts';
import { contentStemSet, memoOf, stem, tokenize } from '../lexicon/text.ts';
import type { Fact } from '../retrieve/facts.ts';

const MIN_FACT_SCORE = 0.45;

/**
 * Whether a stated gap leaves open the very thing asked: its lead (before the colon) asks it in the question's own
 * words, "which banks ..." for "which banks are giving the loan?".
 */
function asksWhatGapLeavesOpen(question: Question, about: string): boolean {
  const [wh, next] = question.tokens;
  if (wh === undefined || next === undefined || !['which', 'what', 'how', 'who'].includes(wh)) return false;
  const lead = gapLead(about);
  return lead[0] === wh && stem(lead[1] ?? '') === stem(next);
}

/** The tokens of a stated gap's lead (before the colon): article text, read at every question, so remembered. */
const gapLead = memoOf((about: string): readonly string[] => tokenize(about.split(':')[0] ?? ''), 1024);

/** Whether the question holds every content word of one of a stated gap's keywords ("coordinates", "cause"). */
function gapKeywordAsked(index: ArticleIndex, question: Question, fact: Fact): boolean {
  const gap = index.article.gaps[Number(fact.id.replace(/^gap-/, ''))];
  const stems = new Set(question.stems);
  return (gap?.keywords ?? []).some((k) => {
    const words = [...contentStemSet(k)];
    return words.length > 0 && words.every((w) => stems.has(w));
  });
}

function fromFacts(index: ArticleIndex, question: Question, memory: ConversationState): Draft | undefined {
  // "Apart from that, what else came up?" after a topic: the topics not yet given.
  const context = question.context;
  const rememberedKind = index.facts.find((f) => f.id === context?.factId)?.source.kind;
  if (context?.excludeFact && rememberedKind === 'topic' && ['topic', 'general'].includes(question.slot))
    return composeTopics(index, context.given);
  const stems = informativeStems(question);
  const followUp =
    !context?.excludeFact &&
    stems.length === 0 &&
    question.mentions.length === 0 &&
    question.year === undefined &&
    question.month === undefined &&
    memory.factId !== undefined;
  if (followUp && (question.continuation || question.pronoun || question.tokens.length <= 3)) {
    const fact = index.facts.find((f) => f.id === memory.factId);
    // "What year?" after the 2018 suspension is that fact's date; "How many since?" is another fact beside it.
    // "Why?" after a fact that is not itself a cause asks the cause stated for that fact.
    const cause = fact && question.slot === 'cause' ? statedCauseOf(index, fact) : undefined;
    if (cause) return composeFact(index, cause, 'cause');
    if (fact && fact.source.kind !== 'gap' && compatibility(question.slot, fact) >= 0.5) {
      const draft = composeFact(index, fact, question.slot);
      return coarserDate(index, question, fact, draft) ?? placeUnheld(index, question, fact, draft) ?? draft;
    }
  }
  if (question.slot === 'topic' && stems.length === 0) return composeTopics(index);
  const ranked = rankFacts(index, question);
  const best = ranked[0];
  if (!best || best.score < MIN_FACT_SCORE) return undefined;
  // Two words the article never uses ("crash", "drunk") are what is asked; a fact holding the rest does not say it.
  if (question.unknownWords.length >= 2) return undefined;
  if (question.slot === 'topic' && best.fact.source.kind !== 'topic' && best.coverage < 0.5)
    return composeTopics(index);
  // The article saying it leaves open what is asked ("which banks ...: the spokeswoman declined to name them") answers
  // it, over a fact holding the same words that does not ("a bridge loan from a group of banks").
  const open = ranked.find(
    (r) =>
      r.fact.source.kind === 'gap' &&
      asksWhatGapLeavesOpen(question, r.fact.source.about) &&
      r.coverage >= 0.8 &&
      r.coverage >= best.coverage - 1e-9,
  );
  // (A cause "under investigation" is the answer the article gives to what caused it.)
  if (open && open !== best && best.fact.source.kind !== 'gap' && question.slot !== 'cause') {
    const gapDraft = composeFact(index, open.fact, question.slot);
    const beside = composeFact(index, best.fact, question.slot);
    return {
      ...gapDraft,
      text: `${gapDraft.text} What it does say: ${beside.text}`,
      sentences: [...new Set([...gapDraft.sentences, ...beside.sentences])],
    };
  }
  const draft = composeFact(index, best.fact, question.slot);
  if (restatesWithoutCause(question, best.fact, draft.text)) return doesNotSay(index, 'why', draft);
  // The best fact rests on the very sentence that says the article leaves open what is asked ("the company has
  // not disclosed what caused the collapse"), and the gap is about what is asked (one of its keywords, or its lead
  // in the question's words): the fact is not the answer.
  const restated = ranked.find(
    (r) =>
      r.fact.source.kind === 'gap' &&
      r.fact.sentences.length > 0 &&
      r.fact.sentences.every((id) => best.fact.sentences.includes(id)) &&
      (asksWhatGapLeavesOpen(question, r.fact.source.about) || gapKeywordAsked(index, question, r.fact)),
  );
  if (restated && restated !== best && best.fact.source.kind !== 'gap') return listGap(restated.fact, draft);
  const unheld =
    coarserDate(index, question, best.fact, draft) ?? placeUnheld(index, question, best.fact, draft);
  if (unheld) return unheld;
  const leftOpen = gapLeavingWhichOpen(question, ranked);
  if (leftOpen && leftOpen !== best) return listGap(leftOpen.fact, draft);
  return answerBesideGap(index, question, ranked, draft) ?? draft;
}

/** The best-ranked fact of the model for what is asked, or the remembered fact for an elliptical follow-up. */
export default draftHandler('facts', 290, (q, { index, memory }) => fromFacts(index, q, memory));
