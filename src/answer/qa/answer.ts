import { mainEvent, delegationsOf } from '../../model/events.ts';
import { capitalsAsCountries } from './metonym.ts';
import type { Article } from '../../model/schema.ts';
import { indexArticle, type ArticleIndex } from './article-index.ts';
import { composeFact, composeTopics } from './compose.ts';
import { normalizeQuestion, type InputProblem } from './normalize.ts';
import { compatibility, informativeStems, rankFacts } from './rank.ts';
import type { Answer, ConversationState, Draft } from './result.ts';
import { EMPTY_STATE } from './result.ts';
import { retrieveSentence } from './retrieval.ts';
import { joinList } from './text.ts';
import { understand, type Question } from './understand.ts';
import { answerAboutPeople } from './who.ts';
import { answerCastQuestion, carryFilter, isPersonQuestion, resolvePeople } from './person-turn.ts';
import { carrySlot, nextMemory, possessiveEllipsis, withContext } from './follow-up.ts';
import { answerYesNo } from './yes-no.ts';
import { answerBesideGap } from './gap-note.ts';
import { answerDateArithmetic } from './date-arithmetic.ts';
import { answerPeopleFilter } from './people-filter.ts';
import { answerConsequence } from './consequence.ts';
import { answerGapCause, statedCauseOf } from './gap-cause.ts';
import { unknownFocus } from './unknown-focus.ts';
import { correctTypos } from './spelling.ts';
import {
  askedContent,
  coarserDate,
  listGap,
  nearestFact,
  statedGapFor,
  postInAnotherYear,
  unfillableKind,
} from './slot-fill.ts';
import { answerAboutCountries, answerHost } from './countries.ts';
import { judgementAsked, otherOrdinal, placeUnheld } from './honesty.ts';
import { answerName } from './names.ts';
import {
  answerAboutFuture,
  answerQuoteBySpeaker,
  answerPublished,
  answerSource,
  answerSummary,
  answerTimeOfDay,
  answerWhoSaid,
} from './special.ts';

const MIN_FACT_SCORE = 0.45;

const PROBLEM_REPLIES: Record<InputProblem, string> = {
  empty:
    "I didn't get a question. Ask me something about the article, for example who took part or what was agreed.",
  'no-words':
    "I couldn't find a question in that. Ask me something about the article in words, for example who took part.",
  'not-english':
    'I can only answer questions in English about this article. Try asking who took part or what was agreed.',
  instruction: "I only answer questions about the article, so I can't do that.",
  opinion:
    "I don't give opinions: I only report what the article says. Ask me who took part, what was agreed, or why the talks matter according to the article.",
  help: 'I answer questions about this article, citing the sentences I rely on. Ask me who took part, what was agreed, when and where the talks were held, why they matter or what led to them, or ask for a summary. Follow-ups such as "And where?" or "What about Ando?" work too.',
};

function doesNotSay(index: ArticleIndex, what: string): Draft {
  return { answered: false, text: `The article doesn't say ${what}. ${index.coverage}`, sentences: [] };
}

function answerBetween(index: ArticleIndex, memory: ConversationState): Draft {
  const fact = index.facts.find((f) => f.id === memory.factId);
  for (const id of fact?.sentences ?? []) {
    const text = index.sentenceById.get(id)?.text ?? '';
    const match = /\bbetween ([A-Z][\w.’' -]*?) and ([A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*)*)/.exec(text);
    if (match)
      return {
        answered: true,
        text: `Between ${match[1]} and ${match[2]}.`,
        sentences: [id],
        focus: memory.factId ? { factId: memory.factId } : {},
      };
  }
  const delegations = delegationsOf(mainEvent(index.article));
  const names = delegations.map(
    (d) => index.article.countries.find((c) => c.id === d.country)?.name ?? d.country,
  );
  return {
    answered: true,
    text: `Between ${joinList(names)}.`,
    sentences: mainEvent(index.article).evidence.sentences,
    focus: { factId: mainEvent(index.article).id },
  };
}

function answerFromFacts(
  index: ArticleIndex,
  question: Question,
  memory: ConversationState,
): Draft | undefined {
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
  if (question.slot === 'topic' && best.fact.source.kind !== 'topic' && best.coverage < 0.5)
    return composeTopics(index);
  const draft = composeFact(index, best.fact, question.slot);
  const unheld =
    coarserDate(index, question, best.fact, draft) ?? placeUnheld(index, question, best.fact, draft);
  if (unheld) return unheld;
  return answerBesideGap(index, question, ranked, draft) ?? draft;
}

function understandInput(
  index: ArticleIndex,
  raw: string,
  memory: ConversationState,
): Question | InputProblem {
  const normalized = normalizeQuestion(raw);
  if (normalized.problem) return normalized.problem;
  const read = (text: string): Question =>
    understand(
      capitalsAsCountries(correctTypos(text, index.words, index.vocabulary), index.article),
      index.lexicon,
      index.vocabulary,
      index.words,
    );
  const fragment = read(normalized.text);
  const repeated = possessiveEllipsis(fragment, memory);
  const question = repeated === undefined ? carrySlot(fragment, memory) : read(repeated);
  return withContext(question, memory);
}

function draftAnswer(index: ArticleIndex, question: Question, memory: ConversationState): Draft {
  if (question.unknownNames.length > 0 && question.type !== 'yes-no') {
    return doesNotSay(index, `anything about ${joinList(question.unknownNames.map(titleCase))}`);
  }
  const refused = judgementAsked(index, question) ?? otherOrdinal(index, question);
  if (refused) return refused;
  const special =
    answerDateArithmetic(index, question) ??
    answerPeopleFilter(index, question, memory) ??
    answerConsequence(index, question, memory) ??
    answerGapCause(index, question, memory) ??
    answerHost(index, question) ??
    answerTimeOfDay(index, question) ??
    answerAboutFuture(index, question) ??
    answerSource(index, question) ??
    answerPublished(index, question) ??
    answerQuoteBySpeaker(index, question) ??
    answerWhoSaid(index, question);
  if (special) return special;
  const otherYear = postInAnotherYear(index, question);
  if (otherYear) return otherYear;
  const people = resolvePeople(index, question, memory);
  if (question.slot === 'between') return answerBetween(index, memory);
  const countries = people.length === 0 ? answerAboutCountries(index, question) : undefined;
  if (countries) return countries;
  if (question.type === 'yes-no') {
    const draft = answerYesNo(index, question, people);
    if (draft) return draft;
    const subject =
      question.unknownNames.length > 0
        ? `anything about ${joinList(question.unknownNames.map(titleCase))}`
        : 'that';
    return doesNotSay(index, subject);
  }
  const unfillable = unfillableKind(index, question, () => nearestFact(index, question));
  if (unfillable) return unfillable;
  const gap = statedGapFor(index, question, askedContent(question));
  if (gap) return listGap(gap, answerCastQuestion(index, question, people, memory));
  const name = answerName(index, question, people, carryFilter(index, question, memory));
  if (name) return name;
  const cast = answerCastQuestion(index, question, people, memory);
  if (cast) return cast;
  if (
    people.length > 0 &&
    !question.slotExplicit &&
    question.unknownWords.length > 0 &&
    question.type !== 'who'
  ) {
    return doesNotSay(index, `${joinList(people.map((p) => p.name))}'s ${question.unknownWords.join(' ')}`);
  }
  if (people.length > 0 && question.type === 'who' && question.unknownWords.length > 0 && question.pronoun) {
    return doesNotSay(
      index,
      `who ${joinList(people.map((p) => p.name))}'s ${question.unknownWords.join(' ')} is`,
    );
  }
  const focus = unknownFocus(index, question);
  if (focus && !answerSummary(index, question)) return doesNotSay(index, `anything about ${focus}`);
  // "Who won the KBO game last night?": nothing asked is a word of the article.
  const asked = informativeStems(question);
  if (
    people.length === 0 &&
    question.mentions.length === 0 &&
    question.unknownWords.length >= 2 &&
    asked.every((s) => !index.vocabulary.has(s)) &&
    !answerSummary(index, question)
  )
    return doesNotSay(index, `anything about ${joinList(question.unknownWords)}`);
  if (isPersonQuestion(question, people, memory)) {
    const draft = answerAboutPeople(index, question, people, carryFilter(index, question, memory));
    if (draft) return draft;
  }
  const summary = answerSummary(index, question);
  if (summary) return summary;
  // Unknown words that carry the whole ask, with no slot named to answer instead, are a question the article cannot answer.
  if (
    !question.slotExplicit &&
    question.unknownWords.length >= 2 &&
    question.unknownWords.length / Math.max(1, informativeStems(question).length) >= 0.5
  ) {
    return doesNotSay(index, `anything about ${joinList(question.unknownWords)}`);
  }
  const fromFacts = answerFromFacts(index, question, memory);
  if (fromFacts) return fromFacts;
  const retrieved = retrieveSentence(index, question);
  if (retrieved) return retrieved;
  return doesNotSay(
    index,
    question.unknownWords.length > 0 ? `anything about ${joinList(question.unknownWords)}` : 'that',
  );
}

function titleCase(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** Answers one question about an article, given (and returning) the conversation's memory. */
export function answerQuestion(
  article: Article,
  question: string,
  memory: ConversationState = EMPTY_STATE,
): { answer: Answer; memory: ConversationState } {
  const index = indexArticle(article);
  const understood = understandInput(index, question, memory);
  if (typeof understood === 'string') {
    return {
      answer: { answered: false, text: PROBLEM_REPLIES[understood], citations: [] },
      memory: { ...memory, turns: memory.turns + 1 },
    };
  }
  const draft = draftAnswer(index, understood, memory);
  const citations = draft.sentences
    .map((id) => index.sentenceById.get(id))
    .filter((s) => s !== undefined)
    // The photo credit and the dateline hold no answer unless the question is about the source or date line.
    .filter((s) => draft.aboutSource === true || s.kind === 'body' || s.kind === 'caption')
    .map((s) => ({ sentenceId: s.id, text: s.text }));
  return {
    answer: { answered: draft.answered, text: draft.text, citations },
    memory: nextMemory(index, memory, draft, understood),
  };
}
