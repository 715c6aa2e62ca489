import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { OrganizationKind } from '../../model/schema.ts';

/** General English and world geography as data (zod-checked at load): no word of a particular article. */

const CountryEntry = z.object({
  code: z.string().regex(/^[a-z]{2}$/),
  name: z.string().min(1),
  aliases: z.array(z.string().min(1)),
  demonym: z.string().min(1),
  capital: z.string().min(1),
  cities: z.array(z.string().min(1)),
});
const RegionEntry = z.object({
  name: z.string().min(1),
  aliases: z.array(z.string().min(1)),
  kind: z.enum(['state', 'province', 'region', 'peninsula', 'island', 'other']),
  country: z
    .string()
    .regex(/^[a-z]{2}$/)
    .optional(),
});
const PlacesFile = z.object({
  countries: z.array(CountryEntry).min(1),
  regions: z.array(RegionEntry),
  cities: z.array(z.object({ name: z.string().min(1), country: z.string().regex(/^[a-z]{2}$/) })),
});
/** Cities of the world beyond places.json: [name, country code], the most populous first. */
const WorldCitiesFile = z.object({
  about: z.string().min(1),
  cities: z.array(z.tuple([z.string().min(1), z.string().regex(/^[a-z]{2}$/)])).min(1),
});
const WordsFile = z.object({
  titles: z.array(z.string().min(1)),
  /** "Gov." -> "governor": abbreviated titles before a name. */
  titleAbbreviations: z.record(z.string().regex(/^\p{Lu}\p{Ll}+\.$/u), z.string().min(1)),
  speechVerbs: z.array(z.string().min(1)),
  orgSuffixes: z.array(z.string().min(1)),
  orgHeads: z.array(z.string().min(1)),
  newsAgencies: z.array(z.string().min(1)),
  /** Institutions named by a common noun ("police", "the coast guard") with their organization kind. */
  institutionNouns: z.record(z.string().regex(/^[a-z ]+$/), z.enum(['government', 'agency', 'court'])),
  venueSuffixes: z.array(z.string().min(1)),
  placeKinds: z.record(
    z.string(),
    z.enum(['province', 'state', 'district', 'region', 'island', 'peninsula', 'city', 'other']),
  ),
  /** "the Atacama desert", "the Torslanda plant": a lowercase word after a name that makes it a place of that kind. */
  placeFeatureWords: z.record(
    z.string().regex(/^[a-z]+$/),
    z.enum(['region', 'district', 'peninsula', 'venue', 'other']),
  ),
  /** "Lake Misurina", "Cape Horn": a first word that makes a name of two or three words a place of that kind. */
  placePrefixes: z.record(
    z.string().regex(/^\p{Lu}[\p{Ll}.]+$/u),
    z.enum(['region', 'island', 'peninsula', 'other']),
  ),
  /** "in the World Cup", "in the Senate": last words of a name after "in the" that is no place. */
  notPlaceHeads: z.array(z.string().min(1)),
  eventTriggers: z.record(z.string(), z.array(z.string().min(1))),
  /** The noun for an event of each kind, to name one the lead tells with a verb ("X cut its rate": "X decision"). */
  eventKindNouns: z.record(z.string(), z.string().min(1)),
  /** Other nouns an article uses for an event of a kind once it has told it ("the trial" for a study); they do not tell the kind. */
  eventKindOtherNouns: z.record(z.string(), z.array(z.string().regex(/^[a-z]+$/))),
  /** "a crowd of 41,730": a noun before "of" and a bare number, and what the number then counts. */
  countedBefore: z.record(z.string().regex(/^[a-z]+$/), z.string().regex(/^[a-z]+$/)),
  /** Plurals no suffix rule makes ("man": "men"), for a unit written singular in a compound ("a 10-man side"). */
  irregularPlurals: z.record(z.string().regex(/^[a-z]+$/), z.string().regex(/^[a-z]+$/)),
  /** The noun for what a verb trigger tells ("returned": "return"), to name an event the lead tells with it. */
  triggerNouns: z.record(z.string().regex(/^[a-z]+(?: [a-z]+)*$/), z.string().regex(/^[a-z]+$/)),
  /** A word naming a dimension and the words a question asks it with ("depth": "how deep"). */
  dimensionWords: z.record(z.string().regex(/^[a-z]+$/), z.array(z.string().regex(/^[a-z]+$/))),
  /** "A beat B", "A sued B": a verb between two parties of an event and the roles it gives them. */
  relationVerbs: z.array(
    z.object({
      forms: z.array(z.string().regex(/^[a-z]+(?: [a-z]+)*$/)).min(1),
      subject: z.string().regex(/^[a-z-]+$/),
      object: z.string().regex(/^[a-z-]+$/),
    }),
  ),
  notNames: z.array(z.string().min(1)),
  stopwords: z.array(z.string().min(1)),
});

const Capitalised = z.string().regex(/^\p{Lu}[\p{L}.&]*$/u);
/** General words that end (or open, before "of") the name of an organization, with the kind each implies. */
const OrganizationsFile = z.object({
  /** "Ministry", "Observatory", "Bank": a proper-noun run ending here (or "X of Y" opening here) is an organization. */
  heads: z.record(Capitalised, OrganizationKind),
  /** "AG", "GmbH", "AS": legal forms after a company's name. */
  companySuffixes: z.array(z.string().regex(/^[\p{L}.]+$/u)).min(1),
  /** "Centre", "School": organizations only as "Centre for X" (alone they are mostly buildings). */
  headsNeedingOf: z.array(Capitalised),
  /** "the firm", "power distributor", "an environmental group": a common noun that names an organization. */
  organizationNouns: z.array(z.string().regex(/^[a-z]+$/)).min(1),
  /** The kind of organization such a noun names ("carmaker": company, "watchdog": agency). */
  nounKinds: z.record(z.string().regex(/^[a-z]+$/), OrganizationKind),
});

export type CountryEntry = z.infer<typeof CountryEntry>;
export type RegionEntry = z.infer<typeof RegionEntry>;

function load<T>(file: string, schema: z.ZodType<T>): T {
  const url = new URL(file, import.meta.url);
  const parsed = schema.safeParse(JSON.parse(readFileSync(url, 'utf8')));
  if (!parsed.success) throw new Error(`${url.pathname}: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

export const places = load('./places.json', PlacesFile);
export const worldCities = load('./world-cities.json', WorldCitiesFile);
export const words = load('./words.json', WordsFile);
export const organizationWords = load('./organizations.json', OrganizationsFile);
