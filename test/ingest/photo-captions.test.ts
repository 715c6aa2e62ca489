import { describe, expect, it } from 'vitest';
import { factsOf } from './helpers.ts';

/** Made-up articles whose captions place people as wire captions do. */
const LIST = `Ferry operator expands fleet
date 2024-05-02
The Lakeview Ferry Company said on Thursday it would add four boats to its route, after ridership rose 30% last year, chief executive Amina Otieno said.

Harbor master Joel Brandt said the new boats would dock at the east pier. Union leader Petra Olsen welcomed the plan.

Pictured from left: union leader Petra Olsen, Lakeview Ferry Company chief executive Amina Otieno and harbor master Joel Brandt tour the east pier on Wednesday, May 1, 2024. (AP Photo/Ann Lee)
`;
const AT_SIDE = `Dam repairs begin
date 2024-05-02
Engineers began repairs on the Tarnow dam on Thursday, site manager Oskar Wend said. Regional governor Ilse Marr visited the works.

Photo: Site manager Oskar Wend, pictured at left, shows regional governor Ilse Marr, at right, the cracked spillway on Thursday. REUTERS/Tim Holt
`;
const person = (facts: ReturnType<typeof factsOf>['facts'], name: string) =>
  facts.people.find((p) => p.name === name);

describe('GIVEN a caption that places the people it names', () => {
  it('THEN "Pictured from left: A, B and C" puts A at the left, B in the center and C at the right', () => {
    const { facts } = factsOf(LIST, '2024-05-02');
    expect(person(facts, 'Petra Olsen')?.photoPosition).toMatchObject({ side: 'left', fromSide: 1 });
    expect(person(facts, 'Amina Otieno')?.photoPosition).toMatchObject({ side: 'center' });
    expect(person(facts, 'Joel Brandt')?.photoPosition).toMatchObject({ side: 'right', fromSide: 1 });
    expect(person(facts, 'Joel Brandt')?.photoPosition?.asWritten).toBe('Pictured from left:');
  });

  it('THEN a "Photo:" caption with "pictured at left" and "at right" places both, its credit kept apart', () => {
    const { facts, doc } = factsOf(AT_SIDE, '2024-05-02');
    expect(doc.sentences.find((s) => s.kind === 'caption')?.text).toMatch(/^Photo: Site manager/);
    expect(doc.sentences.find((s) => s.kind === 'credit')?.text).toBe('REUTERS/Tim Holt');
    expect(person(facts, 'Oskar Wend')?.photoPosition).toMatchObject({
      side: 'left',
      asWritten: 'pictured at left',
    });
    expect(person(facts, 'Ilse Marr')?.photoPosition).toMatchObject({ side: 'right', asWritten: 'at right' });
  });
});
