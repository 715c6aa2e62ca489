import { describe, expect, it } from 'vitest';
import { factsOf } from './helpers.ts';

const orgNames = (text: string) => factsOf(text).facts.organizations.map((o) => o.name);

describe('organizations: possessives, "and", head nouns and what names them', () => {
  it('GIVEN a possessive inside a name ("Dockers\' Union", "Queen\'s University", "the Public Auditor\'s Office") THEN one organization', () => {
    const names = orgNames(
      "The Riverside Dockers' Union (RDU) called the strike. A lecturer at Queen's University Belfast said it was lawful.\n\nThe Public Auditor's Office opened an inquiry, while Norway's Foreign Ministry said nothing.",
    );
    expect(names).toEqual(expect.arrayContaining(["Riverside Dockers' Union", "Public Auditor's Office"]));
    expect(names.some((n) => n.startsWith("Queen's University"))).toBe(true);
    // A country's possessive is an owner, not part of the name.
    expect(names.some((n) => n.startsWith("Norway's"))).toBe(false);
  });

  it('GIVEN "the X and Y Administration and the Z Agency" THEN the first name keeps its "and", the second stands alone', () => {
    const names = orgNames(
      'The company will ask the U.S. Fish and Wildlife Administration and the European Chemicals Agency to review it, it said.',
    );
    expect(names).toEqual(
      expect.arrayContaining(['U.S. Fish and Wildlife Administration', 'European Chemicals Agency']),
    );
    expect(names).not.toContain('Wildlife Administration');
  });

  it('GIVEN "Port of X Authority", "the Y Journal of Z", a team ending in "Rovers", a company ending in "Lines" THEN organizations', () => {
    const names = orgNames(
      'The Port of Velsen Authority said traffic fell. The results appeared in the Northern Journal of Surgery.\n\nMensah joined from Accra Rovers in May. Halvard Lines, a carrier, declined to comment.',
    );
    expect(names).toEqual(
      expect.arrayContaining([
        'Port of Velsen Authority',
        'Northern Journal of Surgery',
        'Accra Rovers',
        'Halvard Lines',
      ]),
    );
    expect(names).not.toContain('Velsen Authority');
  });

  it('GIVEN "the regionalist X party", "the opposition Y" THEN parties; "Z data showed" THEN an institution', () => {
    const { facts } = factsOf(
      'The regionalist Tierra Alta party took nine seats. The opposition Green Left had tabled a motion.\n\nUnemployment was 4%, Statistics Norland data showed.',
    );
    const kind = (n: string) => facts.organizations.find((o) => o.name === n)?.kind;
    expect(kind('Tierra Alta')).toBe('party');
    expect(kind('Green Left')).toBe('party');
    expect(kind('Statistics Norland')).toBe('agency');
  });

  it('GIVEN "the British government", "the Valadares government" THEN governing bodies; "government bonds" is none', () => {
    const { facts } = factsOf(
      'Prime Minister Henrique Valadares said he would stay. Moura is the second minister to leave the Valadares government.\n\nThe British government said it would respond. British government bonds rose.',
    );
    const names = facts.organizations.map((o) => o.name);
    expect(names).toEqual(expect.arrayContaining(['Valadares government', 'British government']));
    const british = facts.organizations.find((o) => o.name === 'British government')!;
    expect(british.kind).toBe('government');
    expect(british.mentions).toHaveLength(1);
  });
});

describe('people named by a credit line', () => {
  it('GIVEN "By X, Associated Press" and "(Reporting by X in Y; Editing by Z)" THEN reporters and an editor with their agency', () => {
    const { facts } = factsOf(
      'OSLO, May 2 (Reuters) - The ministry said talks had gone well.\n\nThe talks resume on Friday.\n\n(Reporting by Ana Lind in Bergen; Editing by Tom Hale)',
    );
    const ana = facts.people.find((p) => p.name === 'Ana Lind')!;
    const tom = facts.people.find((p) => p.name === 'Tom Hale')!;
    expect(ana).toMatchObject({ role: 'reporter', title: 'Reporting by Ana Lind' });
    expect(tom).toMatchObject({ role: 'editor', title: 'Editing by Tom Hale' });
    const reuters = facts.organizations.find((o) => o.name === 'Reuters')!;
    expect(ana.organization).toBe(reuters.key);

    const byline = factsOf(
      'Storm closes schools\nBy Mia Berg, Associated Press\n\nOSLO (AP) — A storm closed schools on Monday, officials said.',
    ).facts;
    const mia = byline.people.find((p) => p.name === 'Mia Berg')!;
    expect(mia.role).toBe('reporter');
    expect(byline.organizations.find((o) => o.key === mia.organization)?.name).toBe('Associated Press');
  });
});
