import { describe, expect, it } from 'vitest';
import { factsOf } from './helpers.ts';

const story = (caption: string) =>
  [
    'Ferry line opens',
    'date 2024-04-17',
    'OSLO, April 17 (Reuters) - The new ferry line between Tromvik and Sandhamn opened on Wednesday, Anna Berg, the port director, said.',
    'Olav Lie, the ferry captain, said the first crossing took 40 minutes. Mayor Kari Dahl and engineer Per Moen spoke at the ceremony.',
    caption,
  ].join('\n\n');
const positions = (caption: string) =>
  Object.fromEntries(
    factsOf(story(caption))
      .facts.people.filter((p) => p.photoPosition)
      .map((p) => [p.name, p.photoPosition]),
  );

describe('photo positions from captions', () => {
  it('GIVEN "Left to right: A, B, C and D" without a credit THEN a caption, two at each side in order', () => {
    expect(
      positions(
        'Left to right: port director Anna Berg, Mayor Kari Dahl, engineer Per Moen and captain Olav Lie stand on the deck on Wednesday.',
      ),
    ).toEqual({
      'Anna Berg': { asWritten: 'Left to right:', side: 'left', fromSide: 1 },
      'Kari Dahl': { asWritten: 'Left to right:', side: 'left', fromSide: 2 },
      'Per Moen': { asWritten: 'Left to right:', side: 'right', fromSide: 2 },
      'Olav Lie': { asWritten: 'Left to right:', side: 'right', fromSide: 1 },
    });
  });

  it('GIVEN "Pictured from left: A, B and C" THEN the middle one in the centre', () => {
    expect(
      positions(
        'Pictured from left: Anna Berg, Kari Dahl and Olav Lie wave from the ferry in Oslo. (AP Photo/Jon Ek)',
      ),
    ).toEqual({
      'Anna Berg': { asWritten: 'Pictured from left:', side: 'left', fromSide: 1 },
      'Kari Dahl': { asWritten: 'Pictured from left:', side: 'center', fromSide: 1 },
      'Olav Lie': { asWritten: 'Pictured from left:', side: 'right', fromSide: 1 },
    });
  });

  it('GIVEN positions written after the names, a "Photo:" opening and a slash credit THEN each person keeps theirs', () => {
    const { facts } = factsOf(
      story(
        'Photo: Anna Berg, pictured at left, greets Kari Dahl, at right, while Per Moen (2nd from L) looks on. REUTERS/Jon Ek',
      ),
    );
    expect(facts.people.find((p) => p.name === 'Anna Berg')!.photoPosition).toEqual({
      asWritten: 'pictured at left',
      side: 'left',
      fromSide: 1,
    });
    expect(facts.people.find((p) => p.name === 'Kari Dahl')!.photoPosition).toMatchObject({ side: 'right' });
    expect(facts.people.find((p) => p.name === 'Per Moen')!.photoPosition).toMatchObject({
      side: 'left',
      fromSide: 2,
    });
  });

  it('GIVEN "A stands between B, on his right, and C, on his left" THEN the person\'s own sides are the viewer\'s opposite', () => {
    expect(
      positions(
        'In the photo above, Olav Lie stands between Anna Berg, on his right, and Kari Dahl, on his left, at the pier.',
      ),
    ).toEqual({
      'Olav Lie': { asWritten: 'stands between', side: 'center', fromSide: 1 },
      'Anna Berg': { asWritten: 'on his right', side: 'left', fromSide: 1 },
      'Kari Dahl': { asWritten: 'on his left', side: 'right', fromSide: 1 },
    });
  });

  it('GIVEN a body paragraph naming people without a photo cue THEN nobody is placed', () => {
    expect(positions('Berg said the line would run left of the old pier, and Lie agreed.')).toEqual({});
  });
});
