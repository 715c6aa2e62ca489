import { mainEvent } from '../../../model/events.ts';
import type { Article, DateValue, Quote } from '../../../model/schema.ts';
import type { ArticleIndex } from '../retrieve/article-index.ts';
import { datePhrase, writtenDifferently } from '../lexicon/dates.ts';
import type { Fact } from '../retrieve/facts.ts';
import type { Draft } from '../types.ts';
import { doesNotSay } from './does-not-say.ts';
import { capitalize, ensurePeriod, joinList, numberWord } from '../lexicon/text.ts';
import type { Slot } from '../analyze/understand.ts';
import { eventLabel, formatSentence, HELD_KINDS, lowerFirstWord as lowerFirstIn } from './what-it-covers.ts';
import { theEvent } from './event-words.ts';

/**
 * Who spoke a quote, for the start of a sentence: the model's description of the speaker, led by the person's name
 * when the description does not already hold it ("Jane Doe, the harbour master, said: ..." rather than "The harbour
 * master said: ..."), so "who said ...?" is answered with a name.
 */
export function quoteSpeaker(index: ArticleIndex, quote: Quote): string {
  const description = quote.speakerDescription.replace(/\s*\(.*\)$/, '');
  const person = (quote.speakerIds ?? []).map((id) => index.personById.get(id)).find((p) => p !== undefined);
  if (!person) return capitalize(description);
  const family = (person.familyName ?? person.name.split(' ').at(-1) ?? person.name).toLowerCase();
  if (description.toLowerCase().includes(family)) return capitalize(description);
  return `${person.name}, ${description},`;
}

function placeName(article: Article, id: string | undefined): string | undefined {
  return article.places.find((p) => p.id === id)?.name;
}

/** "the Foreign Ministry" for a venue named "Foreign Ministry, Oslo" with that alias. */
function venuePhrase(article: Article, id: string | undefined): string | undefined {
  const venue = article.places.find((p) => p.id === id);
  if (!venue) return undefined;
  const alias = venue.aliases.find((a) => /^the /i.test(a)) ?? venue.name.split(',')[0]!;
  return /^the /i.test(alias) ? alias : `the ${alias}`;
}

/** "On Monday, ..., both sides ...": a statement after a date phrase, its first word lower-cased unless a name. */
function withDate(index: ArticleIndex, date: DateValue | undefined, text: string): string {
  if (!date) return ensurePeriod(text);
  const phrase = datePhrase(date);
  if (text.toLowerCase().includes(phrase.toLowerCase().replace(/^(on|in) /, ''))) return ensurePeriod(text);
  return ensurePeriod(`${capitalize(phrase)}, ${lowerFirstWord(index, text)}`);
}

function writtenNote(date: DateValue): string {
  if (!writtenDifferently(date)) return '';
  const how = date.derivation
    ? `; ${date.derivation.method.replace(/^"?(.)/, (_, c: string) => c.toLowerCase())}`
    : '';
  return ` (the article says “${date.asWritten}”${how})`;
}

/** The verb phrase for when and where the event was: "was held" for a meeting, "took place" for anything else. */
function happened(article: Article): string {
  return HELD_KINDS.has(mainEvent(article).kind) ? 'was held' : 'took place';
}

function eventAnswer(index: ArticleIndex, fact: Fact, slot: Slot): Draft {
  const article = index.article;
  const event = mainEvent(article);
  const label = capitalize(eventLabel(article));
  const focus = { factId: fact.id, slot };
  switch (slot) {
    case 'date':
      return {
        answered: true,
        text: `${label} ${happened(article)} ${datePhrase(event.date)}${writtenNote(event.date)}.`,
        sentences: fact.sentences,
        focus,
      };
    case 'place': {
      const venue = venuePhrase(article, event.venue);
      const place = placeName(article, event.place);
      const where = [venue ? `at ${venue}` : '', place ? `in ${place}` : ''].filter(Boolean).join(' ');
      if (!where)
        return {
          answered: false,
          text: `The article doesn't say where ${eventLabel(article)} ${happened(article)}.`,
          sentences: [],
          focus,
        };
      const placeSentences = article.places
        .filter((p) => p.id === event.place || p.id === event.venue)
        .flatMap((p) => p.evidence.sentences);
      // A place named in other sentences too ("the first meeting was held in Oslo") is cited where it is this event's.
      const own = placeSentences.filter((id) => event.evidence.sentences.includes(id));
      const sentences = own.length > 0 ? own : placeSentences;
      return {
        answered: true,
        text: `${label} ${happened(article)} ${where} ${datePhrase(event.date)}.`,
        sentences: [...new Set(sentences)],
        focus,
      };
    }
    case 'format': {
      const sentences = [...new Set(event.format.flatMap((f) => f.evidence.sentences))];
      const formatted = formatSentence(article);
      if (!formatted) return doesNotSay(index, `what kind of ${theEvent(index).replace(/^the /, '')} it was`);
      return {
        answered: true,
        text: formatted,
        sentences,
        focus,
      };
    }
    case 'ordinal': {
      const ordinal = event.ordinal;
      if (!ordinal)
        return {
          answered: false,
          text: `The article doesn't say which round ${eventLabel(article)} was.`,
          sentences: [],
          focus,
        };
      const before = ordinal.value - 1;
      const text = `It was ${eventLabel(article)}${event.series && !event.series.includes(event.name) ? ` (${event.series})` : ''}: ${numberWord(before)} came before it.`;
      return {
        answered: true,
        text,
        sentences: [...new Set([...ordinal.evidence.sentences, ...(ordinal.derivation ? [] : [])])],
        focus,
      };
    }
    default:
      return {
        answered: true,
        text: article.summaries.oneLine.text,
        sentences: article.summaries.oneLine.sentences,
        focus,
      };
  }
}

/** Turns the best fact into an answer for the slot asked. */
export function composeFact(index: ArticleIndex, fact: Fact, slot: Slot): Draft {
  const source = fact.source;
  const focus = { factId: fact.id, slot };
  const draft = (text: string, answered = true): Draft => ({
    answered,
    text,
    sentences: fact.sentences,
    focus,
  });
  switch (source.kind) {
    case 'event':
      return eventAnswer(index, fact, slot);
    case 'timeline': {
      const entry = source.entry;
      if (slot === 'place') {
        const names = entry.places
          .map((id) => placeName(index.article, id))
          .filter((n): n is string => n !== undefined);
        // The place and the date together: "where" is often asked with "when".
        const dated = withDate(index, entry.date, entry.what);
        const missing = names.filter((name) => !dated.includes(name));
        return draft(missing.length > 0 ? `${dated.replace(/\.$/, '')} — in ${joinList(missing)}.` : dated);
      }
      const text = withDate(index, entry.date, entry.what);
      if (slot === 'cause' || slot === 'significance' || slot === 'background')
        return draft(`${text} ${ensurePeriod(entry.relevance)}`);
      if (slot === 'date' && writtenDifferently(entry.date) && !entry.what.includes(entry.date.asWritten)) {
        return draft(`${text} (The article says “${entry.date.asWritten}”.)`);
      }
      return draft(text);
    }
    case 'outcome': {
      const outcome = source.outcome;
      let text = withDate(index, outcome.date, outcome.statement);
      if (outcome.detail) text += ` ${ensurePeriod(outcome.detail)}`;
      else if (outcome.modality === 'agreed-to')
        text += ' This is an agreement in principle, not a signed document.';
      return draft(text);
    }
    case 'topic': {
      const topic = source.topic;
      const lead = HELD_KINDS.has(mainEvent(index.article).kind) ? 'They discussed' : 'The article covers';
      return draft(
        `${lead} ${lowerFirstWord(index, topic.label)}: “${topic.evidence.quotes[0] ?? topic.label}”.`,
      );
    }
    case 'quote': {
      const quote = source.quote;
      const medium = quote.medium ? ` in a ${quote.medium}` : '';
      return draft(
        `${quoteSpeaker(index, quote)} ${quote.verb}${medium}: “${quote.text.replace(/[.,]$/, '')}”.`,
      );
    }
    case 'figure': {
      const figure = source.figure;
      // A figure written with a scale ("$1.63 billion") is given as written: its full number says no more.
      if (figure.scale !== undefined) return draft(`${capitalize(figure.label)}: ${figure.asWritten}.`);
      const value =
        figure.unit && figure.unit !== 'year' ? `${figure.value} ${figure.unit}` : String(figure.value);
      return draft(`${capitalize(figure.label)}: ${value} (the article says “${figure.asWritten}”).`);
    }
    case 'context':
      return draft(ensurePeriod(source.context.statement));
    case 'gap':
      return draft(`The article doesn't say. ${ensurePeriod(capitalize(source.about))}`, false);
  }
}

/** Lower-cases a label's first word when the article writes that word in lower case somewhere. */
function lowerFirstWord(index: ArticleIndex, label: string): string {
  return lowerFirstIn(index.article, label);
}

/** All topics at once, for "what was discussed?"; "what else?" leaves out the topics already given. */
export function composeTopics(index: ArticleIndex, given: readonly string[] = []): Draft {
  const rest = index.article.topics.filter((t) => !given.includes(t.id));
  const topics = rest.length > 0 ? rest : index.article.topics;
  const labels = topics.map((t) => lowerFirstWord(index, t.label));
  const sentences = [...new Set(topics.flatMap((t) => t.evidence.sentences))];
  const also = topics === rest && given.length > 0 ? 'also ' : '';
  // Topics are what a meeting discussed; any other story's are what the article covers.
  const lead = HELD_KINDS.has(mainEvent(index.article).kind)
    ? `They ${also}discussed`
    : `The article ${also}covers`;
  if (labels.length === 0) return doesNotSay(index, 'what was discussed');
  return {
    answered: true,
    text: `${lead} ${joinList(labels)}.`,
    sentences,
    focus: { slot: 'topic', given: topics.map((t) => t.id) },
  };
}
