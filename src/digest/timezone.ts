/**
 * Wall-clock time in an IANA timezone, worked out with Intl only (no timezone database of our own).
 * A "wall time" is encoded as the epoch ms it would have in UTC, which makes wall-clock arithmetic plain
 * integer arithmetic.
 */
const formatters = new Map<string, Intl.DateTimeFormat>();
const HOUR_MS = 3_600_000;

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

export function isValidTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** The canonical spelling Intl uses for a zone name ("europe/berlin" -> "Europe/Berlin"). */
export function canonicalTimeZone(timeZone: string): string | undefined {
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone }).resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
}

/** The wall time at `instant` in `timeZone`, encoded as UTC epoch ms (seconds kept, ms dropped). */
export function wallTimeAt(instant: number, timeZone: string): number {
  if (timeZone === 'UTC') return Math.floor(instant / 1000) * 1000;
  const parts = formatterFor(timeZone).formatToParts(new Date(instant));
  const field = (type: Intl.DateTimeFormatPartTypes): number =>
    Number(parts.find((part) => part.type === type)?.value ?? 0);
  return Date.UTC(
    field('year'),
    field('month') - 1,
    field('day'),
    field('hour'),
    field('minute'),
    field('second'),
  );
}

/** Offset of the zone at `instant`: wall time minus UTC, in ms (whole minutes). */
export function offsetAt(instant: number, timeZone: string): number {
  const wholeSecond = Math.floor(instant / 1000) * 1000;
  return wallTimeAt(wholeSecond, timeZone) - wholeSecond;
}

export type WallTimeResolution =
  | { kind: 'exact'; instants: [number] }
  /** The clocks went back: the wall time happened twice (earlier instant first). */
  | { kind: 'ambiguous'; instants: [number, number] }
  /** The clocks went forward over it; `shifted` is the same wall time read with the old offset, i.e. just after the jump. */
  | { kind: 'gap'; shifted: number };

/** Every instant at which the zone's clocks showed `wall`. */
export function resolveWallTime(wall: number, timeZone: string): WallTimeResolution {
  const offsetBefore = offsetAt(wall - 14 * HOUR_MS, timeZone);
  const offsetAfter = offsetAt(wall + 14 * HOUR_MS, timeZone);
  const candidates = [...new Set([wall - offsetBefore, wall - offsetAfter])]
    .filter((instant) => wallTimeAt(instant, timeZone) === wall)
    .sort((a, b) => a - b);
  const [first, second] = candidates;
  if (first === undefined) return { kind: 'gap', shifted: wall - offsetBefore };
  if (second === undefined) return { kind: 'exact', instants: [first] };
  return { kind: 'ambiguous', instants: [first, second] };
}
