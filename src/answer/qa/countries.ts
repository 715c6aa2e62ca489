import type { ArticleIndex } from './article-index.ts';
import { rankFacts } from './rank.ts';
import type { Draft } from './result.ts';
import { capitalize, joinList, numberWord } from './text.ts';
import type { Question } from './understand.ts';

/** A question that asks for countries: "which (other) countries", "how many nations", "what are the two countries". */
const ASKS_COUNTRIES =
  /\b(which|what|how many)( other)? (countries|country|nations?|governments)\b|\bwhat (are|were) the (two |three )?(countries|nations)\b/;
const EXCLUDING = /\b(besides|other than|apart from|except|aside from|other)\b/;
const PRESENCE =
  /\b(at the|part of|in the|attend\w*|participat\w*|took part|take part|present|involved|there)\b/;
const MIN_FACT_SCORE = 0.3;

function names(index: ArticleIndex, ids: readonly string[]): string[] {
  return ids.map((id) => index.article.countries.find((c) => c.id === id)?.name ?? id.toUpperCase());
}

function delegationCountries(index: ArticleIndex): string[] {
  return [...new Set(index.article.event.delegations.map((d) => d.country))];
}

function delegationSentences(index: ArticleIndex): string[] {
  return [...new Set(index.article.event.delegations.flatMap((d) => d.evidence.sentences))];
}

/** "Which countries took part?", "How many countries were involved?", "Which other country ...?" */
export function answerAboutCountries(index: ArticleIndex, question: Question): Draft | undefined {
  const lower = question.text.toLowerCase();
  if (!ASKS_COUNTRIES.test(lower) || question.type === 'yes-no') return undefined;
  if (question.mentions.some((m) => m.ref.kind === 'person')) return undefined;
  const named = question.mentions.filter((m) => m.ref.kind === 'country').map((m) => m.ref.id);
  const [best] = rankFacts(index, { ...question, slot: 'general' });
  const fromFact =
    best && best.score >= MIN_FACT_SCORE && best.fact.source.kind === 'topic'
      ? best.fact.source.topic.countries
      : undefined;
  const pool = EXCLUDING.test(lower) && fromFact ? fromFact : delegationCountries(index);
  const ids = EXCLUDING.test(lower) ? pool.filter((id) => !named.includes(id)) : pool;
  if (ids.length === 0) return undefined;
  const sentences =
    fromFact && EXCLUDING.test(lower) && best ? best.fact.sentences : delegationSentences(index);
  const list = joinList(names(index, ids));
  const text =
    question.slot === 'count'
      ? `${capitalize(numberWord(ids.length))}: ${list}.`
      : EXCLUDING.test(lower)
        ? `${list}.`
        : `${list} took part.`;
  return { answered: true, text, sentences };
}

/** "Was the US at the talks?": whether a country sent a delegation, and where else the article mentions it. */
export function countryPresence(index: ArticleIndex, question: Question): Draft | undefined {
  const lower = question.text.toLowerCase();
  const named = question.mentions.filter((m) => m.ref.kind === 'country').map((m) => m.ref.id);
  if (named.length !== 1 || !PRESENCE.test(lower)) return undefined;
  if (question.mentions.some((m) => m.ref.kind === 'person' || m.ref.kind === 'place')) return undefined;
  const id = named[0]!;
  const present = delegationCountries(index);
  const [name] = names(index, [id]);
  const parties = joinList(names(index, present));
  if (present.includes(id)) {
    return {
      answered: true,
      text: `Yes — ${name} took part: the talks were between ${parties}.`,
      sentences: delegationSentences(index),
    };
  }
  const topic = index.article.topics.find((t) => t.countries.includes(id));
  const mention = topic
    ? ` It comes up only as a topic: ${topic.label.charAt(0).toLowerCase()}${topic.label.slice(1)}.`
    : '';
  return {
    answered: true,
    text: `No — ${name} did not take part: the talks were between ${parties}.${mention}`,
    sentences: [...new Set([...delegationSentences(index), ...(topic?.evidence.sentences ?? [])])],
  };
}
