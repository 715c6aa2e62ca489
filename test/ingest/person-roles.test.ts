import { describe, expect, it } from 'vitest';
import { factsOf } from './helpers.ts';

/** A person's role keeps the words the title writes around its title word. */
const { facts } = factsOf(
  [
    'TARVIK, June 3 (Wire) - "We are close," said Ilse Marrow, the head of salvage operations at the port authority.',
    '',
    '"It will take time," said Oren Talbe, chief economist at Velt Capital in Tarvik.',
    '',
    'Kelmar Motors named Dana Pirell, the sporting director of Tarvik United, on Monday.',
    '',
    'Ruth Ebbe, the president of the Dockers Union, said members would vote.',
  ].join('\n'),
  '2025-06-03',
);
const role = (name: string) => facts.people.find((p) => p.name === name)?.role;

describe('roles from titles', () => {
  it('GIVEN "the head of salvage operations at ..." THEN the role is "head of salvage operations"', () => {
    expect(role('Ilse Marrow')).toBe('head of salvage operations');
  });

  it('GIVEN "chief economist at ..." and "the sporting director of ..." THEN the modifiers stay', () => {
    expect(role('Oren Talbe')).toBe('chief economist');
    expect(role('Dana Pirell')).toBe('sporting director');
  });

  it('GIVEN "the president of the Dockers Union" THEN the role ends before the organization', () => {
    expect(role('Ruth Ebbe')).toBe('president');
  });
});
