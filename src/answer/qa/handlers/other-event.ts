import type { DateValue, Event, TimelineEntry } from '../../../model/schema.ts';
import { mainEvent } from '../../../model/events.ts';
import { composeFact } from '../compose/compose.ts';
import { datePhrase } from '../lexicon/dates.ts';
import { capitalize, contentStems } from '../lexicon/text.ts';
import { SYNONYMS } from '../lexicon/vocabulary.ts';
import type { ArticleIndex } from '../retrieve/article-index.ts';
import { informativeStems } from '../retrieve/rank.ts';
import type { Draft, Question } from '../types.ts';
import { entityForms, namesEntity } from './entity-forms.ts';

interface Candidate {
  text: string;
  date: DateValue;
  /** The timeline entry's id when it is one (answered as that fact), else the event. */
  entry?: TimelineEntry;
  event?: Event;
  entities: string[];
}

function covers(own: ReadonlySet<string>, s: string): boolean {
  return own.has(s) || (SYNONYMS.get(s) ?? []).some((a) => own.has(a));
}

/**
 * "When was the trial?", "When did the easing cycle start?": a date asked about something other than the story's
 * own event. Answered from the timeline entry or the other event of the model whose own words hold every word asked
 * (names by the entities they involve), when the story's event does not hold them all itself and no other entry
 * with another date fits as well.
 */
export function answerOtherEventDate(index: ArticleIndex, question: Question): Draft | undefined {
  if (question.slot !== 'date' || question.type !== 'when' || question.context) return undefined;
  if (question.year !== undefined || question.month !== undefined || question.timeOfDay) return undefined;
  const article = index.article;
  const main = mainEvent(article);
  const mentions = question.mentions.filter((m) => m.ref.kind !== 'event');
  const mentionStems = new Set(
    mentions.flatMap((m) => question.tokens.slice(m.start, m.end)).flatMap((t) => contentStems(t)),
  );
  const words = informativeStems(question).filter((s) => !mentionStems.has(s));
  if (words.length === 0) return undefined;
  const mainOwn = new Set(
    contentStems([main.name, ...main.nouns, ...main.aliases, ...(main.keywords ?? [])].join(' ')),
  );
  if (words.every((s) => covers(mainOwn, s))) return undefined;

  const candidates: Candidate[] = [
    ...article.timeline.map((entry) => ({
      text: [entry.what, ...(entry.keywords ?? [])].join(' '),
      date: entry.date,
      entry,
      entities: [...entry.people, ...entry.places],
    })),
    ...article.events.slice(1).map((event) => ({
      text: [event.name, ...event.nouns, ...event.aliases, ...(event.keywords ?? [])].join(' '),
      date: event.date,
      event,
      entities: event.participants.flatMap((p) => [...p.people, p.organization ?? '', p.country ?? '']),
    })),
  ];
  const fitting = candidates.filter((c) => {
    if (!c.date.value) return false;
    const own = new Set(contentStems(c.text));
    if (!words.every((s) => covers(own, s))) return false;
    return mentions.every(
      (m) => c.entities.includes(m.ref.id) || namesEntity(c.text, entityForms(index, m.ref)),
    );
  });
  const best = fitting.find((c) => c.entry) ?? fitting[0];
  if (!best) return undefined;
  // Two fitting entries on different dates: which one is meant is not clear.
  if (fitting.some((c) => c.date.value !== best.date.value)) return undefined;
  const fact = best.entry ? index.facts.find((f) => f.id === best.entry!.id) : undefined;
  if (fact) return composeFact(index, fact, 'date');
  const event = best.event!;
  return {
    answered: true,
    text: `${capitalize(event.name)}: ${datePhrase(event.date)}.`,
    sentences: event.evidence.sentences,
  };
}
