import { theEvent } from './event-words.ts';
import { mainEvent, delegationsOf } from '../../../model/events.ts';
import type { Article, Person } from '../../../model/schema.ts';
import type { ArticleIndex } from '../retrieve/article-index.ts';
import type { Draft, PhotoSpot } from '../types.ts';
import { capitalize, ensurePeriod, joinList, numberWord } from '../lexicon/text.ts';
import type { Slot } from '../analyze/understand.ts';

export function countryName(index: ArticleIndex, id: string): string {
  return index.article.countries.find((c) => c.id === id)?.name ?? id.toUpperCase();
}

function demonym(index: ArticleIndex, id: string): string {
  return index.article.countries.find((c) => c.id === id)?.demonym ?? countryName(index, id);
}

/** The organization a person works for and its parents, nearest first. */
export function organizationChain(index: ArticleIndex, person: Person): string[] {
  const chain: string[] = [];
  let id = person.organization;
  while (id && !chain.includes(id) && chain.length < 5) {
    chain.push(id);
    id = index.article.organizations.find((o) => o.id === id)?.parent;
  }
  return chain;
}

/** "South Korea's Foreign Ministry director-general for Asia and Pacific affairs" (+ the organization if the title lacks it). */
export function titleWithOrganization(index: ArticleIndex, person: Person): string {
  const title = person.titleAsWritten;
  const org = index.article.organizations.find((o) => o.id === person.organization);
  const lowerTitle = title.toLowerCase();
  const country = person.country;
  // No country in the model (a local story): the title stands alone, never "United States's Mayor".
  const titleNamesCountry =
    country === undefined ||
    [countryName(index, country), demonym(index, country)].some((w) => lowerTitle.includes(w.toLowerCase()));
  let text = titleNamesCountry || country === undefined ? title : `${countryName(index, country)}'s ${title}`;
  if (org && ![org.name, ...org.aliases].some((n) => lowerTitle.includes(n.toLowerCase())))
    text += ` at the ${org.name.replace(/^the /i, '')}`;
  return text;
}

function descriptionSentence(person: Person): string {
  const description = person.description.trim();
  const firstWord = description.split(/\s/)[0] ?? '';
  if (/^[A-Z][a-z]+ed$|^Led$/.test(firstWord)) {
    const surname = person.familyName ?? person.name;
    return ensurePeriod(`${surname} ${description.charAt(0).toLowerCase()}${description.slice(1)}`);
  }
  return ensurePeriod(description);
}

function involvementNote(index: ArticleIndex, person: Person): string {
  return person.involvement === 'mentioned'
    ? ` The article mentions them; they did not take part in ${theEvent(index)}.`
    : '';
}

/** Answers a question about one person, for the slot asked. */
export function describePerson(index: ArticleIndex, person: Person, slot: Slot): Draft {
  const sentences = person.evidence.sentences;
  const focus = { people: [person.id], slot };
  const base = { answered: true, sentences, focus };
  switch (slot) {
    case 'role': {
      const variants = person.titleVariants.filter(
        (v) => v.toLowerCase() !== person.titleAsWritten.toLowerCase(),
      );
      const also = variants.length > 0 ? ` (also written “${variants.join('”, “')}”)` : '';
      return { ...base, text: `${person.name}'s title is ${titleWithOrganization(index, person)}${also}.` };
    }
    case 'organization': {
      const chain = organizationChain(index, person).map((id) =>
        index.article.organizations.find((o) => o.id === id),
      );
      const [own, ...parents] = chain;
      if (!own)
        return {
          ...base,
          text: `The article gives no organization for ${person.name}; their title is ${person.titleAsWritten}.`,
        };
      const parent = parents[0];
      const derived = parent?.derivation ? ' (the article implies it without naming it)' : '';
      const within = parent ? `, part of the ${parent.name.replace(/^the /i, '')}${derived}` : '';
      return {
        ...base,
        text: `${person.name} is with the ${own.name.replace(/^the /i, '')}${within}: ${person.titleAsWritten}.`,
      };
    }
    case 'country':
      if (person.country === undefined)
        return {
          ...base,
          answered: false,
          text: `The article does not say which country ${person.name} is from: ${titleWithOrganization(index, person)}.`,
        };
      return {
        ...base,
        text: `${person.name} is ${demonym(index, person.country)}${person.side ? `, on the ${person.side}` : ''}: ${titleWithOrganization(index, person)}.`,
      };
    case 'photo': {
      const spot = person.photoPosition;
      if (!spot)
        return {
          ...base,
          answered: false,
          text: `The article doesn't say where ${person.name} is in the photo.`,
        };
      const caption = index.article.captions[0]?.sentences ?? sentences;
      return { ...base, sentences: caption, text: `In the photo, ${person.name} is ${positionWords(spot)}.` };
    }
    default:
      return {
        ...base,
        text: `${person.name} is ${titleWithOrganization(index, person)}. ${descriptionSentence(person)}${involvementNote(index, person)}`,
      };
  }
}

/** A short label for lists: "Jane Smith (Foreign Ministry director-general for regional affairs)". */
export function personLabel(person: Person): string {
  return `${person.name} (${person.titleAsWritten})`;
}

/** Lists people grouped by country, in the article's order. */
export function listPeople(index: ArticleIndex, people: Person[], slot: Slot, lead: string): Draft {
  const byCountry = new Map<string, Person[]>();
  for (const person of people)
    byCountry.set(person.country ?? '', [...(byCountry.get(person.country ?? '') ?? []), person]);
  const groups = [...byCountry].map(([country, members]) =>
    country === ''
      ? joinList(members.map(personLabel))
      : `for ${countryName(index, country)}, ${joinList(members.map(personLabel))}`,
  );
  const delegations = delegationsOf(mainEvent(index.article)).filter((d) => byCountry.has(d.country));
  const note = delegations.some((d) => d.description?.includes('respective delegations'))
    ? ' Each side also brought its delegation, whose size the article does not give.'
    : '';
  const sentences = [
    ...new Set([
      ...people.flatMap((p) => p.evidence.sentences),
      ...delegations.flatMap((d) => d.evidence.sentences),
    ]),
  ];
  const text =
    byCountry.size > 1
      ? `${lead}: ${groups.join('; ')}.${note}`
      : `${lead}: ${joinList(people.map(personLabel))}.${note}`;
  return { answered: true, text, sentences, focus: { people: people.map((p) => p.id), slot } };
}

export function participantsLead(count: number): string {
  return `${capitalize(numberWord(count))} ${count === 1 ? 'person' : 'people'} took part`;
}

/** Finds the person on the other side whose job matches best ("his counterpart"). */
export function counterpartOf(index: ArticleIndex, person: Person): Person | undefined {
  const profile = index.personProfile.get(person.id);
  let best: Person | undefined;
  let bestScore = 0;
  for (const other of index.article.people) {
    if (other.country === person.country || other.involvement !== person.involvement) continue;
    let score = other.role === person.role ? 2 : 0;
    const otherProfile = index.personProfile.get(other.id);
    for (const [s] of profile ?? []) if (otherProfile?.has(s)) score += 0.1;
    if (other.description.includes(person.name) || person.description.includes(other.name)) score += 3;
    if (score > bestScore) {
      bestScore = score;
      best = other;
    }
  }
  return best;
}

/** A spot of the photo in words: "on the left", "number 2 from the right", "in the middle". */
export function spotWords(spot: PhotoSpot): string {
  if (spot.side === 'center') return 'in the middle';
  return spot.fromSide === 1 ? `on the ${spot.side}` : `number ${spot.fromSide} from the ${spot.side}`;
}

/**
 * Where the caption places someone, as it wrote it ("at far right", "second from left") unless what it wrote only
 * leads a row of names ("Pictured from left:", "Left to right:") or abbreviates a side ("(L)", "(R)"): then the
 * spot in words.
 */
export function positionWords(position: NonNullable<Person['photoPosition']>): string {
  const written = position.asWritten.trim();
  const leadsRow = written.endsWith(':');
  const abbreviated = /^\(?[A-Za-z]{1,2}\)?$/.test(written);
  return leadsRow || abbreviated ? spotWords(position) : written;
}

/** The photo caption as written, to show beside an answer about the photo (where, when, what is held or done). */
export function captionLine(article: Article): string {
  const caption = article.captions[0]?.text;
  return caption ? ` The caption reads: “${caption}”` : '';
}
