import { describe, expect, it } from 'vitest';
import { factsOf } from './helpers.ts';

const speakerOf = (text: string, quoteStart: string) => {
  const { facts } = factsOf(text);
  const quote = facts.quotes.find((q) => q.text.startsWith(quoteStart));
  return quote ? (facts.people.find((p) => p.key === quote.speakerKey)?.name ?? quote.speaker) : undefined;
};

describe('quotes: the speaker of an appositive, a second quoted sentence, "saying"', () => {
  it('GIVEN "X, a specialist at Y, called it "..."" THEN X speaks, not the description', () => {
    expect(
      speakerOf(
        'Dr. Anil Rao, a heart specialist at Northfield University who was not involved, called the results "striking" on Monday.',
        'striking',
      ),
    ).toBe('Anil Rao');
  });

  it('GIVEN "X, president of the Y Association (YA), called the win "..."" THEN X speaks, not the association', () => {
    expect(
      speakerOf(
        'Lee Dong-hyun, president of the Korea Rowing Association (KRA), called the win "a proud day for us." He met the crew later.',
        'a proud day',
      ),
    ).toBe('Lee Dong-hyun');
  });

  it('GIVEN "X, who rode in, called it "..."" and "X, a Social Democrat, said" THEN X speaks, and no person "Social Democrat"', () => {
    const { facts } = factsOf(
      'Mayor Tom Reed, who rode across on a bicycle, called the lane "the best thing in years," officials said.\n\nRegional Minister Ana Soler, a Social Democrat, said the result was "a verdict on the region" and not a national test.',
    );
    const by = (start: string) =>
      facts.people.find((p) => p.key === facts.quotes.find((q) => q.text.startsWith(start))?.speakerKey)
        ?.name;
    expect(by('the best thing')).toBe('Tom Reed');
    expect(by('a verdict')).toBe('Ana Soler');
    expect(facts.people.map((p) => p.name)).not.toContain('Social Democrat');
  });

  it('GIVEN a quoted sentence right after a quote with "said X" in the same paragraph THEN the same speaker (inferred)', () => {
    const { facts } = factsOf(
      '"We waited six years," said Rosa Diaz, 58, who runs a bakery near the bridge. "Business dropped by a third."',
    );
    const second = facts.quotes.find((q) => q.text.startsWith('Business dropped'))!;
    expect(second).toMatchObject({ attribution: 'inferred' });
    expect(facts.people.find((p) => p.key === second.speakerKey)?.name).toBe('Rosa Diaz');
  });

  it('GIVEN "X denied it, saying she left "to ..."" and "She said only that it "..."" THEN the subject speaks', () => {
    expect(
      speakerOf(
        'Health Minister Ines Moura denied any wrongdoing on Monday, saying she was leaving "to protect the ministry."',
        'to protect',
      ),
    ).toBe('Ines Moura');
    expect(
      speakerOf(
        'Top seed Klara Novak lost the final on Sunday.\n\nShe gave no details, saying only that it "was not the reason" for the loss.',
        'was not the reason',
      ),
    ).toBe('Klara Novak');
  });
});

describe('people: particles, the family name first, relations', () => {
  it('GIVEN "Former judge Hendrik van Amstel" and "Moura\'s husband, Rui Sampaio," THEN both are people', () => {
    const { facts } = factsOf(
      "Former judge Hendrik van Amstel was appointed on Tuesday. Health Minister Ines Moura resigned.\n\nMoura's husband, Rui Sampaio, holds a 40% stake in the firm.",
    );
    const names = facts.people.map((p) => p.name);
    expect(names).toEqual(expect.arrayContaining(['Hendrik van Amstel', 'Rui Sampaio']));
    expect(facts.people.find((p) => p.name === 'Rui Sampaio')?.role).toBe('husband');
  });

  it('GIVEN "Park Ha-eun" and later "Park" alone THEN the family name is linked to her (a venue word alone is no obstacle)', () => {
    const { facts } = factsOf(
      "South Korea's Park Ha-eun won the final on Sunday, officials said.\n\nPark, 22, needed two hours to win.",
    );
    const park = facts.people.find((p) => p.name === 'Park Ha-eun')!;
    expect(park.namesAsWritten).toContain('Park');
  });
});

describe('places: in a country, of a country, "The Hague", neighborhoods', () => {
  it('GIVEN "to Antwerp in Belgium", "Spain\'s Aragon on Sunday", "in The Hague", "the X and Y neighborhoods" THEN places', () => {
    const { facts } = factsOf(
      "Lines diverted cargo to Antwerp in Belgium, the minister told reporters in The Hague.\n\nThe party won a regional vote in Spain's Aragon on Sunday. For residents of the Northgate and Eastfield neighborhoods, the wait was long.",
    );
    const place = (name: string) => facts.places.find((p) => p.name === name);
    expect(place('Antwerp')).toMatchObject({ country: 'be' });
    expect(place('Aragon')).toMatchObject({ kind: 'region', country: 'es' });
    expect(place('The Hague')).toBeDefined();
    expect(place('Northgate')?.kind).toBe('district');
    expect(place('Eastfield')?.kind).toBe('district');
  });

  it('GIVEN "South Korea\'s Defense and Foreign ministries" THEN no place "Defense"', () => {
    const { facts } = factsOf("South Korea's Defense and Foreign ministries said the talks went well.");
    expect(facts.places.map((p) => p.name)).not.toContain('Defense');
  });
});

describe('figures: labels and the words questions use', () => {
  it('GIVEN counts with what is said of them THEN labels name it; a listed number shares the noun; an earlier year is in the label', () => {
    const { facts } = factsOf(
      'The council said 214 people were injured and nine were missing. The party won 26 of the 67 seats in the regional parliament, up from 21.\n\nIn August 2019, a quake in the same province killed eight people.',
      '2025-02-14',
    );
    const by = (asWritten: string) => facts.figures.find((f) => f.asWritten === asWritten);
    expect(by('214 people')?.label).toBe('People injured');
    expect(by('nine')).toMatchObject({ unit: 'people', label: 'People missing' });
    expect(by('26')?.unit).toBe('seats');
    expect(by('21')?.unit).toBe('seats');
    expect(by('67 seats')?.label).toBe('Seats in the regional parliament');
    expect(by('eight people')?.label).toBe('People killed in August 2019');
  });

  it('GIVEN a depth and a share of the vote THEN keywords carry "deep" and "share"', () => {
    const { facts } = factsOf(
      'The quake struck at a depth of 14 kilometers, officials said. The party took 31.4% of the vote.',
      '2025-02-14',
    );
    expect(facts.figures.find((f) => f.asWritten === '14 kilometers')?.keywords).toContain('deep');
    expect(facts.figures.find((f) => f.asWritten === '31.4%')?.keywords).toContain('share');
  });
});
