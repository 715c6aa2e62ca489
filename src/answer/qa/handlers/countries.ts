import { eventBe, eventHappened, theEvent } from '../compose/event-words.ts';
import { mainEvent, delegationsOf } from '../../../model/events.ts';
import type { ArticleIndex } from '../retrieve/article-index.ts';
import type { Fact } from '../retrieve/facts.ts';
import { rankFacts } from '../retrieve/rank.ts';
import { answerHostInstitution } from './host-institution.ts';
import type { Draft } from '../types.ts';
import { yesNo } from '../compose/yes-no.ts';
import { doesNotSay } from '../compose/does-not-say.ts';
import { capitalize, joinList, numberWord } from '../lexicon/text.ts';
import type { Question } from '../analyze/understand.ts';

const MIN_FACT_SCORE = 0.3;

function names(index: ArticleIndex, ids: readonly string[]): string[] {
  return ids.map((id) => index.article.countries.find((c) => c.id === id)?.name ?? id.toUpperCase());
}

function delegationCountries(index: ArticleIndex): string[] {
  return [...new Set(delegationsOf(mainEvent(index.article)).map((d) => d.country))];
}

function delegationSentences(index: ArticleIndex): string[] {
  return [...new Set(delegationsOf(mainEvent(index.article)).flatMap((d) => d.evidence.sentences))];
}

/** "Which was the host country?", "Who hosted the talks?", "Did Japan host?": the country of the event's place. */
export function answerHost(index: ArticleIndex, question: Question): Draft | undefined {
  // Who hosts the next round is the future, which the article does not report.
  if (!question.cues.has('host') || question.cues.has('yetToCome')) return undefined;
  if (question.type !== 'yes-no') {
    const institution = answerHostInstitution(index, question);
    if (institution) return institution;
  }
  const event = mainEvent(index.article);
  const place = index.article.places.find((p) => p.id === event.place);
  if (!place?.country) return undefined;
  const [host] = names(index, [place.country]);
  const where = `${theEvent(index)} ${eventHappened(index)} in ${place.name}`;
  const named = question.mentions.filter((m) => m.ref.kind === 'country').map((m) => m.ref.id);
  const text =
    question.type === 'yes-no' && named.length > 0
      ? yesNo(named.includes(place.country), `${host} was the host: ${where}.`)
      : `${host} was the host: ${where}.`;
  return {
    answered: true,
    text,
    sentences: place.evidence.sentences,
    focus: { factId: event.id, slot: 'place' },
  };
}

/** "Which countries took part?", "How many countries were involved?", "Which other country ...?" */
export function answerAboutCountries(index: ArticleIndex, question: Question): Draft | undefined {
  const { cues } = question;
  const excluding = cues.has('excluding');
  const asksYesNo = question.type === 'yes-no';
  if (asksYesNo ? !(cues.has('anyOtherCountry') && excluding) : !cues.has('asksCountries')) return undefined;
  if (question.mentions.some((m) => m.ref.kind === 'person')) return undefined;
  const named = question.mentions.filter((m) => m.ref.kind === 'country').map((m) => m.ref.id);
  if (excluding && cues.has('theParties')) named.push(...delegationCountries(index));
  const countryIds = new Set(index.article.countries.map((c) => c.id));
  const allCountries = (fact: Fact): string[] =>
    fact.source.kind === 'topic'
      ? fact.source.topic.countries
      : [...fact.entities].filter((id) => countryIds.has(id));
  // A country "mentioned" is one the sentences name ("the United States"), not one an adjective implies ("North Korean").
  const countriesOf = (fact: Fact): string[] =>
    allCountries(fact).filter((id) => named.includes(id) || namedInSentences(index, fact, id));
  // "Besides Korea and Japan, which country figured in the cooperation?": the best fact naming another country.
  const ranked = rankFacts(index, { ...question, slot: 'general' });
  const fits = (fact: Fact): boolean =>
    excluding ? countriesOf(fact).some((id) => !named.includes(id)) : fact.source.kind === 'topic';
  // "Which other country was mentioned?" asks nothing else: any fact naming another country will do.
  const best =
    ranked.find((r) => r.score >= MIN_FACT_SCORE && fits(r.fact)) ??
    (excluding ? ranked.find((r) => fits(r.fact)) : undefined);
  const fromFact = best ? countriesOf(best.fact) : undefined;
  const pool = excluding && fromFact ? fromFact : delegationCountries(index);
  const ids = excluding ? pool.filter((id) => !named.includes(id)) : pool;
  if (ids.length === 0) return noCountriesTookPart(index, question, excluding);
  const sentences = fromFact && excluding && best ? best.fact.sentences : delegationSentences(index);
  const list = joinList(names(index, ids));
  if (asksYesNo) return { answered: true, text: yesNo(true, `${list}.`), sentences };
  const text =
    question.slot === 'count'
      ? `${capitalize(numberWord(ids.length))}: ${list}.`
      : excluding
        ? `${list}.`
        : `${list} took part.`;
  return { answered: true, text, sentences };
}

/**
 * "Which countries were in the trial?" when the story's event has no national delegations: the article does not
 * say which countries took part (a country it names is not one that took part); the countries it names are what
 * it does say.
 */
function noCountriesTookPart(index: ArticleIndex, question: Question, excluding: boolean): Draft | undefined {
  if (
    excluding ||
    question.type === 'yes-no' ||
    !question.cues.has('countriesPlural') ||
    !question.cues.has('countryTookPart')
  )
    return undefined;
  const mentioned = index.article.countries;
  const given: Draft | undefined =
    mentioned.length > 0
      ? {
          answered: true,
          text: `It names ${joinList(mentioned.map((c) => c.name))}.`,
          sentences: [...new Set(mentioned.flatMap((c) => c.evidence.sentences))].slice(0, 2),
        }
      : undefined;
  return doesNotSay(index, 'which countries took part', given);
}

function namedInSentences(index: ArticleIndex, fact: Fact, id: string): boolean {
  const name = index.article.countries.find((c) => c.id === id)?.name;
  if (!name) return false;
  const pattern = new RegExp(`\\b${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`);
  return fact.sentences.some((s) => pattern.test(index.sentenceById.get(s)?.text ?? ''));
}

/** "Was the US involved in that?" after a topic naming it: yes, as a subject of the discussion (it sent no delegation). */
function topicReferent(index: ArticleIndex, question: Question, id: string): Draft | undefined {
  if (!question.cues.has('inThatThing')) return undefined;
  const fact = index.facts.find((f) => f.id === (question.context?.factId ?? question.previousFactId));
  if (!fact || fact.source.kind === 'event') return undefined;
  const topic =
    (fact.source.kind === 'topic' && fact.source.topic.countries.includes(id)
      ? fact.source.topic
      : undefined) ??
    (namedInSentences(index, fact, id)
      ? index.article.topics.find((t) => t.countries.includes(id))
      : undefined);
  if (!topic) return undefined;
  const [name] = names(index, [id]);
  const label = `${topic.label.charAt(0).toLowerCase()}${topic.label.slice(1)}`;
  return {
    answered: true,
    text: yesNo(
      true,
      `${name} is part of it as a subject of discussion: ${label}. It did not send a delegation; ${theEvent(index)} ${eventBe(index)} between ${joinList(names(index, delegationCountries(index)))}.`,
    ),
    sentences: [...new Set([...topic.evidence.sentences, ...delegationSentences(index)])],
  };
}

/** "Was the US at the talks?": whether a country sent a delegation, and where else the article mentions it. */
export function countryPresence(index: ArticleIndex, question: Question): Draft | undefined {
  const named = question.mentions.filter((m) => m.ref.kind === 'country').map((m) => m.ref.id);
  if (named.length !== 1 || !question.cues.has('countryTookPart')) return undefined;
  if (question.mentions.some((m) => m.ref.kind === 'person' || m.ref.kind === 'place')) return undefined;
  const id = named[0]!;
  const present = delegationCountries(index);
  const [name] = names(index, [id]);
  const parties = joinList(names(index, present));
  const referent = topicReferent(index, question, id);
  if (referent && !present.includes(id)) return referent;
  if (present.includes(id)) {
    return {
      answered: true,
      text: yesNo(true, `${name} took part: ${theEvent(index)} ${eventBe(index)} between ${parties}.`),
      sentences: delegationSentences(index),
    };
  }
  const topic = index.article.topics.find((t) => t.countries.includes(id));
  const mention = topic
    ? ` It comes up only as a topic: ${topic.label.charAt(0).toLowerCase()}${topic.label.slice(1)}.`
    : '';
  return {
    answered: true,
    text: yesNo(
      false,
      `${name} did not take part: ${theEvent(index)} ${eventBe(index)} between ${parties}.${mention}`,
    ),
    sentences: [...new Set([...delegationSentences(index), ...(topic?.evidence.sentences ?? [])])],
  };
}
