import { places, type CountryEntry } from '../lexicon/index.ts';
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

export function lookupPlace(text: string): GazetteerHit | undefined {
  return byName.get(fold(text.replace(/^the /i, '')));
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
