/**
 * Text helpers for everything the bot writes into Discord: mention neutralising, markdown escaping for
 * echoed user text, and trimming/splitting on sentence boundaries so Discord never rejects a message.
 */

const ZERO_WIDTH_SPACE = '\u200b';

export const TRIM_HINT = '… (trimmed — use /source to read the full text)';

/**
 * Makes mention syntax inert even for a client that ignores allowed_mentions: a zero-width space after
 * the "@" of @everyone/@here and after "<@" of user and role mentions. Idempotent.
 */
export function neutralizeMentions(text: string): string {
  return text
    .replace(/@(?=(everyone|here)\b)/gi, `@${ZERO_WIDTH_SPACE}`)
    .replace(/<@(?!\u200b)/g, `<@${ZERO_WIDTH_SPACE}`);
}

/** Escapes Discord markdown so user text (an echoed question) renders as typed. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\*_~`|[\]()<>]/g, (char) => `\\${char}`)
    .replace(/^(\s*)([#>-])/gm, (_match, indent: string, marker: string) => `${indent}\\${marker}`);
}

/**
 * Bidirectional controls (embeddings, overrides, isolates, directional marks): in echoed text they reorder
 * what follows, so a question can make the bot's own words read backwards ("U+202E" spoofing).
 */
const BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

export function stripBidiControls(text: string): string {
  return text.replace(BIDI_CONTROLS, '');
}

/**
 * Makes links in echoed text inert: a masked link `[text](url)` no longer joins up, and a bare URL is no
 * longer recognised (a zero-width space after the scheme's colon), so the bot never shows a clickable link
 * somebody typed. The text reads the same. Idempotent.
 */
export function neutralizeLinks(text: string): string {
  return text
    .replace(/\](?!\u200b)(?=\s*\()/g, `]${ZERO_WIDTH_SPACE}`)
    .replace(/\b([a-z][a-z0-9+.-]*):(?!\u200b)(?=\/\/)/gi, `$1:${ZERO_WIDTH_SPACE}`);
}

/** User-supplied text made safe to echo: no markdown effects, no pings, no links, no stray control characters. */
export function userText(text: string): string {
  // Control characters (other than tab and newline), zero-width and bidi characters carry nothing readable.
  const cleaned = stripBidiControls(
    // eslint-disable-next-line no-control-regex
    text.replace(/[\u0000-\u0008\u000b-\u001f\u007f\u200b-\u200d\u2060\ufeff]/g, ''),
  ).trim();
  return neutralizeLinks(neutralizeMentions(escapeMarkdown(cleaned)));
}

/** Splits prose into sentences (keeps closing quotes and brackets with their sentence). */
export function splitSentences(text: string): string[] {
  return text
    .split(/(?<=[.!?…]["”’)\]]*)\s+(?=\S)/u)
    .map((part) => part.trim())
    .filter((part) => part.length > 0);
}

function cutAtWord(text: string, max: number): string {
  if (text.length <= max) return text;
  const slice = text.slice(0, Math.max(0, max - 1));
  const lastSpace = slice.lastIndexOf(' ');
  let head = lastSpace > max / 2 ? slice.slice(0, lastSpace) : slice;
  if (/[\ud800-\udbff]$/.test(head)) head = head.slice(0, -1);
  return `${head.trimEnd()}…`;
}

/**
 * Fits text into `max` characters: whole sentences while they fit, then the hint on its own line. A first
 * sentence too long to fit is cut at a word boundary with an ellipsis.
 */
export function fitText(text: string, max: number, hint: string = TRIM_HINT): string {
  if (text.length <= max) return text;
  const suffix = `\n${hint}`;
  if (suffix.length >= max) return cutAtWord(text, max);
  const budget = max - suffix.length;
  const sentences = splitSentences(text);
  let kept = '';
  for (const sentence of sentences) {
    const next = kept ? `${kept} ${sentence}` : sentence;
    if (next.length > budget) break;
    kept = next;
  }
  if (!kept) kept = cutAtWord(text, budget);
  return `${kept}${suffix}`;
}

/**
 * Fits lines (timeline entries, sentences) into `max` characters: whole lines while they fit, then a line
 * saying how many were left out. A single line longer than the budget is itself trimmed.
 */
export function fitLines(
  lines: readonly string[],
  max: number,
  separator = '\n',
  moreHint = TRIM_HINT,
): string {
  const joined = lines.join(separator);
  if (joined.length <= max) return joined;
  const hintLine = `${separator}${moreHint}`;
  const budget = max - hintLine.length;
  const kept: string[] = [];
  let length = 0;
  for (const line of lines) {
    const extra = (kept.length ? separator.length : 0) + line.length;
    if (length + extra > budget) {
      if (kept.length === 0) kept.push(fitText(line, budget, '…'));
      break;
    }
    kept.push(line);
    length += extra;
  }
  return `${kept.join(separator)}${hintLine}`;
}

/** Packs lines into chunks of at most `max` characters each (a line longer than `max` is trimmed). */
export function chunkLines(lines: readonly string[], max: number, separator = '\n'): string[] {
  const chunks: string[] = [];
  let current = '';
  for (const rawLine of lines) {
    const line = rawLine.length > max ? fitText(rawLine, max, '…') : rawLine;
    const next = current ? `${current}${separator}${line}` : line;
    if (next.length > max) {
      chunks.push(current);
      current = line;
    } else {
      current = next;
    }
  }
  if (current) chunks.push(current);
  return chunks;
}

/** A regional-indicator flag for an ISO 3166-1 alpha-2 code ("kr" -> 🇰🇷). */
export function flagEmoji(countryCode: string): string {
  if (!/^[a-z]{2}$/i.test(countryCode)) return '';
  return [...countryCode.toUpperCase()]
    .map((char) => String.fromCodePoint(0x1f1e6 + char.charCodeAt(0) - 65))
    .join('');
}
