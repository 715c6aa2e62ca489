import type { Block, BlockKind, DatelineParts, SourceDocument } from './types.ts';
import { ReadError } from './types.ts';

/**
 * Plain text as people paste it: an optional headline line, a `date YYYY-MM-DD` marker, a dateline at the
 * start of the lead ("SEOUL, April 17 (Yonhap) --", "BOSTON (AP) —", "NEW YORK —", "RICHMOND, Va. --"),
 * photo captions ending in a credit, credit lines ("(Reporting by ...)", "By ...", "(END)"), and body
 * paragraphs, one a line. The text is never changed: blocks are offsets into it.
 */

const MONTH =
  '(?:Jan(?:uary|\\.)?|Feb(?:ruary|\\.)?|Mar(?:ch|\\.)?|Apr(?:il|\\.)?|May|June?|July?|Aug(?:ust|\\.)?|Sept?(?:ember|\\.)?|Oct(?:ober|\\.)?|Nov(?:ember|\\.)?|Dec(?:ember|\\.)?)';
const PLACE_WORD = "[A-Z][A-Za-z.'\\u00C0-\\u024F-]*";
const PLACE = `${PLACE_WORD}(?: ${PLACE_WORD}){0,3}`;
const DASH = '(?:--|—|–|-)';
/** place[, region][, Month Day][ (Agency)] dash */
const DATELINE = new RegExp(
  `^(?<place>${PLACE}(?:, ${PLACE}){0,2}?)?(?:,? (?<date>${MONTH} \\d{1,2}))?(?: ?\\((?<agency>[A-Za-z][\\w .&/-]{0,30})\\))? ?${DASH}(?= )`,
);
const DATE_MARKER = /^date (\d{4}-\d{2}-\d{2})\b/;
const AGENCY_CREDIT =
  /(?<= )(?:REUTERS|Reuters|AP|AFP|EPA)\/\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,3}$|\((?:AP|Reuters|AFP|Yonhap|Xinhua|Kyodo|EPA|UPI|Bloomberg|Getty Images|dpa|PTI|ANI)(?: ?Photo[^)]*)?\)$|\((?:(?:AP |Reuters |AFP |EPA |Yonhap )?Photo(?: by| ?\/|:)[^)]*)\)$/u;
const CREDIT_LINE =
  /^(?:\((?:Reporting|Writing|Editing|Additional reporting|Compiled)[^)]*\)|By [A-Z][\w.'-]+(?: [A-Z][\w.'-]+){0,3}(?:(?:,| and) [A-Z][\w.'-]+(?: [A-Z][\w.'-]+){0,3})*|\(END\)|\(?[A-Z][a-z]+ Photo[^)]*\)?|Photo: .+|[a-z0-9._%+-]+@[a-z0-9.-]+\.[a-z]{2,})$/;
const PHOTO_POSITION =
  /\((?:(?:second|third|fourth|fifth|far) )?(?:from )?(?:left|right|center|centre)\)|\((?:L|R|C|L-R|R-L)\)/i;

/** A line that tells a photo: "Left to right: ...", "Pictured from left: ...", "In the photo above, ...", "A, pictured at left, ...". */
const PHOTO_CUE =
  /^(?:\((?:L-R|R-L)\)|(?:from )?(?:left|right) to (?:left|right)\b|(?:pictured|shown|seen|photographed) from (?:left|right)\b|pictured: |in the (?:photo|picture|image)(?: above| below)?,)|, (?:pictured |seen |shown )?(?:(?:at |on the )?(?:far )?(?:left|right)|(?:in the )?(?:centre|center)),/i;

export function readPlainText(text: string): SourceDocument {
  if (text.trim() === '') throw new ReadError('the text is empty');
  const lines = splitLines(text);
  const blocks: Block[] = [];
  let published: SourceDocument['published'];
  let dateline: DatelineParts | undefined;
  let byline: string | undefined;
  let agency: string | undefined;
  let paragraph = 0;
  let seenLead = false;
  const push = (kind: BlockKind, start: number, end: number) => {
    const [s, e] = trim(text, start, end);
    if (e > s) blocks.push({ kind, paragraph, start: s, end: e, text: text.slice(s, e) });
  };

  lines.forEach((line, lineIndex) => {
    let { start } = line;
    const { end } = line;
    while (/\s/.test(text[start]!)) start++;
    let rest = text.slice(start, end);
    const marker = DATE_MARKER.exec(rest);
    if (marker) {
      push('date-marker', start, start + marker[0].length);
      published ??= { value: marker[1]!, asWritten: marker[0], from: 'text' };
      start += marker[0].length;
      rest = text.slice(start, end);
      if (rest.trim() === '') {
        paragraph++;
        return;
      }
    }
    const trimmed = rest.trim();
    const offset = start + rest.indexOf(trimmed);
    // "Photo: A, pictured at left, briefs B ... REUTERS/Name": a caption, however it opens.
    const photoCaption =
      /^Photo: /.test(trimmed) && (PHOTO_POSITION.test(trimmed) || PHOTO_CUE.test(trimmed));
    if (CREDIT_LINE.test(trimmed) && !photoCaption) {
      push('credit', offset, offset + trimmed.length);
      const by = /^By (.+)$/.exec(trimmed);
      if (by) byline ??= by[1];
    } else if (isCaption(trimmed)) {
      const credit = AGENCY_CREDIT.exec(trimmed);
      const captionEnd = credit ? offset + credit.index : offset + trimmed.length;
      push('caption', offset, captionEnd);
      if (credit) {
        push('credit', captionEnd, offset + trimmed.length);
        // A photo credit names the agency when no dateline does: "(Yonhap)", "(AP Photo)".
        agency ??= /^\((AP|Reuters|AFP|Yonhap|Xinhua|Kyodo|EPA|UPI|Bloomberg)\b/.exec(credit[0])?.[1];
      }
    } else if (
      !seenLead &&
      blocks.length === 0 &&
      lineIndex === 0 &&
      looksLikeHeadline(trimmed, lines.length)
    ) {
      push('headline', offset, offset + trimmed.length);
    } else {
      const match = seenLead ? null : DATELINE.exec(trimmed);
      if (match && isDateline(match)) {
        push('dateline', offset, offset + match[0].length);
        dateline = clean({
          place: match.groups?.place,
          date: match.groups?.date,
          agency: match.groups?.agency,
        });
        agency ??= match.groups?.agency;
        push('body', offset + match[0].length, offset + trimmed.length);
      } else {
        push('body', offset, offset + trimmed.length);
      }
      seenLead = true;
    }
    paragraph++;
  });

  const headlineBlock = blocks.find((b) => b.kind === 'headline');
  if (!blocks.some((b) => b.kind === 'body')) throw new ReadError('the text has no article paragraphs');
  return {
    text,
    blocks: renumber(blocks),
    ...(headlineBlock ? { headline: { text: headlineBlock.text, derived: false } } : {}),
    ...(dateline ? { dateline } : {}),
    ...(published ? { published } : {}),
    ...(byline ? { byline } : {}),
    ...(agency ? { source: agency } : {}),
  };
}

function isDateline(match: RegExpExecArray): boolean {
  const { place, date, agency } = match.groups ?? {};
  if (date || agency) return true;
  // "NEW YORK —", "RICHMOND, Va. --": a place alone must be written in capitals.
  return (
    place !== undefined &&
    /^[A-Z][A-Z .'-]+(?:,|$)/.test(place) &&
    place.split(',')[0] === place.split(',')[0]!.toUpperCase()
  );
}

function isCaption(line: string): boolean {
  if (PHOTO_POSITION.test(line) || PHOTO_CUE.test(line)) return true;
  return AGENCY_CREDIT.test(line) && !DATELINE.test(line);
}

function looksLikeHeadline(line: string, lineCount: number): boolean {
  if (lineCount < 2) return false;
  const words = line.split(/\s+/).length;
  return words <= 25 && !/[.!]["”’]?$/.test(line);
}

function splitLines(text: string): { start: number; end: number }[] {
  const lines: { start: number; end: number }[] = [];
  const pattern = /[^\r\n]+/g;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    if (m[0].trim() !== '') lines.push({ start: m.index, end: m.index + m[0].length });
  }
  return lines;
}

function trim(text: string, start: number, end: number): [number, number] {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return [start, end];
}

/** Paragraph numbers without gaps (a line that produced no block leaves none). */
function renumber(blocks: Block[]): Block[] {
  const map = new Map<number, number>();
  for (const block of blocks) if (!map.has(block.paragraph)) map.set(block.paragraph, map.size);
  return blocks.map((block) => ({ ...block, paragraph: map.get(block.paragraph)! }));
}

function clean<T extends object>(value: T): { [K in keyof T]: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as never;
}
