import { describe, expect, it } from 'vitest';
import { factsOf } from './helpers.ts';

/** Organizations told by the word before them or by their last word, and a speaker who is not an apposition. */
const orgsOf = (text: string) => factsOf(text, '2025-06-05').facts.organizations;

describe('organization cues', () => {
  it('GIVEN "Danish carmaker Velto Automotive" THEN Velto Automotive is a company', () => {
    const orgs = orgsOf(
      'AARHUS (Wire) - Danish carmaker Velto Automotive said on Tuesday it would call back 9,000 vans.\n\nThe vans were built in 2024.',
    );
    expect(orgs.find((o) => o.name === 'Velto Automotive')?.kind).toBe('company');
  });

  it('GIVEN "chipmaker Orrin Semi" and "Lumen Pictures" THEN both are companies', () => {
    const orgs = orgsOf(
      'Shares of chipmaker Orrin Semi rose 4% on Monday.\n\nThe film was made by Lumen Pictures and shown in May.',
    );
    expect(orgs.find((o) => o.name === 'Orrin Semi')?.kind).toBe('company');
    expect(orgs.find((o) => o.name === 'Lumen Pictures')?.kind).toBe('company');
  });

  it('GIVEN "plants in Bergen and Skarvik, the company said" THEN neither town is an organization', () => {
    const { facts } = factsOf(
      'OSLO (Wire) - Halvik Motors will build batteries at plants in Bergen and Skarvik, the company said on Tuesday.\n\nThe plants will open in 2027.',
      '2025-06-05',
    );
    expect(facts.organizations.map((o) => o.name)).not.toContain('Skarvik');
    expect(facts.organizations.map((o) => o.name)).toContain('Halvik Motors');
  });

  it('GIVEN a name in apposition to a group ("Coast Watch, an environmental group, said") THEN it stays one', () => {
    const orgs = orgsOf(
      'Coast Watch, an environmental group, said the spill was larger than reported.\n\nThe group gave no figure.',
    );
    expect(orgs.map((o) => o.name)).toContain('Coast Watch');
  });
});
