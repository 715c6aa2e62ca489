import { describe, expect, it } from 'vitest';
import { factsOf } from './helpers.ts';

// A made-up story: the main event in the lead, other dated events later, some only hedged, negated or quoted.
const STORY = `Portville opens its new ferry terminal

PORTVILLE, Ruritania, June 3 (Reuters) - The new Portville ferry terminal opened on Tuesday, city officials said.

Mayor Anna Berg cut the ribbon before a crowd of about 2,000 people.

A flood in May 2021 swept homes in Portville, the Portville Water Board said.

The old pier, built in 1931, closed in August 2019 after years of wave damage.

A storm in October 2015 flattened the sea wall, after sailors in Portville had warned of it for years.

The port authority hopes to launch a night ferry in 2027.

Berg said a referendum could be held in 2026 on a second terminal.

The council did not vote on the ferry fares in 2023.

"The election changed everything for this harbour," Berg said in March 2020.

The terminal at Eastport opened in March 2010.

Dock workers staged a strike in April 2022 over pay.

The harbour police opened an internal inquiry in May 2024.`;

describe('secondary events: other dated events the body tells', () => {
  const { facts } = factsOf(STORY, '2025-06-03');
  const others = facts.otherEvents;

  it('makes an event of a later sentence with a trigger noun and a date, dated as written', () => {
    const flood = others.find((e) => e.nouns.some((n) => /flood/i.test(n)));
    expect(flood?.kind).toBe('disaster');
    expect(flood?.date).toMatchObject({ precision: 'month', value: '2021-05' });
    expect(flood?.evidence.sentences).toHaveLength(1);
    expect(flood?.evidence.quotes[0]).toMatch(/^A flood in May 2021/);
    // The organization the sentence names takes part; the place it is "in" is where.
    const board = facts.organizations.find((o) => /Water Board/.test(o.name));
    expect(flood?.participants.some((p) => p.organization === board?.key)).toBe(true);
    const portville = facts.places.find((p) => p.name === 'Portville');
    expect(flood?.place).toBe(portville?.key);
  });

  it('names an event told by a verb with its noun ("closed": closure), the verb as its words', () => {
    const closure = others.find((e) => e.nouns.includes('closed'));
    expect(closure?.name).toMatch(/closure/i);
    // The date nearest the trigger, not the one of the aside ("built in 1931").
    expect(closure?.date).toMatchObject({ precision: 'month', value: '2019-08' });
  });

  it('places an event only where its own clause says ("after sailors in Portville" is not where)', () => {
    const storm = others.find((e) => e.kind === 'disaster' && e.nouns.some((n) => /storm/i.test(n)));
    expect(storm?.date).toMatchObject({ precision: 'month', value: '2015-10' });
    expect(storm?.place).toBeUndefined();
  });

  it('leaves out a hedged event ("could be held"), a negated one ("did not vote"), an aim ("hopes to launch") and a quoted one', () => {
    expect(others.map((e) => e.kind)).not.toContain('vote');
    expect(others.map((e) => e.kind)).not.toContain('election');
    expect(others.map((e) => e.kind)).not.toContain('launch');
    expect(others).toHaveLength(5);
  });

  it('takes the kinds of the schema from the lexicon: an opening, a strike', () => {
    expect(facts.event.kind).toBe('opening');
    const strike = others.find((e) => e.kind === 'strike');
    expect(strike?.nouns).toEqual(['strike']);
    expect(strike?.date).toMatchObject({ precision: 'month', value: '2022-04' });
  });

  it('names an event begun by a verb by what was begun ("opened an internal inquiry"), of no kind', () => {
    const inquiry = others.find((e) => e.nouns.includes('internal inquiry'));
    expect(inquiry?.kind).toBe('other');
    expect(inquiry?.name).toBe('Internal inquiry');
  });

  it('does not tell the main event twice', () => {
    expect(others.some((e) => e.nouns.includes('opened'))).toBe(false);
    expect(facts.event.nouns.concat(facts.event.name).join(' ')).toMatch(/open/i);
  });
});
