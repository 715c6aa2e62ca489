import type { Event, Participant } from '../../../model/schema.ts';
import { mainEvent } from '../../../model/events.ts';
import { theEvent } from '../compose/event-words.ts';
import { capitalize, contentStems, joinList, stem } from '../lexicon/text.ts';
import { SYNONYMS } from '../lexicon/vocabulary.ts';
import type { ArticleIndex } from '../retrieve/article-index.ts';
import { informativeStems } from '../retrieve/rank.ts';
import type { Draft, EntityRef, Question, RelationAsk } from '../types.ts';

/** Generic nouns for a party ("which team", "what company"): they ask for the side, they add no content. */
const PARTY_NOUNS: ReadonlySet<string> = new Set(
  [
    'team',
    'side',
    'club',
    'company',
    'firm',
    'party',
    'player',
    'country',
    'nation',
    'candidate',
    'person',
  ].map(stem),
);

function hasRole(participant: Participant, roles: readonly string[]): boolean {
  return roles.some((role) => new RegExp(`\\b${role}\\b`).test(participant.role));
}

function involves(participant: Participant, ref: EntityRef): boolean {
  return (
    participant.organization === ref.id ||
    participant.country === ref.id ||
    participant.people.includes(ref.id)
  );
}

/** A participant as users know it: its organization, else its people, else its country. */
function partyName(index: ArticleIndex, participant: Participant): string | undefined {
  const article = index.article;
  if (participant.organization)
    return article.organizations.find((o) => o.id === participant.organization)?.name;
  const people = participant.people
    .map((id) => index.personById.get(id)?.name)
    .filter((n) => n !== undefined);
  if (people.length > 0) return joinList(people);
  if (participant.country) return article.countries.find((c) => c.id === participant.country)?.name;
  return undefined;
}

/** Whether every content word of the question (verb, parties and party nouns aside) is one of the event's own. */
function aboutEvent(index: ArticleIndex, question: Question, relation: RelationAsk, event: Event): boolean {
  const partyTokens = new Set(
    question.mentions
      .filter((m) => m.ref.kind !== 'event')
      .flatMap((m) => question.tokens.slice(m.start, m.end)),
  );
  const skip = new Set([stem(question.tokens[relation.at]!), ...[...partyTokens].flatMap(contentStems)]);
  const words = informativeStems(question).filter((s) => !skip.has(s) && !PARTY_NOUNS.has(s));
  const own = new Set(
    contentStems([event.name, ...event.nouns, ...event.aliases, ...(event.keywords ?? [])].join(' ')),
  );
  if (event === mainEvent(index.article)) for (const s of question.eventStems) own.add(s);
  return words.every((s) => own.has(s) || (SYNONYMS.get(s) ?? []).some((a) => own.has(a)));
}

/**
 * "Who did Eko beat?", "Who won?", "Who sued Marlow?": the side of the event the relation asks for, from the
 * participants the model gives that role. The event is the story's own unless the question's words name another;
 * a party named on the other side must hold the other role there, or the premise is corrected.
 */
export function answerRelation(index: ArticleIndex, question: Question): Draft | undefined {
  const relation = question.relation;
  if (!relation || question.context) return undefined;
  const events = index.article.events.filter((event) => aboutEvent(index, question, relation, event));
  const event = events[0];
  if (!event || (events.length > 1 && event !== mainEvent(index.article))) return undefined;
  const asked = event.participants.filter((p) => hasRole(p, relation.askedRoles));
  const other = event.participants.filter((p) => hasRole(p, relation.otherRoles));
  if (asked.length !== 1) return undefined;
  const askedName = partyName(index, asked[0]!);
  if (!askedName) return undefined;
  const known = relation.known;
  const otherSide = known ? other.find((p) => involves(p, known)) : other[0];
  if (known && !otherSide) {
    // "Who did Savannah beat?" when Savannah lost: the roles the other way round.
    if (!asked[0]!.people.includes(known.id) && !involves(asked[0]!, known)) return undefined;
    const loser = other[0] ? partyName(index, other[0]) : undefined;
    if (!loser) return undefined;
    const [subject, object] = relation.asksSubject ? [askedName, loser] : [loser, askedName];
    return {
      answered: true,
      text: `It was the other way round: ${subject} ${relation.past} ${object}`.replace(/\.?$/, '.'),
      sentences: [...asked[0]!.evidence.sentences, ...other[0]!.evidence.sentences],
    };
  }
  const otherName = otherSide ? partyName(index, otherSide) : undefined;
  const [subject, object] = relation.asksSubject
    ? [askedName, otherName ?? theEvent(index)]
    : [otherName, askedName];
  if (!subject) return undefined;
  const named = event === mainEvent(index.article) ? '' : ` (${event.name})`;
  return {
    answered: true,
    text: `${capitalize(subject)} ${relation.past} ${object}${named}`.replace(/\.?$/, '.'),
    sentences: [...new Set([...asked[0]!.evidence.sentences, ...(otherSide?.evidence.sentences ?? [])])],
    // "Where's she from?" next means the side just named as the answer.
    ...(asked[0]!.people.length > 0 ? { focus: { people: asked[0]!.people } } : {}),
  };
}
