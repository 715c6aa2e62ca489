import { describe, expect, it } from 'vitest';
import { factsOf } from './helpers.ts';

/** What the lead announces ("said it would") and a plan ("aims to"), by a named organization or a common noun. */
const { facts } = factsOf(
  [
    'AARHUS (Wire) - Danish carmaker Velto Automotive said on Tuesday it would call back 9,000 vans after a faulty valve was found.',
    '',
    'The carmaker aims to finish the repairs by March.',
    '',
    'Velto said it would not comment on costs.',
  ].join('\n'),
  '2025-06-03',
);
const plan = (needle: string) => facts.outcomes.find((o) => o.statement.includes(needle));

describe('reported plans as outcomes', () => {
  it('GIVEN a lead "X said on Tuesday it would call back" THEN X announced it', () => {
    const velto = facts.organizations.find((o) => o.name === 'Velto Automotive')!;
    expect(plan('call back')?.modality).toBe('announced');
    expect(plan('call back')?.parties).toContain(velto.key);
  });

  it('GIVEN "The carmaker aims to finish the repairs by March" THEN a plan of the carmaker, dated', () => {
    expect(plan('aims to')).toMatchObject({ modality: 'planned', parties: ['the carmaker'] });
    expect(plan('aims to')?.date?.value).toBe('2026-03');
  });

  it('GIVEN "said it would not comment" THEN no plan', () => {
    expect(plan('not comment')?.modality).not.toBe('planned');
  });
});
