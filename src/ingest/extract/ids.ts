import type { PlaceIndex } from './places.ts';
import type { OrganizationFact, PersonFact } from './types.ts';
import { uniqueKey } from './text-utils.ts';

/**
 * Ids unique across every collection of the model, as the validator asks. Each extractor keeps its own keys
 * apart, but kinds can meet: a town and an organization named after it, a person and a place both "Helen
 * Park". Country codes and sentence ids come first; then people, organizations and places in that order,
 * a later one that meets a taken id getting its kind after it ("helen-park-place"), and every reference to
 * it (a person's organization, a place's `within`, the names index) following the new key. Run once every
 * entity exists and before anything else (quotes, outcomes, the event) copies their keys.
 */
export function distinctEntityKeys(
  people: PersonFact[],
  orgs: OrganizationFact[],
  index: PlaceIndex,
  taken: Set<string>,
): void {
  for (const p of people) p.key = uniqueKey(p.key, taken, 'person');
  const orgKey = new Map<string, string>();
  for (const o of orgs) {
    const key = uniqueKey(o.key, taken, 'org');
    if (key !== o.key) orgKey.set(o.key, key);
    o.key = key;
  }
  const placeKey = new Map<string, string>();
  for (const p of index.places) {
    const key = uniqueKey(p.key, taken, 'place');
    if (key !== p.key) placeKey.set(p.key, key);
    p.key = key;
  }
  for (const p of people) if (p.organization) p.organization = orgKey.get(p.organization) ?? p.organization;
  for (const p of index.places) if (p.within) p.within = placeKey.get(p.within) ?? p.within;
  for (const [name, key] of index.names) {
    const renamed = placeKey.get(key);
    if (renamed) index.names.set(name, renamed);
  }
}

/** The facts' ids (each extractor's own prefix keeps them apart) made unique against all ids taken so far. */
export function distinctFactKeys(facts: readonly { key: string }[], taken: Set<string>): void {
  for (const f of facts) f.key = uniqueKey(f.key, taken);
}
