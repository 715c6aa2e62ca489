import type { ExtractionInput, PersonFact } from './types.ts';

/**
 * Where a caption places the people it names, beyond "Name (left)" (read with the person's cues):
 * "Pictured from left: A, B and C" (a list in order across the photo: the first at the left edge, the
 * last at the right, the middle one of an odd list in the center) and "A, pictured at left, ... B, at
 * right". The position's words are kept as written, from the caption.
 */
const FROM_SIDE =
  /\b(?:(?:pictured|seen|shown|standing|seated|sitting)\s+)?(?:from (left|right)|(left|right) to (?:left|right))\b\s*[:,]?/giu;
const AT_SIDE =
  /^,? (?:(?:pictured|seen|shown|standing|seated|sitting) )?(?:at|on the|to the) (far )?(left|right|center|centre)\b/iu;

export function photoPositionsFromCaptions(input: ExtractionInput, people: PersonFact[]): void {
  for (const sentence of input.sentences) {
    if (sentence.kind !== 'caption') continue;
    const inCaption = (p: PersonFact) => p.mentions.filter((m) => m.sentence === sentence.id);
    for (const marker of sentence.text.matchAll(FROM_SIDE)) {
      const from = (marker[1] ?? marker[2])!.toLowerCase() as 'left' | 'right';
      const at = sentence.start + marker.index + marker[0].length;
      // The people named after the marker in the caption sentence, in the order written.
      const end = sentence.end;
      const listed = people
        .map((p) => ({ p, m: inCaption(p).find((m) => m.start >= at && m.start < end) }))
        .filter((x) => x.m !== undefined)
        .sort((a, b) => a.m!.start - b.m!.start)
        .map((x) => x.p);
      const n = listed.length;
      if (n < 2) continue;
      const asWritten = marker[0].trim();
      listed.forEach((p, i) => {
        if (p.photoPosition) return;
        const k = from === 'left' ? i : n - 1 - i; // place from the left edge
        const side = n % 2 === 1 && k === (n - 1) / 2 ? 'center' : k < n / 2 ? 'left' : 'right';
        p.photoPosition = {
          asWritten,
          side,
          fromSide: side === 'left' ? k + 1 : side === 'right' ? n - k : 1,
        };
      });
    }
    for (const p of people) {
      if (p.photoPosition) continue;
      for (const m of inCaption(p)) {
        const after = input.doc.text.slice(m.end, sentence.end);
        const hit = AT_SIDE.exec(after);
        if (!hit) continue;
        const word = hit[2]!.toLowerCase();
        const side = word === 'left' ? 'left' : word === 'right' ? 'right' : 'center';
        p.photoPosition = { asWritten: hit[0].replace(/^,? /, ''), side, fromSide: 1 };
        break;
      }
    }
  }
}
