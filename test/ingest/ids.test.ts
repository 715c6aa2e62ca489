import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { modelFromSource } from '../../src/ingest/ingest.ts';
import { distinctEntityKeys, distinctFactKeys } from '../../src/ingest/extract/ids.ts';
import type { PlaceIndex } from '../../src/ingest/extract/places.ts';
import type { OrganizationFact, PersonFact, PlaceFact } from '../../src/ingest/extract/types.ts';
import { readPlainText } from '../../src/ingest/read/index.ts';
import { validateModel } from '../../src/ingest/validate.ts';
import { ID_COLLECTIONS } from '../../src/model/cross-check.ts';

/**
 * A user must never see "the built model does not validate (an ingest bug)". Made-up articles in several
 * genres and dateline styles, one of them with a name the rules read both as a place and as an organization
 * (which once gave two items one id), are ingested and checked by the same validator `npm run validate` runs.
 */
const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}.txt`, import.meta.url), 'utf8');

function ingested(name: string) {
  const source = readPlainText(fixture(name));
  const { id, model } = modelFromSource(source, { today: '2026-12-02', published: '2025-06-04' });
  return { model, problems: validateModel(`${id}.json`, JSON.stringify(model), source.text) };
}

describe('GIVEN made-up articles in genres and datelines of every kind', () => {
  it.each([
    'hospital-director',
    'made-up-council',
    'made-up-court',
    'made-up-painting',
    'made-up-storm',
    'made-up-measles',
    'made-up-job-cuts',
    'made-up-league-semifinal',
    'art-theft',
    'water-outage',
  ])('WHEN %s is ingested THEN the built model validates', (name) => {
    const { model, problems } = ingested(name);
    expect(problems).toEqual([]);
    const ids = ID_COLLECTIONS.flatMap((c) => ((model[c] ?? []) as { id: string }[]).map((x) => x.id));
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('GIVEN a person, an organization and a place whose names slug alike', () => {
  const evidence = { sentences: ['p1s0'], quotes: [] };
  const person: PersonFact = {
    key: 'vale',
    name: 'Vale',
    namesAsWritten: [],
    titleVariants: [],
    organization: 'vale',
    mentions: [],
    evidence,
  };
  const org: OrganizationFact = {
    key: 'vale',
    name: 'Vale',
    namesAsWritten: [],
    acronyms: [],
    kind: 'company',
    mentions: [],
    evidence,
  };
  const town: PlaceFact = { key: 'vale', name: 'Vale', namesAsWritten: [], kind: 'city', evidence };
  const district: PlaceFact = {
    key: 'vale-east',
    name: 'Vale East',
    namesAsWritten: [],
    kind: 'district',
    within: 'vale',
    evidence,
  };
  const index: PlaceIndex = { places: [town, district], countries: [], names: new Map([['vale', 'vale']]) };
  const taken = new Set(['p1s0']);
  distinctEntityKeys([person], [org], index, taken);

  it('THEN each gets an id of its own, and references follow the renamed one', () => {
    expect(new Set([person.key, org.key, town.key, district.key]).size).toBe(4);
    expect(person.organization).toBe(org.key);
    expect(district.within).toBe(town.key);
    expect(index.names.get('vale')).toBe(town.key);
  });

  it('THEN a fact whose id meets an entity id gets another', () => {
    const fact = { key: org.key };
    distinctFactKeys([fact], taken);
    expect(fact.key).not.toBe(org.key);
  });
});
