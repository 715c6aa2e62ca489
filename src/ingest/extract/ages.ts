import type { ExtractionInput, PersonFact } from './types.ts';

/**
 * Back references by age: "..., the 27-year-old said." names no one, but when exactly one
 * person is named in that sentence before it (or, if none is, in the sentence before), the phrase is theirs
 * and goes to their title variants with its sentence as evidence. Two people in reach: left out.
 */
const YEAR_OLD = /\b[Tt]he (\d{1,3})-year-old\b(?! \p{Lu})/gu;

export function agesFromBackReferences(input: ExtractionInput, people: PersonFact[]): void {
  input.sentences.forEach((sentence, i) => {
    for (const m of sentence.text.matchAll(YEAR_OLD)) {
      if (Number(m[1]) >= 120) continue;
      const at = sentence.start + m.index;
      const named = (id: string | undefined, before = Infinity) =>
        new Set(
          people
            .filter((p) => p.mentions.some((mention) => mention.sentence === id && mention.end <= before))
            .map((p) => p.key),
        );
      let owners = named(sentence.id, at);
      if (owners.size === 0) owners = named(input.sentences[i - 1]?.id);
      if (owners.size !== 1) continue;
      const person = people.find((p) => owners.has(p.key))!;
      const phrase = m[0];
      if (!person.titleVariants.includes(phrase) && person.title !== phrase)
        person.titleVariants.push(phrase);
      if (!person.evidence.sentences.includes(sentence.id)) {
        person.evidence.sentences.push(sentence.id);
        person.evidence.quotes.push(m[0]);
      }
    }
  });
}
