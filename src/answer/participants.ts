import { UserError } from '../core/errors.ts';
import type { Article, Country, Person } from '../model/schema.ts';

export interface ParticipantEntry {
  id: string;
  name: string;
  titleAsWritten: string;
  organization?: string;
  photoPosition?: string;
  countryId: string;
  description: string;
}

export interface CountryGroup {
  country: { id: string; name: string; demonym: string };
  people: ParticipantEntry[];
  /** How the article describes the rest of the delegation ("their respective delegations"). */
  delegationNote?: string;
}

export interface ParticipantsAnswer {
  articleId: string;
  headline: string;
  /** Set when the reader asked for one country. */
  country?: CountryGroup['country'];
  groups: CountryGroup[];
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

function countryLabel(country: Country): CountryGroup['country'] {
  return { id: country.id, name: country.name, demonym: country.demonym };
}

/** Countries that have at least one participant, in the order the delegations (then the model) list them. */
export function participantCountries(article: Article): Country[] {
  const withParticipants = new Set(
    article.people.filter((person) => person.involvement === 'participant').map((person) => person.country),
  );
  const order = [...article.event.delegations.map((d) => d.country), ...article.countries.map((c) => c.id)];
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
    [country.id, country.name, country.demonym, ...country.aliases].some(
      (label) => normalize(label) === wanted,
    ),
  );
}

function toEntry(article: Article, person: Person): ParticipantEntry {
  const entry: ParticipantEntry = {
    id: person.id,
    name: person.name,
    titleAsWritten: person.titleAsWritten,
    countryId: person.country,
    description: person.description,
  };
  const organization = article.organizations.find((org) => org.id === person.organization);
  if (organization) entry.organization = organization.name;
  if (person.photoPosition) entry.photoPosition = person.photoPosition.asWritten;
  return entry;
}

function delegationOrder(article: Article, countryId: string, people: Person[]): Person[] {
  const members = article.event.delegations.find((d) => d.country === countryId)?.members ?? [];
  const rank = (person: Person) => {
    const index = members.indexOf(person.id);
    return index === -1 ? members.length : index;
  };
  return [...people].sort((a, b) => rank(a) - rank(b));
}

/** Who took part, grouped by country (delegation heads first), then the people only mentioned. */
export function listParticipants(article: Article, countryQuery?: string): ParticipantsAnswer {
  let only: Country | undefined;
  if (countryQuery?.trim()) {
    only = findCountry(article, countryQuery);
    if (!only) {
      const choices = participantCountries(article)
        .map((country) => `${country.name} (${country.id})`)
        .join(', ');
      throw new UserError(
        `This article has no participants from "${countryQuery.trim().slice(0, 60)}". Try one of: ${choices || 'none'}, or leave the country out.`,
      );
    }
  }
  const participants = article.people.filter((person) => person.involvement === 'participant');
  const groups: CountryGroup[] = participantCountries(article)
    .filter((country) => !only || country.id === only.id)
    .map((country) => {
      const people = delegationOrder(
        article,
        country.id,
        participants.filter((person) => person.country === country.id),
      );
      const group: CountryGroup = {
        country: countryLabel(country),
        people: people.map((p) => toEntry(article, p)),
      };
      const note = article.event.delegations.find((d) => d.country === country.id)?.note;
      if (note) group.delegationNote = note;
      return group;
    });
  const mentioned = article.people
    .filter((person) => person.involvement === 'mentioned' && (!only || person.country === only.id))
    .map((person) => toEntry(article, person));
  const answer: ParticipantsAnswer = { articleId: article.id, headline: article.headline, groups, mentioned };
  if (only) answer.country = countryLabel(only);
  return answer;
}
