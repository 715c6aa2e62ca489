import { places, worldCities, type CountryEntry } from '../lexicon/index.ts';
import { fold } from './text-utils.ts';
import type { PlaceKind } from './types.ts';

/** Lookups over the country, capital, city and region data (lexicon/places.json). */
export interface GazetteerHit {
  readonly name: string;
  readonly kind: PlaceKind;
  readonly country?: string;
  /** For a country hit. */
  readonly countryEntry?: CountryEntry;
}

const byName = new Map<string, GazetteerHit>();
const demonyms = new Map<string, CountryEntry>();
const put = (key: string, hit: GazetteerHit) => {
  const k = fold(key);
  if (!byName.has(k)) byName.set(k, hit);
};
for (const c of places.countries) {
  put(c.name, { name: c.name, kind: 'country', country: c.code, countryEntry: c });
  for (const alias of c.aliases)
    put(alias, { name: c.name, kind: 'country', country: c.code, countryEntry: c });
  demonyms.set(fold(c.demonym), c);
}
for (const r of places.regions) {
  const hit: GazetteerHit = { name: r.name, kind: r.kind, ...(r.country ? { country: r.country } : {}) };
  put(r.name, hit);
  for (const alias of r.aliases) put(alias, hit);
}
for (const c of places.countries) {
  put(c.capital, { name: c.capital, kind: 'city', country: c.code });
  for (const city of c.cities) put(city, { name: city, kind: 'city', country: c.code });
}
for (const c of places.cities) put(c.name, { name: c.name, kind: 'city', country: c.country });

/**
 * The world's larger cities (lexicon/world-cities.json): many of their names are also surnames or common
 * words ("Hamilton", "Reading"), so a hit here names a place only where the context places it (see
 * extractUnknownPlaces), unlike a lookupPlace hit.
 */
const worldCity = new Map<string, GazetteerHit>();
for (const [name, country] of worldCities.cities) {
  const k = fold(name);
  if (!byName.has(k) && !worldCity.has(k)) worldCity.set(k, { name, kind: 'city', country });
}
export function lookupWorldCity(text: string): GazetteerHit | undefined {
  return worldCity.get(fold(text.replace(/^the /i, '')));
}

export function lookupPlace(text: string): GazetteerHit | undefined {
  return byName.get(fold(text.replace(/^the /i, '')));
}

/** "Frenchman", "Dutchwoman": a nationality as a noun -> its country. */
export function lookupDemonymNoun(word: string): CountryEntry | undefined {
  const stem = /^(\p{Lu}\p{Ll}+?)(?:wo)?man$/u.exec(word)?.[1];
  return stem ? lookupDemonym(stem) : undefined;
}

/** "South Korean" -> South Korea; "Japanese" -> Japan. */
export function lookupDemonym(text: string): CountryEntry | undefined {
  return demonyms.get(fold(text));
}

export function countryByCode(code: string): CountryEntry | undefined {
  return places.countries.find((c) => c.code === code);
}

/** Every demonym, for finding them inside titles. */
export const allDemonyms: readonly string[] = places.countries.map((c) => c.demonym);
