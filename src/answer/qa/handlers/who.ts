import { mainEvent, delegationsOf } from '../../../model/events.ts';
import type { Person } from '../../../model/schema.ts';
import type { ArticleIndex } from '../retrieve/article-index.ts';
import {
  counterpartOf,
  describePerson,
  listPeople,
  organizationChain,
  participantsLead,
} from '../compose/people.ts';
import type { Draft, PhotoSpot } from '../types.ts';
import { informativeStems } from '../retrieve/rank.ts';
import { askedContent } from './slot-fill.ts';
import { joinList, parseNumber, stem, tokenize } from '../lexicon/text.ts';
import { doesNotSay } from '../compose/does-not-say.ts';
import { captionLine, positionWords, spotWords } from '../compose/people.ts';
import { COMMON_STEMS } from '../analyze/common-words.ts';
import type { Question, Slot } from '../analyze/understand.ts';

/** Slots a question about a person can ask for. */
export const PERSON_SLOTS: ReadonlySet<Slot> = new Set([
  'profile',
  'role',
  'organization',
  'country',
  'photo',
  'participants',
  'name',
  'general',
]);

/** Words about taking part, which say nothing about who someone is. */
const PARTICIPATION_STEMS = new Set(
  'represent attend participat particip took take part led lead head came come from official member delegat there present sent'
    .split(' ')
    .map(stem),
);

/** Constraints a "who" question narrows people by. */
export interface PeopleFilter {
  countries: string[];
  organizations: string[];
}

export function mentionedPeople(index: ArticleIndex, question: Question): Person[] {
  const ids = [...new Set(question.mentions.filter((m) => m.ref.kind === 'person').map((m) => m.ref.id))];
  return ids.map((id) => index.personById.get(id)).filter((p): p is Person => p !== undefined);
}

export function filterFromQuestion(question: Question): PeopleFilter {
  const countries = [
    ...new Set(question.mentions.filter((m) => m.ref.kind === 'country').map((m) => m.ref.id)),
  ];
  const organizations = [
    ...new Set(question.mentions.filter((m) => m.ref.kind === 'organization').map((m) => m.ref.id)),
  ];
  return { countries, organizations };
}

/** Stems of the question's tokens in [start, end). */
function spanStems(question: Question, start: number, end: number): string[] {
  return question.tokens.slice(start, end).map(stem);
}

/**
 * What the question ties its person to that the person's profile (title, organization chain, country,
 * description) does not hold: an organization or a place it names (other than the story's own place) and a year
 * it asks about. "Who is the chair of the sponsor?" is not answered by the club's chair, "Who won in Dunmore?" not
 * by a winner the article places nowhere, "Who won in 2023?" not by someone of this year's story.
 */
export function unheldAnchors(index: ArticleIndex, question: Question, person: Person): string[] {
  const profile = index.personProfile.get(person.id);
  const holds = (s: string): boolean => (profile?.get(s) ?? 0) > 0;
  const chain = new Set<string>();
  for (let org = person.organization, depth = 0; org && depth < 4; depth++) {
    chain.add(org);
    org = index.article.organizations.find((o) => o.id === org)?.parent;
  }
  const ownPlace = mainEvent(index.article).place;
  const unheld: string[] = [];
  for (const m of question.mentions) {
    if (m.ref.kind !== 'organization' && m.ref.kind !== 'place') continue;
    if (m.ref.kind === 'organization' && chain.has(m.ref.id)) continue;
    if (m.ref.kind === 'place' && m.ref.id === ownPlace) continue;
    const stems = spanStems(question, m.start, m.end).filter((s) => !COMMON_STEMS.has(s));
    if (stems.length > 0 && !stems.some(holds)) unheld.push(question.tokens.slice(m.start, m.end).join(' '));
  }
  if (question.year !== undefined && !holds(String(question.year))) {
    const eventYear = mainEvent(index.article).date.value?.slice(0, 4);
    if (eventYear !== String(question.year)) unheld.push(String(question.year));
  }
  return unheld;
}

/**
 * The question asks about its named person two or more of the article's words their profile holds none of ("Who
 * did the runner-up beat in the semifinal?", "What was the score in the winner's semifinal?"): their profile is not the
 * answer. One such word may be the profile's paraphrase ("How did he score?" against "headed in the winner"), and
 * words the article never uses ("wait, who's X again?") ask nothing of it.
 */
function offProfileWords(index: ArticleIndex, question: Question, person: Person): string[] {
  const profile = index.personProfile.get(person.id);
  const own = new Set(
    [
      person.name,
      ...question.mentions
        .filter((m) => m.ref.kind === 'person' && m.ref.id === person.id)
        .map((m) => question.tokens.slice(m.start, m.end).join(' ')),
    ].flatMap((text) =>
      tokenize(text)
        .flatMap((t) => [t, ...t.split('-')])
        .map(stem),
    ),
  );
  const asked = askedContent(question).filter(
    (s) =>
      !own.has(s) &&
      !COMMON_STEMS.has(s) &&
      !PARTICIPATION_STEMS.has(s) &&
      parseNumber(s) === undefined &&
      index.vocabulary.has(s),
  );
  return asked.length >= 2 && !asked.some((s) => (profile?.get(s) ?? 0) > 0) ? asked : [];
}

/** The people's profiles do not answer what the question ties them to: the article doesn't say, and who they are. */
function offPerson(index: ArticleIndex, question: Question, people: Person[]): Draft | undefined {
  const named = new Set(question.mentions.filter((m) => m.ref.kind === 'person').map((m) => m.ref.id));
  const words = people.map((p) => {
    const anchors = unheldAnchors(index, question, p);
    if (anchors.length > 0) return anchors;
    return named.has(p.id) && (question.slot === 'general' || question.slot === 'profile')
      ? offProfileWords(index, question, p).map((s) => question.tokens.find((t) => stem(t) === s) ?? s)
      : [];
  });
  if (words.some((w) => w.length === 0)) return undefined;
  const about = [...new Set(words.flat())];
  const who = describePerson(index, people[0]!, 'profile');
  return doesNotSay(
    index,
    `anything about ${joinList(about)} for ${joinList(people.map((p) => p.name))}`,
    people.length === 1 ? who : undefined,
  );
}

/**
 * Answers "who" questions and questions about named people. `resolved` are the people the question is about
 * (named, or carried over from the conversation); `filter` narrows the cast when nobody is named.
 */
export function answerAboutPeople(
  index: ArticleIndex,
  question: Question,
  resolved: Person[],
  filter: PeopleFilter,
): Draft | undefined {
  if (question.photo) {
    const spot = question.photo;
    const person = placedAt(index.article.people, spot);
    const caption = index.article.captions[0]?.sentences ?? [];
    if (!person) {
      return {
        answered: false,
        text: `The article's photo caption names nobody in that position. ${photoLine(index)}`,
        sentences: caption,
      };
    }
    return {
      answered: true,
      text:
        person.photoPosition?.side === spot.side && person.photoPosition.fromSide === spot.fromSide
          ? `${person.name} is ${positionWords(person.photoPosition)} in the photo: ${person.titleAsWritten}.`
          : `${person.name} is ${spotWords(spot)} of the photo (the caption names the row “${person.photoPosition?.asWritten}”): ${person.titleAsWritten}.`,
      sentences: caption.length > 0 ? caption : person.evidence.sentences,
      focus: { people: [person.id], slot: 'photo' },
    };
  }
  if (question.slot === 'photo' && resolved.length === 0) {
    return {
      answered: true,
      text: photoLine(index),
      sentences: index.article.captions[0]?.sentences ?? [],
      focus: { slot: 'photo' },
    };
  }
  if (question.cues.has('counterpartAsked') && resolved.length === 1) {
    const counterpart = counterpartOf(index, resolved[0]!);
    if (counterpart) {
      const draft = describePerson(index, counterpart, 'profile');
      return {
        ...draft,
        text: `${resolved[0]!.name}'s counterpart was ${draft.text.replace(/^.*? is /, `${counterpart.name}, `)}`,
      };
    }
  }
  const off = resolved.length > 0 ? offPerson(index, question, resolved) : undefined;
  if (off) return off;
  if (resolved.length === 1) return describePerson(index, resolved[0]!, question.slot);
  if (resolved.length > 1) {
    const parts = resolved.map((p) => describePerson(index, p, question.slot));
    return {
      answered: true,
      text: parts.map((d) => d.text).join(' '),
      sentences: [...new Set(parts.flatMap((d) => d.sentences))],
      focus: { people: resolved.map((p) => p.id), slot: question.slot },
    };
  }
  const chosen = selectPeople(index, question, filter);
  if (chosen.length > 0 && chosen.every((p) => unheldAnchors(index, question, p).length > 0))
    return offPerson(index, question, chosen);
  if (chosen.length === 0 && question.type === 'who' && question.unknownWords.length > 0)
    return doesNotSay(index, `anything about ${joinList(question.unknownWords)}`);
  if (chosen.length === 0) return undefined;
  if (chosen.length === 1)
    return describePerson(index, chosen[0]!, question.slot === 'participants' ? 'profile' : question.slot);
  const participants = chosen.every((p) => p.involvement === 'participant');
  const lead = participants
    ? filter.countries.length === 1
      ? `${countryName(index, filter.countries[0]!)} was represented by`
      : participantsLead(chosen.length)
    : 'The article names';
  const list = listPeople(index, chosen, question.slot, lead);
  // "Who voted against the cut?": people named for no part the question asks are not its answer.
  if (!participants && question.type === 'who' && filter.countries.length === 0) {
    const asked = askedContent(question).filter(
      (s) => !PARTICIPATION_STEMS.has(s) && parseNumber(s) === undefined,
    );
    const unheld = asked.filter((s) => !chosen.some((p) => (index.personProfile.get(p.id)?.get(s) ?? 0) > 0));
    if (unheld.length > 0) {
      const words = unheld.map((s) => question.tokens.find((t) => stem(t) === s) ?? s);
      return doesNotSay(index, `who ${joinList(words)}`, list);
    }
  }
  return list;
}

function countryName(index: ArticleIndex, id: string): string {
  return index.article.countries.find((c) => c.id === id)?.name ?? id;
}

/**
 * Who stands at a spot of the photo: the person the caption places there, or, when the caption names one row
 * counted from one side ("Seen from right: A, B and C"), the one that spot is in that row: the far other side
 * is the last named, the middle of an odd row its middle one.
 */
function placedAt(people: readonly Person[], spot: PhotoSpot): Person | undefined {
  const exact = people.find(
    (p) => p.photoPosition?.side === spot.side && p.photoPosition.fromSide === spot.fromSide,
  );
  if (exact) return exact;
  const placed = people.filter((p) => p.photoPosition);
  const sides = new Set(placed.map((p) => p.photoPosition!.side));
  const side = [...sides][0];
  const n = placed.length;
  const counted = new Set(placed.map((p) => p.photoPosition!.fromSide));
  if (n < 2 || sides.size !== 1 || (side !== 'left' && side !== 'right') || counted.size !== n)
    return undefined;
  if (![...counted].every((k) => k <= n)) return undefined;
  const other = side === 'left' ? 'right' : 'left';
  const want =
    spot.side === other && spot.fromSide <= n
      ? n + 1 - spot.fromSide
      : spot.side === 'center' && spot.fromSide === 1 && n % 2 === 1
        ? (n + 1) / 2
        : undefined;
  return want === undefined ? undefined : placed.find((p) => p.photoPosition!.fromSide === want);
}

function photoLine(index: ArticleIndex): string {
  const placed = index.article.people.filter((p) => p.photoPosition);
  if (placed.length === 0) return 'The article does not place anyone in its photo.';
  return `In the photo: ${placed.map((p) => `${p.name} (${positionWords(p.photoPosition!)})`).join(', ')}.${captionLine(index.article)}`;
}

/** Picks the people a "who" question describes: by country, organization and the words of their titles. */
function selectPeople(index: ArticleIndex, question: Question, filter: PeopleFilter): Person[] {
  const wantsParticipants = question.slot === 'participants' || question.cues.has('presenceWords');
  let pool = index.article.people;
  if (filter.countries.length > 0) pool = pool.filter((p) => filter.countries.includes(p.country ?? ''));
  if (filter.organizations.length > 0) {
    const narrowed = pool.filter((p) =>
      organizationChain(index, p).some((id) => filter.organizations.includes(id)),
    );
    if (narrowed.length > 0) pool = narrowed;
  }
  // A building named after its institution ("the Foreign Ministry") still says whom the question is about.
  const placeKind = (id: string): string | undefined => index.article.places.find((p) => p.id === id)?.kind;
  const placeTokens = new Set(
    question.mentions
      .filter((m) => (m.ref.kind === 'place' && placeKind(m.ref.id) !== 'venue') || m.ref.kind === 'event')
      .flatMap((m) => question.tokens.slice(m.start, m.end).map(stem)),
  );
  const stems = informativeStems(question).filter((s) => !PARTICIPATION_STEMS.has(s) && !placeTokens.has(s));
  const scored = pool.map((person) => {
    const profile = index.personProfile.get(person.id);
    let score = 0;
    for (const s of stems) score += (profile?.get(s) ?? 0) * (index.idf.get(s) ?? 1);
    if (wantsParticipants && person.involvement === 'participant') score += 0.5;
    return { person, score };
  });
  const best = Math.max(0, ...scored.map((s) => s.score));
  // "Who won the doubles?": a word the article never uses, which nobody's part holds, asks for someone the article
  // does not name, not for everyone it names.
  if (best === 0 && !wantsParticipants && question.unknownWords.length > 0) return [];
  let chosen = scored
    .filter((s) => s.score >= best * 0.8 && (best === 0 || s.score > 0))
    .map((s) => s.person);
  if (wantsParticipants || best === 0) {
    const participants = chosen.filter((p) => p.involvement === 'participant');
    if (participants.length > 0) chosen = participants;
  }
  if (question.cues.has('leadWords') && chosen.length > 1) {
    const heads = delegationsOf(mainEvent(index.article))
      .map((d) => d.people[0])
      .filter((id): id is string => id !== undefined)
      .map((id) => chosen.find((p) => p.id === id))
      .filter((p): p is Person => p !== undefined);
    if (heads.length > 0) chosen = heads;
  }
  return chosen;
}
