import { describe, expect, it } from 'vitest';
import { factsOf } from './helpers.ts';

/** Acronyms and names an article writes for an organization it has named in full. */
const { facts } = factsOf(
  [
    'KELMAR, June 3 (Wire) - Regulators took control of Velsische Handelbank (VHB) on Tuesday.',
    '',
    'The National Rail Service will pay for the repairs, the U.S. Food and Drug Administration said.',
    '',
    'The NRS did not say when, and the FDA declined to comment. Steel came from state steel giant Ferrostal, the Gazzetta della Marina reported.',
  ].join('\n'),
  '2025-06-03',
);
const org = (name: string) => facts.organizations.find((o) => o.name === name);

describe('organization acronyms', () => {
  it('GIVEN "Velsische Handelbank (VHB)" THEN the bank is an organization with its acronym', () => {
    expect(org('Velsische Handelbank')?.acronyms).toContain('VHB');
  });

  it('GIVEN "NRS" and "FDA" alone after the full names THEN each is the acronym of its organization', () => {
    expect(org('National Rail Service')?.acronyms).toContain('NRS');
    expect(org('U.S. Food and Drug Administration')?.acronyms).toContain('FDA');
    expect(org('National Rail Service')?.mentions.some((m) => m.text === 'NRS')).toBe(true);
  });

  it('GIVEN "state steel giant Ferrostal" and "the Gazzetta della Marina" THEN both are organizations', () => {
    expect(org('Ferrostal')?.kind).toBe('company');
    expect(org('Gazzetta della Marina')).toBeDefined();
  });
});
