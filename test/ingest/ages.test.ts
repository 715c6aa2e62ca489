import { describe, expect, it } from 'vitest';
import { buildModel } from '../../src/ingest/build.ts';
import { factsOf } from './helpers.ts';

describe('an age written as a back reference ("the 31-year-old said")', () => {
  const text = [
    'Coach Mara Quill said the squad was ready for the final.',
    '',
    'Striker Oren Vask scored twice. "I felt sharp all week," the 31-year-old said.',
  ].join('\n');

  it('GIVEN one person named before it THEN the phrase is their title variant, with its sentence', () => {
    const { facts } = factsOf(text);
    const vask = facts.people.find((p) => p.name === 'Oren Vask')!;
    expect(vask.titleVariants).toContain('the 31-year-old');
    expect(vask.evidence.quotes).toContain('the 31-year-old');
    expect(facts.people.find((p) => p.name === 'Mara Quill')!.titleVariants).not.toContain('the 31-year-old');
  });

  it('GIVEN the built model THEN the variant is kept and the model cites where it is written', () => {
    const { source, doc, facts } = factsOf(text);
    const model = buildModel(source, doc, facts, {
      id: 'made-up-final',
      headline: 'Made-up final',
      headlineDerived: false,
      published: { value: '2024-04-17', asWritten: '2024-04-17', fromMetadata: true },
      agency: 'Wire',
      ingestedOn: '2024-04-18',
    }) as { people: { name: string; titleVariants: string[] }[] };
    expect(model.people.find((p) => p.name === 'Oren Vask')!.titleVariants).toContain('the 31-year-old');
  });

  it('GIVEN two people named before it THEN nobody gets the age', () => {
    const { facts } = factsOf(
      'Striker Oren Vask and coach Mara Quill spoke after the match, the 31-year-old said, and Vask left. Quill stayed.',
    );
    expect(facts.people.flatMap((p) => p.titleVariants)).not.toContain('the 31-year-old');
  });
});
