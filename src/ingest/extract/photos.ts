import type { ExtractionInput, Mention, PersonFact } from './types.ts';

/**
 * Where the people of a photo stand, from its caption, for the people the caption names that have no
 * position yet ("Anna Berg (L)" is read with the person):
 * - a list in order, opened by its direction ("Pictured from left: A, B and C", "Left to right: A, B, C and
 *   D", "From right: ..."): the first is at that side, the last at the other, one in the middle of an odd
 *   list of three or more in the centre; each keeps the opening words as written;
 * - a position written after the name ("A, pictured at left,", "B, at right,", "C stands at far right",
 *   "D (2nd from L)"); "on his left" is the person's own left, so the viewer's right;
 * - "A, centre, holds ...", "A stands between B and C": A in the centre.
 * When two readings disagree for one person, or a list names fewer than two people, nobody is placed.
 */
type Position = NonNullable<PersonFact['photoPosition']>;

const LIST_OPENING =
  /^(?:(?:pictured|shown|seen|photographed) )?(?:from )?(left|right)(?: to (?:left|right))?(?:, | ?: ?)|^\((?:L-R|R-L|left to right|right to left)\) ?/i;
const AFTER_NAME =
  /^(?: \((?<ord>\d)(?:st|nd|rd|th) from (?<ordSide>L|R|left|right)\)|,? (?:(?:who )?(?:is |stands |sits |stand |sit |pictured |seen |shown )?(?:at |on the |to the )(?<far>far )?(?<side>left|right)\b|on (?:his|her|their) (?<own>left|right)\b|(?:in the )?(?<center>centre|center)(?=,))|,? (?:who )?(?:stands|sits|is standing|is seated) between\b)/i;

export function photoPositions(input: ExtractionInput, people: PersonFact[]): void {
  for (const caption of input.sentences.filter((s) => s.kind === 'caption')) {
    const inCaption = people
      .map((p) => ({ p, m: firstMention(p.mentions, caption.id) }))
      .filter((x): x is { p: PersonFact; m: Mention } => x.m !== undefined)
      .sort((a, b) => a.m.start - b.m.start);
    if (inCaption.length === 0) continue;
    const found = new Map<PersonFact, Position | null>();
    const put = (p: PersonFact, position: Position) => {
      const earlier = found.get(p);
      if (earlier === undefined) found.set(p, position);
      else if (earlier === null || earlier.side !== position.side || earlier.fromSide !== position.fromSide)
        found.set(p, null);
    };
    // A list opened by its direction, the names in the order written.
    const body = caption.text.replace(/^in the (?:photo|picture|image)(?: above| below)?,? /i, '');
    const opening = LIST_OPENING.exec(body);
    if (opening && inCaption.length >= 2) {
      const asWritten = opening[0].trim();
      const fromRight = /^\(?(?:r|(?:\w+ )?(?:from )?right)/i.test(
        asWritten.replace(/^(?:pictured|shown|seen|photographed) /i, ''),
      );
      const n = inCaption.length;
      inCaption.forEach(({ p }, i) => {
        const k = fromRight ? n - 1 - i : i;
        const side = n % 2 === 1 && n >= 3 && k === (n - 1) / 2 ? 'center' : k < n / 2 ? 'left' : 'right';
        put(p, { asWritten, side, fromSide: side === 'left' ? k + 1 : side === 'right' ? n - k : 1 });
      });
    }
    for (const { p, m } of inCaption) {
      const after = input.doc.text.slice(m.end, caption.end);
      const hit = AFTER_NAME.exec(after);
      if (!hit) continue;
      const g = hit.groups ?? {};
      const asWritten = hit[0].replace(/^,? /, '').replace(/^who /i, '').trim();
      if (g.ord)
        put(p, {
          asWritten,
          side: /^l/i.test(g.ordSide!) ? 'left' : 'right',
          fromSide: Number(g.ord),
        });
      else if (g.side) put(p, { asWritten, side: g.side.toLowerCase() as 'left' | 'right', fromSide: 1 });
      else if (g.own)
        put(p, { asWritten, side: g.own.toLowerCase() === 'left' ? 'right' : 'left', fromSide: 1 });
      else put(p, { asWritten, side: 'center', fromSide: 1 });
    }
    for (const [p, position] of found) if (position && !p.photoPosition) p.photoPosition = position;
  }
}

function firstMention(mentions: readonly Mention[], sentence: string): Mention | undefined {
  return mentions.filter((m) => m.sentence === sentence).sort((a, b) => a.start - b.start)[0];
}
