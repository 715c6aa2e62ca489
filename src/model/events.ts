import type { Article, Event, Participant } from './schema.ts';

/** The story's main event: the first of `events` (the schema requires at least one). */
export function mainEvent(article: Article): Event {
  return article.events[0] as Event;
}

export type Delegation = Participant & { country: string };

/** The participants that are countries' delegations (or any group tied to a country), in model order. */
export function delegationsOf(event: Event): Delegation[] {
  return event.participants.filter((p): p is Delegation => p.country !== undefined);
}

/** The article's own word for the event ("the final"), else its name. */
export function eventNoun(event: Event): string {
  return event.nouns[0] ?? event.name;
}

/** "The final", "The talks": the event's noun with a capital, for headings. */
export function eventHeading(event: Event): string {
  const noun = eventNoun(event);
  return `${noun.charAt(0).toUpperCase()}${noun.slice(1)}`;
}
