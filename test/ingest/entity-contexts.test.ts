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

describe('GIVEN places named in lists and by apposition', () => {
  it('THEN each name of a list before a plural kind word ("counties") is a place', () => {
    for (const name of ['Kerava', 'Lemlar', 'Ostvik', 'Dunmore']) expect(place(name)).toBeDefined();
  });

  it('THEN "<Name>, the district capital," makes the name no organization', () => {
    expect(org('Brantovo')).toBeUndefined();
  });

  it('THEN a person described by "a virologist at the institute" is no organization', () => {
    expect(org('Mirela Velko')).toBeUndefined();
    expect(person('Mirela Velko')).toBeDefined();
  });
});

const MORE = `Shipping line sees delays
date 2024-05-02
The ship is operated by the Panama-based Corvaldi Line, which did not comment. "It is early," Tessaro Securities analyst Ruth Brenmoor told Quillan Television.

Jorge Pell, the leader of the small Halcyon Renewal, spoke first. Halcyon Renewal leader Jorge Pell said the deal was fair.

Frenchman Luc Marwick, head of surgery at Tarsk Memorial hospital in Seville, said admissions rose. Ships may sail around Cape Drovna or stop at Lake Orlen.

The heat also reached northern Chile and Central Texas.
`;
const more = factsOf(MORE, '2024-05-02').facts;
const orgIn = (name: string) => more.organizations.find((o) => o.name === name);
const placeIn = (name: string) => more.places.find((p) => p.name === name);

describe('GIVEN organizations named by context and by general industry words', () => {
  it('THEN a name after "<Place>-based" is an organization', () => {
    expect(orgIn('Corvaldi Line')).toBeDefined();
  });

  it('THEN "Securities" and "Television" end the names of a company and a broadcaster', () => {
    expect(orgIn('Tessaro Securities')?.kind).toBe('company');
    expect(orgIn('Quillan Television')?.kind).toBe('media');
  });

  it('THEN a shorter title ("Halcyon Renewal leader") gives the organization the fuller one hides', () => {
    const pell = more.people.find((p) => p.name === 'Jorge Pell');
    expect(orgIn('Halcyon Renewal')).toBeDefined();
    expect(pell?.organization).toBe(orgIn('Halcyon Renewal')?.key);
  });

  it('THEN "Frenchman" is no part of a name', () => {
    expect(more.people.map((p) => p.name)).toContain('Luc Marwick');
    expect(more.people.map((p) => p.name)).not.toContain('Frenchman Luc Marwick');
  });
});

describe('GIVEN places named by a kind word first or by a direction', () => {
  it('THEN "Cape <Name>" and "Lake <Name>" are places', () => {
    expect(placeIn('Cape Drovna')).toBeDefined();
    expect(placeIn('Lake Orlen')).toBeDefined();
  });

  it('THEN "northern Chile" and "Central Texas" are regions of their own', () => {
    expect(placeIn('Northern Chile')).toMatchObject({ kind: 'region', namesAsWritten: ['northern Chile'] });
    expect(placeIn('Central Texas')).toMatchObject({ kind: 'region', country: 'us' });
  });
});

const THIRD = `Port traffic slows
date 2024-05-02
"It is early," said Ida Voskar, a freight analyst at Lindqvale Trade Watch in Panama City.

Dutchman Erik Talvi of Orvane Cycling crashed. Talvi said he was fine.

She spoke by telephone from the provincial capital, Dravik. The bank merged with a Tampere savings institution in 1998.

Dockers gathered outside the Sunna terminals, and a councillor for a district on the Eastern Shore said trade was slow.
`;
const third = factsOf(THIRD, '2024-05-02').facts;
const orgOf = (name: string) => third.organizations.find((o) => o.name === name);
const placeOf = (name: string) => third.places.find((p) => p.name === name);

describe('GIVEN posts held at a name and people of a team', () => {
  it('THEN "a freight analyst at <Name> in <City>" makes the name the organization the person works for', () => {
    const ida = third.people.find((p) => p.name === 'Ida Voskar');
    expect(orgOf('Lindqvale Trade Watch')).toBeDefined();
    expect(ida?.organization).toBe(orgOf('Lindqvale Trade Watch')?.key);
  });

  it('THEN "<Nationality>man X of <Org>" gives the person that organization and that country', () => {
    const erik = third.people.find((p) => p.name === 'Erik Talvi');
    expect(erik?.organization).toBe(orgOf('Orvane Cycling')?.key);
    expect(erik?.country).toBe('nl');
    expect(third.countries.map((c) => c.code)).toContain('nl');
  });
});

describe('GIVEN places named by a capital, as a modifier, by a plural kind word and after "on the"', () => {
  it('THEN "the provincial capital, <Name>" is a city', () => {
    expect(placeOf('Dravik')).toBeDefined();
  });

  it('THEN a larger city before a noun ("a Tampere savings institution") is a place', () => {
    expect(placeOf('Tampere')).toBeDefined();
  });

  it('THEN "the <Name> terminals" is a place, and "on the Eastern Shore" too (a direction is no title there)', () => {
    expect(placeOf('Sunna terminals')).toBeDefined();
    expect(placeOf('Eastern Shore')).toBeDefined();
  });
});
