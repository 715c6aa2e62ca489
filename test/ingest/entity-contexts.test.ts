import { describe, expect, it } from 'vitest';
import { factsOf } from './helpers.ts';

/** Made-up copy naming people, organizations and places by the context around them. */
const TEXT = `Riders hurt on descent
date 2024-05-02
Belgian Piet Vandaal of Ardent Pro Racing was taken to hospital in Belluno, officials said.

Ardent Pro Racing said in a statement that Vandaal had broken his wrist. Karl Moss of Team Sorvino won the stage.

In Brantovo, the district capital, the water rose two metres on Tuesday.

Dr. Mirela Velko, a virologist at the institute, said cases were reported in Kerava, Lemlar, Ostvik and Dunmore counties.

The hose came from Parnell Rubber Co. of Haldensk, Norway, the firm said.
`;
const { facts } = factsOf(TEXT, '2024-05-02');
const org = (name: string) => facts.organizations.find((o) => o.name === name);
const place = (name: string) => facts.places.find((p) => p.name === name);
const person = (name: string) => facts.people.find((p) => p.name === name);

describe('GIVEN a person named with "of" and what they belong to', () => {
  it('THEN the words before "of" are the person (nationality dropped) and the name after it an organization', () => {
    expect(person('Piet Vandaal')).toBeDefined();
    expect(person('Ardent Pro Racing')).toBeUndefined();
    expect(org('Ardent Pro Racing')).toBeDefined();
  });

  it('THEN "Team <Name>" is a team', () => {
    expect(org('Team Sorvino')?.kind).toBe('team');
  });

  it('THEN a name of a place after the "of" of a company is a place, placed by the country after it', () => {
    expect(org('Parnell Rubber Co.')).toBeDefined();
    expect(place('Haldensk')).toMatchObject({ country: 'no' });
  });
});

describe('GIVEN places named in lists, at the start of a sentence and by apposition', () => {
  it('THEN each name of a list before a plural kind word ("counties") is a place', () => {
    for (const name of ['Kerava', 'Lemlar', 'Ostvik', 'Dunmore']) expect(place(name)).toBeDefined();
  });

  it('THEN "In <Name>," opening a sentence places the name, and "the district capital" makes it no organization', () => {
    expect(place('Brantovo')).toBeDefined();
    expect(org('Brantovo')).toBeUndefined();
  });

  it('THEN a person described by "a virologist at the institute" is no organization', () => {
    expect(org('Mirela Velko')).toBeUndefined();
    expect(person('Mirela Velko')).toBeDefined();
  });
});
