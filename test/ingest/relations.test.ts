import { describe, expect, it } from 'vitest';
import { factsOf } from './helpers.ts';

const role = (facts: ReturnType<typeof factsOf>['facts'], key: string) =>
  facts.event.participants.find((p) => p.organization === key || p.people.includes(key));

describe('event roles from a relation verb between two parties', () => {
  it('GIVEN "A beat 9-man B" in the lead THEN A is the winner, B the loser, and each side takes its coach', () => {
    const { facts } = factsOf(
      [
        'Harbor Lions win the Plate',
        '',
        'MARETTA, June 2 (Wire) - Harbor Lions FC beat 9-man Ridgeway Rovers FC 3-0 in the Plate final on Sunday.',
        '',
        '"We were ready," Harbor Lions FC coach Ola Brennick said.',
        '',
        'Ridgeway Rovers FC coach Tam Velloso said his side had tired.',
      ].join('\n'),
      '2024-06-02',
    );
    const lions = facts.organizations.find((o) => o.name.startsWith('Harbor Lions'))!;
    const rovers = facts.organizations.find((o) => o.name.startsWith('Ridgeway Rovers'))!;
    const winner = role(facts, lions.key)!;
    expect(winner.role).toBe('winner');
    expect(winner.evidence.quotes[0]).toBe('Harbor Lions FC beat 9-man Ridgeway Rovers FC');
    expect(role(facts, rovers.key)!.role).toBe('loser');
    const coach = facts.people.find((p) => p.name === 'Ola Brennick')!;
    expect(winner.people).toContain(coach.key);
  });

  it('GIVEN "A sued B" THEN A is the plaintiff and B the defendant', () => {
    const { facts } = factsOf(
      [
        'Orchard Foods Inc. sued Kelvane Logistics Ltd. in federal court on Monday over a broken supply contract.',
        '',
        'A spokesperson for Kelvane Logistics Ltd. declined to comment.',
      ].join('\n'),
    );
    const orchard = facts.organizations.find((o) => o.name.startsWith('Orchard Foods'))!;
    const kelvane = facts.organizations.find((o) => o.name.startsWith('Kelvane'))!;
    expect(role(facts, orchard.key)?.role).toBe('plaintiff');
    expect(role(facts, kelvane.key)?.role).toBe('defendant');
  });

  it('GIVEN two parties joined by a word that is no relation verb THEN neither gets a winner or loser role', () => {
    const { facts } = factsOf(
      'Harbor Lions FC met Ridgeway Rovers FC in a friendly match on Sunday in Maretta, the club said.',
    );
    expect(facts.event.participants.map((p) => p.role)).not.toContain('winner');
    expect(facts.event.participants.map((p) => p.role)).not.toContain('loser');
  });
});

describe('a person who does something first, then beats a titled rival; countries written with names', () => {
  const { facts } = factsOf(
    [
      "MARETTA, June 2 (Wire) -- Norway's Ida Lund saved two break points and beat second seed Vera Sokol of Poland 6-3, 7-5 in the final of the Maretta Open on Sunday.",
      '',
      '"It was a long week," Lund said.',
      '',
      'Sokol said her serve had let her down.',
    ].join('\n'),
    '2024-06-02',
  );
  const person = (name: string) => facts.people.find((p) => p.name === name)!;

  it('GIVEN "A saved ... and beat second seed B" THEN A is the winner and B the loser', () => {
    expect(role(facts, person('Ida Lund').key)?.role).toBe('winner');
    expect(role(facts, person('Vera Sokol').key)?.role).toBe('loser');
  });

  it('GIVEN "Country\'s A" and "B of Country" THEN each person has that country', () => {
    expect(person('Ida Lund').country).toBe('no');
    expect(person('Vera Sokol').country).toBe('pl');
  });

  it('GIVEN a person written with two different countries THEN the country is left out', () => {
    const mixed = factsOf(
      "Norway's Ida Lund met reporters. Later, Ida Lund of Poland said she was tired, Lund said.",
    ).facts.people.find((p) => p.name === 'Ida Lund');
    expect(mixed?.country).toBeUndefined();
  });
});
