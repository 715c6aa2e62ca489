/**
 * JSON text laid out as the repository's prettier check lays out a .json file (parser "json", printWidth
 * from .prettierrc.json), so that a model `npm run ingest` writes passes `prettier --check` when committed
 * as a fixture. prettier is a development tool only; this reproduces its rules for plain JSON data:
 *
 * - a non-empty object is one property a line (prettier keeps an object expanded when the text breaks
 *   after its "{", and this writer always does);
 * - an array goes on one line when it fits within the print width (with the comma after it), else one
 *   element a line; an array of two or more arrays or objects, each of more than one item, is always
 *   broken; an array of two or more numbers fills its lines ("0, 1, 2," up to the width);
 * - strings and keys are printed as JSON.stringify writes them (prettier keeps them as written), and a
 *   long string stays after its key on one line.
 */
import { eastAsianWidth } from 'get-east-asian-width';

export const PRINT_WIDTH = 110;
const INDENT = '  ';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** The JSON text of `value` (as JSON.parse(JSON.stringify(value)) sees it), ending in a newline. */
export function formatJson(value: unknown, printWidth = PRINT_WIDTH): string {
  const plain = JSON.parse(JSON.stringify(value)) as Json;
  return `${print(plain, '', 0, printWidth)}\n`;
}

/**
 * `value` printed at indentation `indent`, starting at column `column`, with `after` columns of text that
 * follow it on its last line (a comma).
 */
function print(value: Json, indent: string, column: number, width: number, after = 0): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return printArray(value, indent, column, width, after);
  const entries = Object.entries(value);
  if (entries.length === 0) return '{}';
  const inner = indent + INDENT;
  const lines = entries.map(([key, child], i) => {
    const head = `${JSON.stringify(key)}: `;
    const comma = i < entries.length - 1 ? 1 : 0;
    const text = print(child, inner, stringWidth(inner) + stringWidth(head), width, comma);
    return `${inner}${head}${text}${comma ? ',' : ''}`;
  });
  return `{\n${lines.join('\n')}\n${indent}}`;
}

function printArray(items: Json[], indent: string, column: number, width: number, after: number): string {
  if (items.length === 0) return '[]';
  const inner = indent + INDENT;
  const flat = flatText(items);
  if (flat !== undefined && !alwaysBreaks(items) && column + stringWidth(flat) + after <= width) return flat;
  if (items.length > 1 && items.every((x) => typeof x === 'number')) {
    // fill: as many numbers (each with its comma) a line as fit.
    const parts = items.map((x, i) => `${JSON.stringify(x)}${i < items.length - 1 ? ',' : ''}`);
    const lines: string[] = [];
    let line = parts[0]!;
    for (const part of parts.slice(1)) {
      if (stringWidth(inner) + stringWidth(line) + 1 + stringWidth(part) <= width) line += ` ${part}`;
      else {
        lines.push(line);
        line = part;
      }
    }
    lines.push(line);
    return `[\n${lines.map((l) => inner + l).join('\n')}\n${indent}]`;
  }
  const lines = items.map((child, i) => {
    const comma = i < items.length - 1 ? 1 : 0;
    return `${inner}${print(child, inner, stringWidth(inner), width, comma)}${comma ? ',' : ''}`;
  });
  return `[\n${lines.join('\n')}\n${indent}]`;
}

/** The one-line text of an array, or undefined when it holds a non-empty object (always expanded). */
function flatText(value: Json): string | undefined {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) {
    const parts: string[] = [];
    for (const item of value) {
      const text = flatText(item);
      if (text === undefined) return undefined;
      parts.push(text);
    }
    return value.length > 0 && alwaysBreaks(value) ? undefined : `[${parts.join(', ')}]`;
  }
  return Object.keys(value).length === 0 ? '{}' : undefined;
}

/** prettier breaks an array of two or more arrays (or objects) of the same sort, each of more than one item. */
function alwaysBreaks(items: Json[]): boolean {
  if (items.length < 2) return false;
  const sorts = items.map((x) =>
    Array.isArray(x) ? 'array' : x !== null && typeof x === 'object' ? 'object' : 'other',
  );
  return items.every(
    (x, i) =>
      sorts[i] !== 'other' &&
      sorts[i] === sorts[0] &&
      (Array.isArray(x) ? x.length : Object.keys(x as object).length) > 1,
  );
}

/**
 * Columns a text takes, as prettier counts them: East Asian wide and fullwidth characters two (Unicode's table, from
 * get-east-asian-width, the library prettier uses), control characters and combining marks none. Prettier also
 * counts an emoji sequence as one wide cluster; news text with such sequences in long arrays is rare enough to leave.
 */
export function stringWidth(text: string): number {
  if (!/[^\x20-\x7e]/.test(text)) return text.length;
  let width = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (cp <= 0x1f || (cp >= 0x7f && cp <= 0x9f)) continue;
    if (ZERO_WIDTH_MARK.test(ch)) continue;
    width += eastAsianWidth(cp);
  }
  return width;
}

const ZERO_WIDTH_MARK = /[\p{Mn}\p{Me}]/u;
