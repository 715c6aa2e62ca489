import { describe, expect, it } from 'vitest';
import { factsOf } from './helpers.ts';

/** A made-up article naming places the way news copy does, beyond "in <Place>" and the dateline. */
const TEXT = `Ferry operator expands fleet
date 2024-05-02
The Lakeview Ferry Company said on Thursday it would add four boats to its route linking the harbor with Kisumu, after ridership rose 30% last year.

The company, which has its head office in Fresno, California, employs 300 people. Its Mombasa-based parent, Coastline Holdings, ordered the boats from a yard on the Gold Shore, near the Korvath desert.

Chief executive Amina Otieno said crews would train in the Kestrelfjord this summer. "The lake is our road," Otieno said.

She said the boats would also serve fans travelling to the Lake Cup final, which the company sponsors.
`;
const { facts } = factsOf(TEXT, '2024-05-02');
const place = (name: string) => facts.places.find((p) => p.name === name);

describe('GIVEN places named by a larger city, "-based", "on the", and a lowercase kind word', () => {
  it('THEN a larger city of the world is a place with its country, placed by "with" as well as "in"', () => {
    expect(place('Kisumu')).toMatchObject({ kind: 'city', country: 'ke' });
    expect(place('Fresno')).toMatchObject({ kind: 'city', country: 'us' });
  });

  it('THEN "<City>-based" names the city', () => {
    expect(place('Mombasa')?.namesAsWritten).toEqual(['Mombasa']);
  });

  it('THEN "on the <Name>", "in the <Name>" and "the <Name> desert" name places, each citing its sentence', () => {
    expect(place('Gold Shore')).toBeDefined();
    expect(place('Kestrelfjord')).toBeDefined();
    expect(place('Korvath desert')?.kind).toBe('region');
    for (const p of facts.places) expect(p.evidence.sentences.length).toBeGreaterThan(0);
  });

  it('THEN an event after "to the" and a person are no places', () => {
    const names = facts.places.map((p) => p.name);
    expect(names).not.toContain('Lake Cup');
    expect(names).not.toContain('Amina Otieno');
    expect(names).not.toContain('Otieno');
  });
});
