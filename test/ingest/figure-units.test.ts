import { describe, expect, it } from 'vitest';
import { factsOf } from './helpers.ts';

/** A count's unit is the head of the noun phrase after the number, past adjectives and names before it. */
const { facts } = factsOf(
  [
    'TARVIK, June 3 (Wire) - Kelmar Motors said on Tuesday it would call back 52,400 Ostra compact SUVs after a faulty valve was found.',
    '',
    'The firm had received 9 complaints from seven regional dealers, and the board weighed 14 other options.',
    '',
    'In 2019 Kelmar sold 3,000 cars.',
  ].join('\n'),
  '2025-06-03',
);
const figure = (needle: string) => facts.figures.find((f) => f.asWritten.includes(needle));

describe('count units past modifiers', () => {
  it('GIVEN "52,400 Ostra compact SUVs" THEN the unit is the SUVs, not the model name', () => {
    expect(figure('52,400')).toMatchObject({ value: 52400, unit: 'SUVs' });
    expect(figure('52,400')?.label).toMatch(/SUVs/);
  });

  it('GIVEN "seven regional dealers" and "14 other options" THEN each counts its own noun', () => {
    expect(figure('seven')).toMatchObject({ value: 7, unit: 'dealers' });
    expect(figure('14 other')).toMatchObject({ value: 14, unit: 'options' });
  });

  it('GIVEN a year before a name ("In 2019 Kelmar sold") THEN the year counts nothing', () => {
    expect(facts.figures.some((f) => f.value === 2019)).toBe(false);
  });
});

describe('a country’s dollar sign', () => {
  it('GIVEN "C$1.2 billion" and then "$300 million" THEN both are Canadian dollars, "US$" stays U.S.', () => {
    const { facts: f } = factsOf(
      'The tunnel will cost C$1.2 billion, with $300 million from the province and US$50 million from a bank.\n\nWork starts in May.',
      '2025-06-03',
    );
    const money = (needle: string) => f.figures.find((x) => x.asWritten.includes(needle))?.currency;
    expect(money('1.2 billion')).toBe('CAD');
    expect(money('300 million')).toBe('CAD');
    expect(money('50 million')).toBe('USD');
  });

  it('GIVEN only "$" THEN it is U.S. dollars', () => {
    const { facts: f } = factsOf('The tunnel will cost $300 million.\n\nWork starts in May.', '2025-06-03');
    expect(f.figures[0]?.currency).toBe('USD');
  });
});

describe('a count whose unit is named before it', () => {
  it('GIVEN "a crowd of 41,730" and "an attendance of about 38,900" THEN both count spectators', () => {
    const { facts: f } = factsOf(
      'A crowd of 41,730 watched the final on Sunday in the capital, officials said.\n\nIt beat the attendance of about 38,900 at last year’s final.',
    );
    expect(f.figures.find((x) => x.asWritten.includes('41,730'))?.unit).toBe('spectators');
    expect(f.figures.find((x) => x.asWritten.includes('38,900'))?.unit).toBe('spectators');
  });

  it('GIVEN "a group of 300" THEN the number keeps no invented unit', () => {
    const { facts: f } = factsOf(
      'A group of 300 protested outside the ministry on Monday.\n\nPolice watched.',
    );
    expect(f.figures.find((x) => x.asWritten.includes('300'))?.unit).toBeUndefined();
  });
});

describe('counts written as words and compounds', () => {
  const { facts: f } = factsOf(
    [
      'TARVIK, June 3 (Wire) - Kelmar Motors said on Tuesday it would call back its vans.',
      '',
      'Thirty-four inspectors were on duty. The panel issued a 62-page report on 118 road-safety complaints.',
      '',
      'The nine-member board met on Monday, when temperatures fell to minus 14 degrees.',
      '',
      'Dealers will fit a 30-centimetre steel bracket.',
    ].join('\n'),
    '2025-06-03',
  );
  const fig = (needle: string) => f.figures.find((x) => x.asWritten.includes(needle));

  it('GIVEN "Thirty-four inspectors" THEN it counts 34 inspectors', () => {
    expect(fig('Thirty-four')).toMatchObject({ value: 34, unit: 'inspectors' });
  });

  it('GIVEN "a 62-page report" and "a nine-member board" THEN the unit is the noun joined by the hyphen', () => {
    expect(fig('62-page')).toMatchObject({ value: 62, unit: 'pages', label: 'Report' });
    expect(fig('nine-member')).toMatchObject({ value: 9, unit: 'members', label: 'Board' });
  });

  it('GIVEN "118 road-safety complaints" THEN the unit is the head noun past the compound', () => {
    expect(fig('118')).toMatchObject({ value: 118, unit: 'complaints' });
  });

  it('GIVEN "minus 14 degrees" THEN the temperature is below zero', () => {
    expect(fig('minus 14')).toMatchObject({ value: -14, unit: 'degrees', measures: 'temperature' });
  });

  it('GIVEN "a 30-centimetre steel bracket" THEN it is a length in centimetres', () => {
    expect(fig('30-centimetre')).toMatchObject({ value: 30, unit: 'centimetres', measures: 'length' });
  });
});
