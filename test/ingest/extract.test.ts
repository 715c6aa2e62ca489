import { describe, expect, it } from 'vitest';
import { factsOf } from './helpers.ts';

const text = [
  'Harbor Metals posts record profit',
  'date 2024-04-17',
  'LIMA, April 17 (Reuters) - Harbor Metals Corp. on Wednesday reported a 12% rise in first-quarter profit, and chief executive Maria Quispe said demand from China was strong.',
  'Net income rose to $210.5 million from $187.9 million a year earlier. The company employs about 4,200 people.',
  'Jorge Salas, chief financial officer of Harbor Metals, said costs had risen. "We are watching prices closely. Nobody should expect a miracle," Salas said.',
  '"The quarter was solid," said Quispe, who joined the company in 2019.',
  'The National Mining Agency (NMA) said in a statement that it would review the permits. According to the NMA, two mines in Arequipa will reopen in June.',
  'Analyst Rosa Quispe-Vidal of Andes Capital Partners called the results "better than feared."',
  'Maria Quipse also visited the mine at Cerro Verde.',
].join('\n\n');
const { facts } = factsOf(text);
const person = (name: string) => facts.people.find((p) => p.name === name);

describe('people', () => {
  it('GIVEN a title before the name THEN the person with the title as written and a normalised role', () => {
    expect(person('Maria Quispe')).toMatchObject({ title: 'chief executive', role: 'chief executive' });
  });

  it('GIVEN an appositive "X, title of Org," THEN the title and the organization', () => {
    const salas = person('Jorge Salas')!;
    expect(salas.title).toBe('chief financial officer of Harbor Metals');
    expect(salas.organization).toBe(facts.organizations.find((o) => o.name === 'Harbor Metals Corp.')!.key);
  });

  it('GIVEN the surname alone and a misspelling later THEN they are linked to the same person', () => {
    expect(person('Jorge Salas')!.namesAsWritten).toContain('Salas');
    expect(person('Maria Quispe')!.namesAsWritten).toEqual(
      expect.arrayContaining(['Quispe', 'Maria Quipse']),
    );
    expect(facts.people.filter((p) => /Quip|Quisp/.test(p.name)).map((p) => p.name)).toEqual([
      'Maria Quispe',
      'Rosa Quispe-Vidal',
    ]);
  });

  it('GIVEN capitalised words with no sign of a person THEN no person is made up', () => {
    expect(facts.people.map((p) => p.name)).not.toEqual(
      expect.arrayContaining(['Cerro Verde', 'Harbor Metals', 'National Mining Agency']),
    );
  });

  it('GIVEN a caption with photo positions THEN each person keeps theirs', () => {
    const { facts: captioned } = factsOf(
      'Talks open\n\nAnna Berg (second from left) and Olav Lie (right), trade ministers, meet in Oslo on Monday. (Reuters)\n\nOSLO, April 15 (Reuters) - Norway and Sweden opened trade talks on Monday, Berg said.',
    );
    const berg = captioned.people.find((p) => p.name === 'Anna Berg')!;
    expect(berg.photoPosition).toEqual({ asWritten: '(second from left)', side: 'left', fromSide: 2 });
    expect(captioned.people.find((p) => p.name === 'Olav Lie')!.photoPosition).toEqual({
      asWritten: '(right)',
      side: 'right',
      fromSide: 1,
    });
  });
});

describe('organizations', () => {
  it('GIVEN a suffix, a short form and an acronym in parentheses THEN one organization each, linked', () => {
    const harbor = facts.organizations.find((o) => o.name === 'Harbor Metals Corp.')!;
    expect(harbor.kind).toBe('company');
    expect(harbor.namesAsWritten).toContain('Harbor Metals');
    const agency = facts.organizations.find((o) => o.name === 'National Mining Agency')!;
    expect(agency).toMatchObject({ kind: 'agency', acronyms: ['NMA'] });
    expect(agency.mentions.filter((m) => m.text === 'NMA').length).toBe(2);
    expect(facts.organizations.find((o) => o.name === 'Andes Capital Partners')?.kind).toBe('company');
    expect(facts.organizations.find((o) => o.name === 'Reuters')?.kind).toBe('media');
  });
});

describe('places', () => {
  it('GIVEN the dateline, a gazetteer country and "in <Place>" THEN places and countries', () => {
    expect(facts.places.find((p) => p.name === 'Lima')).toMatchObject({
      kind: 'city',
      country: 'pe',
      namesAsWritten: ['LIMA'],
    });
    expect(facts.places.find((p) => p.name === 'Arequipa')).toMatchObject({ kind: 'city' });
    expect(facts.countries.map((c) => c.code)).toContain('cn');
  });
});

describe('quotes', () => {
  it('GIVEN a quote over two sentences ending ", X said" THEN one quote with both sentences and the speaker', () => {
    const quote = facts.quotes.find((q) => q.text.startsWith('We are watching'))!;
    expect(quote.text).toBe('We are watching prices closely. Nobody should expect a miracle');
    expect(quote.evidence.sentences).toHaveLength(2);
    expect(quote.speakerKey).toBe(person('Jorge Salas')!.key);
    expect(quote.verb).toBe('said');
  });

  it('GIVEN "..., said X" and "X called ... “...”" THEN the speaker after or before the verb', () => {
    expect(facts.quotes.find((q) => q.text === 'The quarter was solid')).toMatchObject({
      speakerKey: person('Maria Quispe')!.key,
      attribution: 'explicit',
    });
    expect(facts.quotes.find((q) => q.text.startsWith('better than feared'))).toMatchObject({
      speakerKey: person('Rosa Quispe-Vidal')!.key,
      verb: 'called',
    });
  });

  it('GIVEN a quote nobody is said to have said THEN it is left out with a warning', () => {
    const { facts: f } = factsOf(
      'The plan was called "a bold step" in some quarters on Monday.\n\nThe vote is next week, and the chamber is divided on the measure.',
    );
    expect(f.quotes).toEqual([]);
    expect(f.warnings.some((w) => w.includes('a bold step'))).toBe(true);
  });
});

describe('figures', () => {
  it('GIVEN money with a scale, a percentage, an approximate count THEN value, unit, currency and words as written', () => {
    const figure = (asWritten: string) => facts.figures.find((f) => f.asWritten === asWritten);
    expect(figure('$210.5 million')).toMatchObject({
      value: 210_500_000,
      currency: 'USD',
      scale: 'million',
      measures: 'money',
      comparedWith: 'from $187.9 million',
    });
    expect(figure('12%')).toMatchObject({
      value: 12,
      unit: 'percent',
      measures: 'percentage',
      period: 'first-quarter',
    });
    expect(figure('4,200 people')).toMatchObject({
      value: 4200,
      unit: 'people',
      approximate: true,
      measures: 'count',
    });
    expect(figure('two mines')).toMatchObject({ value: 2, unit: 'mines' });
  });
});

describe('event, timeline, summaries', () => {
  it('GIVEN an earnings lead THEN the main event is earnings on the lead day in the dateline city', () => {
    expect(facts.event.kind).toBe('earnings');
    expect(facts.event.date).toMatchObject({ precision: 'day', value: '2024-04-17' });
    expect(facts.event.place).toBe(facts.places.find((p) => p.name === 'Lima')!.key);
    expect(facts.event.participants.map((p) => p.role)).toEqual(
      expect.arrayContaining(['chief executive', 'company']),
    );
  });

  it('GIVEN other dated sentences THEN they form the timeline in date order', () => {
    expect(facts.timeline.map((t) => [t.date.value, t.date.precision])).toEqual([
      ['2019', 'year'],
      ['2024-06', 'month'],
    ]);
  });

  it('GIVEN the body THEN three extractive summaries of growing length starting with the lead', () => {
    const { oneLine, short, detailed } = facts.summaries;
    expect(oneLine).toEqual(['p2s1']); // p2s0 is the dateline
    expect(short[0]).toBe('p2s1');
    expect(short.length).toBe(3);
    expect(detailed.length).toBeGreaterThan(short.length);
  });
});
