import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingest } from '../../src/ingest/ingest.ts';
import type { Article } from '../../src/model/schema.ts';
import { factsOf } from './helpers.ts';

// A wire report from the tuning half: agencies without a suffix, an abbreviated title, a statement by a
// group, institutions named by a common noun, places after "town of".
const quakeText = readFileSync(
  path.join(import.meta.dirname, '..', 'fixtures', 'articles', 'quake-2025-02-14.txt'),
  'utf8',
);
const { facts, doc } = factsOf(quakeText, '2025-02-14');
const org = (name: string) => facts.organizations.find((o) => o.name === name);
const sentenceOf = (id: string) => doc.sentences.find((s) => s.id === id)!.text;

describe('people and quotes across an abbreviated title', () => {
  it('GIVEN "Davao Oriental Gov. Corazon Dumalagan told DZMM radio" THEN the governor, her quote and the outlet', () => {
    const governor = facts.people.find((p) => p.name === 'Corazon Dumalagan')!;
    expect(governor).toMatchObject({ role: 'governor' });
    expect(governor.namesAsWritten).toEqual(expect.arrayContaining(['Dumalagan', 'Dumalagon']));
    const quote = facts.quotes.find((q) => q.text.startsWith('We are still digging'))!;
    expect(quote).toMatchObject({ speakerKey: governor.key, verb: 'told' });
    for (const id of quote.evidence.sentences) expect(sentenceOf(id)).toBeTruthy();
    expect(org('DZMM radio')?.kind).toBe('media');
  });

  it('GIVEN "the group said in a statement" after the Red Cross THEN the quote is the Red Cross’s, an organization, not a person', () => {
    const redCross = org('Philippine Red Cross')!;
    expect(redCross.evidence.quotes).toContain('Philippine Red Cross');
    expect(facts.people.map((p) => p.name)).not.toContain('Philippine Red Cross');
    expect(facts.quotes.find((q) => q.text.startsWith('Clean water'))?.speakerKey).toBe(redCross.key);
  });
});

describe('organizations without a suffix', () => {
  it('GIVEN "X, known as Phivolcs," THEN the short name is the same organization, with its later mentions', () => {
    const institute = org('Philippine Institute of Volcanology and Seismology')!;
    expect(institute.namesAsWritten).toContain('Phivolcs');
    expect(institute.mentions.filter((m) => m.text === 'Phivolcs').length).toBeGreaterThanOrEqual(2);
  });

  it('GIVEN a name with "and" that ends in an organization word THEN it is one organization', () => {
    expect(org('National Disaster Risk Reduction and Management Council')).toBeDefined();
    expect(org('Management Council')).toBeUndefined();
  });

  it('GIVEN "Police said", "the coast guard sent" THEN institutions named by a common noun, with evidence', () => {
    for (const name of ['police', 'military', 'coast guard', 'national government']) {
      const found = org(name)!;
      expect(found.evidence.sentences.length).toBeGreaterThan(0);
      for (const [i, id] of found.evidence.sentences.entries())
        expect(sentenceOf(id)).toContain(found.evidence.quotes[i]!);
    }
    expect(org('Presidential')).toBeUndefined();
  });
});

describe('places and the event', () => {
  it('GIVEN "the town of Manay", "the province of Davao Oriental" THEN the places, and the event happened there', () => {
    const names = facts.places.map((p) => p.name);
    expect(names).toEqual(expect.arrayContaining(['Manay', 'Tarragona', 'Davao Oriental']));
    expect(names).not.toContain('Philippine province');
    const davao = facts.places.find((p) => p.name === 'Davao Oriental')!;
    expect(facts.event.place).toBe(davao.key);
    expect(facts.event.name).toBe('Davao Oriental earthquake');
  });
});

describe('sentences', () => {
  it('GIVEN "fell in. Police said" THEN two sentences, as the loader splits them', () => {
    const split = doc.sentences.find((s) => s.text.startsWith('Police said'));
    expect(split?.text).toBe('Police said 11 people died inside the market.');
  });
});

describe('topics', () => {
  it('GIVEN a sentence no other fact rests on THEN a topic cites it whole, with its content words', () => {
    const power = facts.topics.find((t) => t.keywords.includes('power'))!;
    expect(power.keywords).toEqual(expect.arrayContaining(['power', 'bridge']));
    expect(sentenceOf(power.evidence.sentences[0]!)).toBe(power.evidence.quotes[0]);
    const cited = new Set(facts.quotes.flatMap((q) => q.evidence.sentences));
    expect(facts.topics.some((t) => cited.has(t.evidence.sentences[0]!))).toBe(false);
  });
});

describe('figures', () => {
  const figure = (value: number) => facts.figures.filter((f) => f.value === value);

  it('GIVEN "14 kilometers (8.7 miles)" THEN the conversion is no figure of its own; GIVEN "250 million pesos ($4.3 million)" THEN the dollar sum is kept, labelled as the sum it converts', () => {
    expect(figure(14)).toMatchObject([{ unit: 'kilometers', measures: 'length' }]);
    expect(figure(8.7)).toEqual([]);
    // "How much is that in dollars?" is asked: the other currency is a sum of its own.
    const pesos = figure(250_000_000)[0]!;
    expect(figure(4_300_000)).toMatchObject([{ currency: 'USD', label: `${pesos.label}, in USD` }]);
  });

  it('GIVEN pesos in a story from the Philippines THEN Philippine pesos, with the words as written', () => {
    expect(figure(250_000_000)).toMatchObject([{ currency: 'PHP', asWritten: '250 million pesos' }]);
  });

  it('GIVEN "the magnitude 6.7 quake" and "at magnitude 6.5" THEN magnitudes', () => {
    expect(figure(6.7)).toMatchObject([{ unit: 'magnitude' }]);
    expect(figure(6.5)).toMatchObject([{ unit: 'magnitude' }]);
  });

  it('GIVEN "a 516-kilogram satellite" and "610 km" THEN the measure and the unit written out', () => {
    const { facts: launch } = factsOf(
      'SEOUL, Sept. 3 (Yonhap) -- The 516-kilogram satellite reached an altitude of 610 km, the ministry said.',
      '2025-09-03',
    );
    expect(launch.figures.map((f) => [f.value, f.unit])).toEqual([
      [516, 'kilograms'],
      [610, 'kilometers'],
    ]);
  });
});

describe('a post is no organization', () => {
  it('GIVEN "Reserve Bank Governor Thandiwe Mokoena" after "The South African Reserve Bank" THEN one bank and a governor', () => {
    const { facts: rates } = factsOf(
      [
        'PRETORIA, July 30 (Reuters) - The South African Reserve Bank cut its main lending rate on Wednesday.',
        '"That is a conversation with the National Treasury," Reserve Bank Governor Thandiwe Mokoena said.',
      ].join('\n\n'),
      '2025-07-30',
    );
    expect(rates.organizations.map((o) => o.name).sort()).toEqual([
      'National Treasury',
      'Reuters',
      'South African Reserve Bank',
    ]);
    expect(
      rates.organizations.find((o) => o.name === 'South African Reserve Bank')!.namesAsWritten,
    ).toContain('Reserve Bank');
    expect(rates.people).toMatchObject([{ name: 'Thandiwe Mokoena', role: 'governor' }]);
    expect(rates.event.name).toBe('South African Reserve Bank decision');
  });
});

describe('organizations named after a word for one, and role names', () => {
  const ministerText = readFileSync(
    path.join(import.meta.dirname, '..', 'fixtures', 'articles', 'minister-resigns-2025-03-19.txt'),
    'utf8',
  );
  const { facts: resign } = factsOf(ministerText, '2025-03-19');

  it('GIVEN "the firm, Nortia Sistemas" and "the newspaper Diário do Norte" THEN a company and a newspaper', () => {
    expect(resign.organizations.find((o) => o.name === 'Nortia Sistemas')?.kind).toBe('company');
    expect(resign.organizations.find((o) => o.name === 'Diário do Norte')?.kind).toBe('media');
    // "Party leader Catarina Fontes" names no organization called "Party".
    expect(resign.organizations.map((o) => o.name)).not.toContain('Party');
  });
});

describe('role names in the built model', () => {
  const build = async (name: string, published: string) => {
    const { model } = await ingest({
      input: path.join(import.meta.dirname, '..', 'fixtures', 'articles', name),
      id: 'role-names',
      published,
      outDir: path.join(import.meta.dirname, 'unused'),
      force: true,
      dryRun: true,
      fetch: { allowPrivate: false, timeoutMs: 1000, maxBytes: 1 << 20 },
      today: '2026-12-02',
    });
    return model as unknown as Article;
  };

  it('GIVEN the only governor THEN "the governor" names her; GIVEN a minister beside a health minister THEN "the minister" names nobody', async () => {
    const quake = await build('quake-2025-02-14.txt', '2025-02-14');
    expect(quake.people.find((p) => p.name === 'Corazon Dumalagan')!.aliases).toContain('the governor');
    const resign = await build('minister-resigns-2025-03-19.txt', '2025-03-19');
    expect(resign.people.flatMap((p) => p.aliases)).not.toContain('the minister');
  });
});
