import { UserError } from '../core/errors.ts';
import { delegationsOf, mainEvent } from '../model/events.ts';
import type { Article, Country, Person } from '../model/schema.ts';

export interface ParticipantEntry {
  id: string;
  name: string;
  titleAsWritten: string;
  organization?: string;
  photoPosition?: string;
  countryId?: string;
  /** Their role in the event, when the group is not itself that role ("scorer" within the winners). */
  role?: string;
  description: string;
}

/**
 * One heading of /participants: a country's delegation when the story is between countries; otherwise a
 * role in the event ("Winner", "Plaintiff") with its organization, or an organization.
 */
export interface ParticipantGroup {
  kind: 'country' | 'role' | 'organization';
  /** Country code, role word or organization id. */
  id: string;
  /** "Japan", "Winner: FC Porto", "Acme Corp". */
  label: string;
  /** For a flag next to the label. */
  countryId?: string;
  people: ParticipantEntry[];
  /** An organization that takes part as a whole, with no named person ("Defendant: Acme Corp"). */
  organization?: string;
  /** How the article describes the group ("alongside their respective delegations"). */
  description?: string;
}

export interface ParticipantsAnswer {
  articleId: string;
  headline: string;
  /** Set when the reader asked for one country. */
  country?: { id: string; name: string; demonym: string };
  groups: ParticipantGroup[];
  mentioned: ParticipantEntry[];
}

function normalize(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

function capitalize(text: string): string {
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
}

function participantsOf(article: Article): Person[] {
  return article.people.filter((person) => person.involvement === 'participant');
}

/** The story is told between countries: every participant has a country. */
function groupedByCountry(article: Article): boolean {
  const participants = participantsOf(article);
  return participants.length > 0 && participants.every((person) => person.country !== undefined);
}

/** Countries that have at least one participant, in the order the delegations (then the model) list them. */
export function participantCountries(article: Article): Country[] {
  const withParticipants = new Set(participantsOf(article).flatMap((person) => person.country ?? []));
  const order = [
    ...delegationsOf(mainEvent(article)).map((d) => d.country),
    ...article.countries.map((c) => c.id),
  ];
  const ids = [...new Set(order)].filter((id) => withParticipants.has(id));
  return ids
    .map((id) => article.countries.find((country) => country.id === id))
    .filter((country): country is Country => country !== undefined);
}

/** Finds a country by code, name, alias or demonym ("jp", "Japan", "japanese"). */
export function findCountry(article: Article, query: string): Country | undefined {
  const wanted = normalize(query);
  if (!wanted) return undefined;
  return article.countries.find((country) =>
    [country.id, country.name, country.demonym, ...country.aliases, ...(country.namesAsWritten ?? [])].some(
      (label) => normalize(label) === wanted,
    ),
  );
}

function toEntry(
  article: Article,
  person: Person,
  role?: string,
  groupOrganization?: string,
): ParticipantEntry {
  const entry: ParticipantEntry = {
    id: person.id,
    name: person.name,
    titleAsWritten: person.titleAsWritten,
    description: person.description,
  };
  if (person.country) entry.countryId = person.country;
  if (role) entry.role = role;
  const organization = article.organizations.find((org) => org.id === person.organization);
  // Named once only: not when the title already says it ("chief financial officer of Cardinal").
  const names = organization ? [organization.name, ...(organization.namesAsWritten ?? [])] : [];
  if (
    organization &&
    organization.id !== groupOrganization &&
    !names.some((name) => person.titleAsWritten.includes(name))
  )
    entry.organization = organization.name;
  if (person.photoPosition) entry.photoPosition = person.photoPosition.asWritten;
  return entry;
}

function countryGroups(article: Article, only: Country | undefined): ParticipantGroup[] {
  const participants = participantsOf(article);
  const delegations = delegationsOf(mainEvent(article));
  return participantCountries(article)
    .filter((country) => !only || country.id === only.id)
    .map((country) => {
      const members = delegations.filter((d) => d.country === country.id).flatMap((d) => d.people);
      const rank = (person: Person) => {
        const index = members.indexOf(person.id);
        return index === -1 ? members.length : index;
      };
      const people = participants
        .filter((person) => person.country === country.id)
        .sort((a, b) => rank(a) - rank(b));
      const group: ParticipantGroup = {
        kind: 'country',
        id: country.id,
        label: country.name,
        countryId: country.id,
        people: people.map((person) => toEntry(article, person)),
      };
      const description = delegations.find((d) => d.country === country.id)?.description;
      if (description) group.description = description;
      return group;
    });
}

/**
 * Groups from the events' own participants (main event first): each role with its organization or country,
 * in model order; a person appears once, in the first group naming them. Participants no event lists are
 * grouped by their organization.
 */
function roleGroups(article: Article): ParticipantGroup[] {
  const people = new Map(participantsOf(article).map((person) => [person.id, person]));
  const organizations = new Map(article.organizations.map((org) => [org.id, org]));
  const countries = new Map(article.countries.map((country) => [country.id, country]));
  const shown = new Set<string>();
  const shownGroups = new Set<string>();
  const groups: ParticipantGroup[] = [];
  for (const event of article.events) {
    for (const participant of event.participants) {
      const members = participant.people.flatMap((id) => {
        const person = people.get(id);
        if (!person || shown.has(id)) return [];
        shown.add(id);
        return [toEntry(article, person, undefined, participant.organization)];
      });
      const organization = participant.organization ? organizations.get(participant.organization) : undefined;
      const country = participant.country ? countries.get(participant.country) : undefined;
      const owner = organization?.name ?? country?.name;
      const key = `${participant.role}|${participant.organization ?? ''}|${participant.country ?? ''}`;
      // The same party in a later event adds no one new: shown once.
      if (members.length === 0 && (!owner || shownGroups.has(key))) continue;
      shownGroups.add(key);
      const group: ParticipantGroup = {
        kind: 'role',
        id: participant.role,
        label: owner ? `${capitalize(participant.role)}: ${owner}` : capitalize(participant.role),
        people: members,
      };
      if (country) group.countryId = country.id;
      if (members.length === 0 && organization) group.organization = organization.name;
      if (participant.description) group.description = participant.description;
      groups.push(group);
    }
  }
  const rest = [...people.values()].filter((person) => !shown.has(person.id));
  const byOrganization = new Map<string, Person[]>();
  for (const person of rest) {
    const key = person.organization ?? '';
    byOrganization.set(key, [...(byOrganization.get(key) ?? []), person]);
  }
  for (const [id, members] of byOrganization) {
    const name = organizations.get(id)?.name;
    groups.push({
      kind: 'organization',
      id: id || 'other',
      label: name ?? (groups.length ? 'Also taking part' : 'Taking part'),
      people: members.map((person) => toEntry(article, person)),
    });
  }
  return groups;
}

/**
 * Who took part: by country (delegation heads first) when the story is between countries, else by their
 * role in the event or their organization; then the people only mentioned.
 */
export function listParticipants(article: Article, countryQuery?: string): ParticipantsAnswer {
  const byCountry = groupedByCountry(article);
  let only: Country | undefined;
  if (countryQuery?.trim()) {
    only = findCountry(article, countryQuery);
    if (!only || !byCountry) {
      const choices = byCountry
        ? participantCountries(article)
            .map((country) => `${country.name} (${country.id})`)
            .join(', ')
        : '';
      throw new UserError(
        byCountry
          ? `This article has no participants from "${countryQuery.trim().slice(0, 60)}". Try one of: ${choices || 'none'}, or leave the country out.`
          : `This article does not group its participants by country. Leave the country out to see them by role.`,
      );
    }
  }
  const groups = byCountry ? countryGroups(article, only) : roleGroups(article);
  const mentioned = article.people
    .filter((person) => person.involvement === 'mentioned' && (!only || person.country === only.id))
    .map((person) => toEntry(article, person));
  const answer: ParticipantsAnswer = { articleId: article.id, headline: article.headline, groups, mentioned };
  if (only) answer.country = { id: only.id, name: only.name, demonym: only.demonym };
  return answer;
}
