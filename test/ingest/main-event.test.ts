import { describe, expect, it } from 'vitest';
import { factsOf } from './helpers.ts';

/** The main event named from the lead's own words, not "Main event" of kind "other". */
const eventOf = (text: string) => factsOf(text, '2025-06-05').facts.event;

describe('the main event from the lead', () => {
  it('GIVEN a museum that "returned" objects THEN the event is the museum’s return', () => {
    const event = eventOf(
      'LONDON (Wire) - The Kelby Museum of Art on Thursday returned 12 masks taken by soldiers in 1890, ending a long campaign.\n\nThe masks will go on display next year.',
    );
    expect(event.name).toBe('Kelby Museum of Art return');
  });

  it('GIVEN a maker that "would recall" cars THEN the event is a recall named for the maker', () => {
    const event = eventOf(
      'OSLO (Wire) - Swedish carmaker Halvik Motors said on Tuesday it would recall 52,000 cars after a fault.\n\nDealers will replace the part for free.',
    );
    expect(event).toMatchObject({ kind: 'recall', name: 'Halvik Motors recall' });
  });

  it('GIVEN results "in a large international study" THEN the event is a report named by the study', () => {
    const event = eventOf(
      'An experimental pill cut strokes by 20% in a large international study, researchers reported on Thursday.\n\nThe pill is taken once a day.',
    );
    expect(event.kind).toBe('report');
    expect(event.nouns).toContain('international study');
  });

  it('GIVEN a study the article later calls "the study" and "the late-phase trial" THEN both are its nouns', () => {
    const event = eventOf(
      'An experimental pill cut strokes by 20% in a large international study, researchers reported on Thursday.\n\nThe study enrolled 900 patients. Results of the late-phase trial were published in a journal.',
    );
    expect(event.kind).toBe('report');
    expect(event.nouns).toEqual(expect.arrayContaining(['the study', 'the late-phase trial']));
  });

  it('GIVEN "A ransomware attack has knocked out" THEN the event’s nouns keep the qualified noun as written', () => {
    const event = eventOf(
      'A ransomware attack has knocked out systems at three hospitals in Perth, officials said Wednesday.\n\nStaff discovered the attack on Monday.',
    );
    expect(event.nouns).toContain('ransomware attack');
  });

  it('GIVEN archaeologists who "had identified" a wreck that sank in a storm THEN it is no storm', () => {
    const event = eventOf(
      'Marine archaeologists said on Tuesday they had identified a wreck in the fjord as the Hild, a ship that sank in a storm in 1701.\n\nThe wreck lies 40 meters deep.',
    );
    expect(event.kind).toBe('announcement');
    expect(event.name).not.toMatch(/Marine/);
  });
});
