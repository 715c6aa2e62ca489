import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { factsOf } from './helpers.ts';

/**
 * Made-up articles (a council vote, a storm, a measles outbreak, a painting's return), not tuned on: a job
 * title written before a name is no part of the name, and a name that ends in a venue word ("Park") is a
 * person's when an honorific stands before it.
 */
const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}.txt`, import.meta.url), 'utf8');
const names = (name: string) => factsOf(fixture(name), '2025-06-04').facts;

describe('GIVEN people introduced by a title or an honorific', () => {
  it('THEN "Councillor", "Forecaster" and "conservator" before a name are titles, not names', () => {
    expect(names('made-up-council').people.map((p) => p.name)).toContain('Fiona Baird');
    expect(names('made-up-storm').people.map((p) => p.name)).toContain('Ingrid Solberg');
    expect(names('made-up-painting').people.map((p) => p.name)).toContain('Pieter Claes');
  });

  it('THEN "Dr. Helen Park" is a person, not a venue', () => {
    const facts = names('made-up-measles');
    expect(facts.people.map((p) => p.name)).toContain('Helen Park');
    expect(facts.places.map((p) => p.name)).not.toContain('Helen Park');
  });

  it('THEN a competition\'s stage ("the Super League Grand Final") is nobody\'s name', () => {
    const people = names('made-up-league-semifinal').people.map((p) => p.name);
    expect(people).not.toContain('Grand Final');
    expect(people).toContain('Paul Wellens');
  });
});
