import { mainEvent } from '../../../model/events.ts';
import { answerBesideGap } from './gap-note.ts';
import { coarserDate } from './slot-fill.ts';
import { uncoveredWords } from '../compose/coverage.ts';
import { entityForms, namesEntity } from './entity-forms.ts';
import { reportedSpeech } from './reported-speech.ts';
import { doesNotSay } from '../compose/does-not-say.ts';
import { yesNo } from '../compose/yes-no.ts';
import { formatSentence } from '../compose/what-it-covers.ts';
import type { ArticleIndex } from '../retrieve/article-index.ts';
import { composeFact, quoteSpeaker } from '../compose/compose.ts';
import { informativeStems, rankFacts } from '../retrieve/rank.ts';
import type { Draft } from '../types.ts';
import { joinList, stem, tokenize } from '../lexicon/text.ts';
import { EN } from '../lexicon/en/index.ts';
import { SPEAKER_KIND } from '../lexicon/vocabulary.ts';
import { datePhrase } from '../lexicon/dates.ts';
import type { Question } from '../analyze/understand.ts';
import type { Fact } from '../retrieve/facts.ts';

export function answerAboutFuture(index: ArticleIndex, question: Question): Draft | undefined {
  // The article reports the past, so only its stated gaps and dated plans can answer.
  if (!question.asksFuture || question.type === 'yes-no') return undefined;
  const dateline = index.article.referenceDate;
  const ranked = rankFacts(index, {
    ...question,
    slot: question.slot === 'participants' ? 'general' : question.slot,
  });
  // A record of what already happened (the event, a timeline entry, a figure dated up to the dateline) never says
  // what is to come, however many words it shares ("the next two decades" for "when is the next round?"); an agreement,
  // a purpose or a stated gap may.
  const aboutFuture = ranked.filter((r) => !recordOfPast(r.fact, dateline));
  // A fact dated after the dateline, a stated gap, or an undated statement that covers what is asked (a plan,
  // a purpose, a quote about what comes next).
  const usable = aboutFuture.find(
    (r) =>
      r.fact.source.kind === 'gap' ||
      (r.fact.date?.value !== undefined && r.fact.date.value > dateline) ||
      (r.fact.date === undefined && r.fact.source.kind !== 'event' && r.coverage >= 0.6),
  );
  if (usable && usable.score >= 0.3) {
    const draft = composeFact(index, usable.fact, question.slot);
    const given = (usable === ranked[0] && answerBesideGap(index, question, aboutFuture, draft)) || draft;
    return (given.answered && anotherPlan(index, question, usable.fact, given)) || given;
  }
  return doesNotSay(index, 'what will happen next');
}

/**
 * A plan that does not answer what is asked about the future: its date is coarser than the one asked ("what month
 * in 2031" against "in 2031"), it leaves out a word asked that the article uses ("who will replace him" against who
 * was named to succeed; the words asking about the future, "next", "planned", are what every plan answers), or it
 * names no place the
 * question names ("released in Belgium" against a release in France).
 */
function anotherPlan(index: ArticleIndex, question: Question, fact: Fact, given: Draft): Draft | undefined {
  const coarser = coarserDate(index, question, fact, given);
  if (coarser) return coarser;
  const value = valueAsked(question);
  if (value !== undefined && fact.source.kind === 'timeline') return doesNotSay(index, value, given);
  // Only a word the article uses elsewhere shows the plan is about something else; a word it never uses may be the
  // question's own paraphrase of the plan.
  const missing = uncoveredWords(index, question, given).filter(
    (s) => !FUTURE_ASKED.has(s) && index.idf.has(s),
  );
  const text = [given.text, ...given.sentences.map((id) => index.sentenceById.get(id)?.text ?? '')].join(' ');
  const places = question.mentions
    .filter((m) => m.ref.kind === 'place' || m.ref.kind === 'country')
    .filter((m) => !namesEntity(text, entityForms(index, m.ref)))
    .map((m) => placeName(index, m.ref.id) ?? question.tokens.slice(m.start, m.end).join(' '));
  const left = [...new Set([...missing, ...places])];
  return left.length > 0 ? doesNotSay(index, `anything about ${joinList(left)}`, given) : undefined;
}

/**
 * "What will the rate be after the meeting?" asks what something will be, not when the next step is: an entry of the
 * timeline dates what is to come and tells no value. Returns what is asked ("what the rate will be").
 */
function valueAsked(question: Question): string | undefined {
  const tokens = question.tokens;
  if (question.type !== 'what' || tokens[0] !== 'what' || tokens[1] !== 'will') return undefined;
  const be = tokens.indexOf('be', 2);
  if (be < 3) return undefined;
  return `what ${tokens.slice(2, be).join(' ')} will be`;
}

function placeName(index: ArticleIndex, id: string): string | undefined {
  return (index.article.places.find((p) => p.id === id) ?? index.article.countries.find((c) => c.id === id))
    ?.name;
}

/** The stems of the words that ask about the future ("will", "next", "planned"): any plan answers them. */
const FUTURE_ASKED: ReadonlySet<string> = new Set(
  [...EN.questionCues.yetToCome.words, ...EN.answerSpans.futureMarkers.filter((m) => !m.includes(' '))].map(
    stem,
  ),
);

const PAST_RECORDS = new Set(['event', 'timeline', 'figure']);

/** One-word markers of what is to come ("expected", "planned", "will"), as the sentence answers read them. */
const FUTURE_WORDS: ReadonlySet<string> = new Set(
  EN.answerSpans.futureMarkers.filter((m) => !m.includes(' ')),
);

function recordOfPast(fact: Fact, dateline: string): boolean {
  const last = fact.date?.end ?? fact.date?.value;
  if (!PAST_RECORDS.has(fact.source.kind) || (last !== undefined && last > dateline)) return false;
  // A figure the model labels as expected or planned ("expected cost of the repairs") tells what is to come.
  const source = fact.source;
  return !(
    source.kind === 'figure' &&
    last === undefined &&
    tokenize(source.figure.label).some((t) => FUTURE_WORDS.has(t))
  );
}

/** "When was the article published?": the publication date, resting on the dateline. */
export function answerPublished(index: ArticleIndex, question: Question): Draft | undefined {
  if (question.type !== 'when' && question.slot !== 'date') return undefined;
  if (!question.asksPublished) return undefined;
  const { published } = index.article;
  const dateline = index.article.sentences.find((s) => s.kind === 'dateline');
  const by = index.article.source.publication ?? index.article.source.agency;
  return {
    answered: true,
    text: `The story was published ${datePhrase(published)} (by ${by}).`,
    sentences: dateline ? [dateline.id] : [],
    aboutSource: true,
  };
}

export function answerSource(index: ArticleIndex, question: Question): Draft | undefined {
  if (!question.asksSource) return undefined;
  const { agency, publication } = index.article.source;
  const credit = index.article.sentences.find((s) => s.kind === 'credit');
  if (question.slot === 'photo' && credit)
    return {
      answered: true,
      text: `The photo is credited to ${credit.text.replace(/^\(|\)$/g, '')}.`,
      sentences: [credit.id],
      aboutSource: true,
    };
  // "Who wrote it?": the byline, or a credit line naming the reporter.
  if (question.asksAuthor) {
    const byline = index.article.sentences.find((s) => s.kind === 'byline');
    if (byline)
      return {
        answered: true,
        text: `The story is by ${byline.text.replace(/^by\s+/i, '').replace(/\.$/, '')}${/^staff$/i.test(agency) ? '' : ` (${agency})`}.`,
        sentences: [byline.id],
        aboutSource: true,
      };
    if (credit && /\b(reporting|written|writing|reported) by\b/i.test(credit.text))
      return {
        answered: true,
        text: `The story's credit line reads: “${credit.text.replace(/^\(|\)$/g, '')}” (${agency}).`,
        sentences: [credit.id],
        aboutSource: true,
      };
  }
  const text = publication
    ? `The story is from ${agency}, as published by ${publication}.`
    : `The story is from ${agency}.`;
  return { answered: true, text, sentences: credit ? [credit.id] : [], aboutSource: true };
}

/** "Summarize the article", "What's the story about?", "What is the <event>?" */
export function answerSummary(index: ArticleIndex, question: Question): Draft | undefined {
  const aboutEvent = question.mentions.some((m) => m.ref.kind === 'event') && question.mentions.length === 1;
  const bare =
    informativeStems(question).length === 0 && (question.slot === 'general' || question.slot === 'profile');
  // A bare "what happened?" (no other word, name or date) asks the story itself: its one-line summary, not the
  // best-ranked timeline entry (which is often background from years before).
  const bareHappened =
    question.slot === 'happened' &&
    question.mentions.length === 0 &&
    question.year === undefined &&
    question.month === undefined &&
    informativeStems(question).every((s) => question.cueStems.has(s));
  if (bareHappened) {
    const summary = index.article.summaries.oneLine;
    return {
      answered: true,
      text: summary.text,
      sentences: summary.sentences,
      focus: { factId: mainEvent(index.article).id, slot: 'general' },
    };
  }
  if (question.asksSummary) {
    const summary =
      question.asksSummary === 'detailed' ? index.article.summaries.detailed : index.article.summaries.short;
    return {
      answered: true,
      text: summary.text,
      sentences: summary.sentences,
      focus: { factId: mainEvent(index.article).id, slot: 'general' },
    };
  }
  if (!(aboutEvent && bare) && !(bare && question.mentions.length === 0 && question.namesGatheringNoun))
    return undefined;
  const event = mainEvent(index.article);
  const lead = formatSentence(index.article);
  const summary = index.article.summaries.oneLine;
  return {
    answered: true,
    text: lead ? `${lead} ${summary.text}` : summary.text,
    sentences: [...new Set([...event.evidence.sentences.slice(0, 1), ...summary.sentences])],
    focus: { factId: event.id, slot: 'general' },
  };
}

/** "What did X say?": only quotes whose speaker is X (a person, an organization, or a country's bodies) answer. */
export function answerQuoteBySpeaker(index: ArticleIndex, question: Question): Draft | undefined {
  if (question.slot !== 'quote') return undefined;
  const named = question.mentions.filter(
    (m) => m.ref.kind === 'person' || m.ref.kind === 'organization' || m.ref.kind === 'country',
  );
  if (named.length === 0) return undefined;
  const ids = new Set(named.map((m) => m.ref.id));
  const orgCountry = new Map(index.article.organizations.map((o) => [o.id, o.country]));
  const personCountry = new Map(index.article.people.map((p) => [p.id, p.country]));
  const spoken = index.facts.filter((fact) => {
    if (fact.source.kind !== 'quote') return false;
    const speakers = fact.source.quote.speakerIds ?? [fact.source.quote.speaker];
    return speakers.some(
      (id) => ids.has(id) || ids.has(orgCountry.get(id) ?? '') || ids.has(personCountry.get(id) ?? ''),
    );
  });
  if (spoken.length > 0) return undefined;
  const names = named.map((m) => {
    const { kind, id } = m.ref;
    if (kind === 'person') return index.personById.get(id)?.name ?? id;
    if (kind === 'country') return index.article.countries.find((c) => c.id === id)?.name ?? id;
    return index.article.organizations.find((o) => o.id === id)?.name ?? id;
  });
  // "Did the statement come from the Japanese side?": no, and whose it was.
  const [best] = rankFacts(index, question).filter((r) => r.fact.source.kind === 'quote');
  if (question.type === 'yes-no' && best?.fact.source.kind === 'quote') {
    const speaker = best.fact.source.quote.speakerDescription.replace(/\s*\(.*\)$/, '');
    return {
      answered: true,
      text: yesNo(false, `it came from ${speaker}, not ${joinList([...new Set(names)])}.`),
      sentences: best.fact.sentences,
      focus: { factId: best.fact.id, slot: 'quote' },
    };
  }
  return (
    reportedSpeech(
      index,
      named.map((m) => m.ref),
    ) ?? doesNotSay(index, `what ${joinList([...new Set(names)])} said`)
  );
}

/** "Who issued the statement?": the speakers of the quotes. */
/** "Which agencies", "what government ministries": the speaker-kind noun a which/what question asks for. */
function askedSpeakerKind(question: Question): string | undefined {
  if (question.type !== 'which' && question.type !== 'what') return undefined;
  const at = question.tokens.findIndex((t) => t === 'which' || t === 'what');
  if (at < 0) return undefined;
  return question.tokens.slice(at + 1, at + 3).find((w) => SPEAKER_KIND.test(w));
}

export function answerWhoSaid(index: ArticleIndex, question: Question): Draft | undefined {
  const kind = askedSpeakerKind(question);
  if ((question.type !== 'who' && kind === undefined) || question.slot !== 'quote') return undefined;
  // "Which bodies issued the statement?": the kind word asks for the speaker and is no content to rank by.
  const asked =
    kind === undefined ? question : { ...question, stems: question.stems.filter((s) => s !== stem(kind)) };
  const [best] = rankFacts(index, asked).filter((r) => r.fact.source.kind === 'quote');
  if (!best || best.fact.source.kind !== 'quote') return undefined;
  const quote = best.fact.source.quote;
  const medium = quote.medium ? ` (in a ${quote.medium})` : '';
  const speaker = quoteSpeaker(index, quote);
  return {
    answered: true,
    text: `${speaker} ${quote.verb}${medium}: “${quote.text.replace(/[.,]$/, '')}”.`,
    sentences: best.fact.sentences,
    focus: { factId: best.fact.id, slot: 'quote' },
  };
}
