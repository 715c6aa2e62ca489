import { offsetAt, resolveWallTime, wallTimeAt } from './timezone.ts';

/**
 * Standard 5-field cron (minute hour day-of-month month day-of-week) and its runs in an IANA timezone.
 * node-cron only wakes the process up; this calculator decides which slot is due, so what /digest shows,
 * what the runner posts and what start-up catch-up replays all agree.
 *
 * Across DST changes it follows Vixie cron: a job at a fixed hour whose wall time is skipped by the
 * spring-forward jump runs just after the jump (02:30 -> 03:30), and one whose wall time happens twice
 * in the autumn runs once (the first time); a job that runs every hour keeps running in real time, so it
 * skips the missing hour and runs in both copies of the repeated one.
 */
export interface CronSpec {
  expression: string;
  minutes: readonly number[];
  hours: readonly number[];
  daysOfMonth: ReadonlySet<number>;
  months: ReadonlySet<number>;
  daysOfWeek: ReadonlySet<number>;
  dayOfMonthRestricted: boolean;
  dayOfWeekRestricted: boolean;
}

export class CronSyntaxError extends Error {
  override readonly name = 'CronSyntaxError';
}

const MINUTE_MS = 60_000;
const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;
/** No zone is more than 14 h from UTC, so a day's runs never fall before its midnight minus this. */
const MAX_OFFSET_MS = 14 * HOUR_MS;
/** Long enough for "29 February on a Monday"-style expressions; anything rarer counts as never. */
const SEARCH_DAYS = 366 * 8;

const MONTH_NAMES = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const DAY_NAMES = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

interface FieldRule {
  name: string;
  min: number;
  max: number;
  names?: readonly string[];
  namesStartAt?: number;
}

const FIELDS: readonly FieldRule[] = [
  { name: 'minute', min: 0, max: 59 },
  { name: 'hour', min: 0, max: 23 },
  { name: 'day of month', min: 1, max: 31 },
  { name: 'month', min: 1, max: 12, names: MONTH_NAMES, namesStartAt: 1 },
  { name: 'day of week', min: 0, max: 7, names: DAY_NAMES, namesStartAt: 0 },
];

function parseValue(text: string, rule: FieldRule): number {
  const byName = rule.names?.indexOf(text.toLowerCase()) ?? -1;
  if (byName >= 0) return byName + (rule.namesStartAt ?? 0);
  if (!/^\d+$/.test(text)) throw new CronSyntaxError(`"${text}" is not a valid ${rule.name}`);
  const value = Number(text);
  if (value < rule.min || value > rule.max) {
    throw new CronSyntaxError(`${rule.name} ${value} is outside ${rule.min}-${rule.max}`);
  }
  return value;
}

function parseField(text: string, rule: FieldRule): number[] {
  const values = new Set<number>();
  for (const part of text.split(',')) {
    const match = /^([^/]+)(?:\/(\d+))?$/.exec(part);
    if (!match?.[1]) throw new CronSyntaxError(`"${part}" is not a valid ${rule.name}`);
    const [, range = '', stepText] = match;
    const step = stepText === undefined ? 1 : Number(stepText);
    if (step < 1) throw new CronSyntaxError(`the step in "${part}" must be at least 1`);
    let from: number;
    let to: number;
    if (range === '*') {
      [from, to] = [rule.min, rule.max];
    } else if (range.includes('-')) {
      const [start = '', end = ''] = range.split('-');
      [from, to] = [parseValue(start, rule), parseValue(end, rule)];
      if (from > to) throw new CronSyntaxError(`the range "${range}" runs backwards`);
    } else {
      from = parseValue(range, rule);
      to = stepText === undefined ? from : rule.max;
    }
    for (let value = from; value <= to; value += step) values.add(value);
  }
  return [...values].sort((a, b) => a - b);
}

export function parseCron(expression: string): CronSpec {
  const fields = expression.trim().split(/\s+/);
  if (fields.length !== 5) {
    throw new CronSyntaxError(
      `a cron expression has 5 fields (minute hour day month weekday), not ${fields.length}`,
    );
  }
  const [, , dayOfMonth, , dayOfWeek] = fields;
  const parsed = fields.map((field, index) => parseField(field, FIELDS[index] as FieldRule));
  return {
    expression: fields.join(' '),
    minutes: parsed[0] ?? [],
    hours: parsed[1] ?? [],
    daysOfMonth: new Set(parsed[2]),
    months: new Set(parsed[3]),
    daysOfWeek: new Set((parsed[4] ?? []).map((day) => day % 7)),
    dayOfMonthRestricted: dayOfMonth !== '*',
    dayOfWeekRestricted: dayOfWeek !== '*',
  };
}

function dayMatches(spec: CronSpec, dayWall: number): boolean {
  const date = new Date(dayWall);
  if (!spec.months.has(date.getUTCMonth() + 1)) return false;
  const byMonthDay = spec.daysOfMonth.has(date.getUTCDate());
  const byWeekDay = spec.daysOfWeek.has(date.getUTCDay());
  // POSIX cron: when both day fields are restricted, either one matching is enough.
  if (spec.dayOfMonthRestricted && spec.dayOfWeekRestricted) return byMonthDay || byWeekDay;
  return byMonthDay && byWeekDay;
}

function runsOnDay(spec: CronSpec, dayWall: number, timeZone: string): number[] {
  const runs: number[] = [];
  const offsetBefore = offsetAt(dayWall - MAX_OFFSET_MS, timeZone);
  const offsetAfter = offsetAt(dayWall + DAY_MS + MAX_OFFSET_MS, timeZone);
  const everyHour = spec.hours.length === 24;
  for (const hour of spec.hours) {
    for (const minute of spec.minutes) {
      const wall = dayWall + hour * HOUR_MS + minute * MINUTE_MS;
      if (offsetBefore === offsetAfter) {
        runs.push(wall - offsetBefore);
        continue;
      }
      const resolved = resolveWallTime(wall, timeZone);
      if (resolved.kind === 'exact') runs.push(resolved.instants[0]);
      else if (resolved.kind === 'ambiguous')
        runs.push(...(everyHour ? resolved.instants : [resolved.instants[0]]));
      else if (!everyHour) runs.push(resolved.shifted);
    }
  }
  return runs;
}

/** The runs strictly after `after`, in order, lazily (an expression that never fires yields nothing). */
export function* runsAfter(spec: CronSpec, timeZone: string, after: number): Generator<number> {
  const afterWall = wallTimeAt(after, timeZone);
  let dayWall = Math.floor(afterWall / DAY_MS) * DAY_MS - DAY_MS;
  let pending: number[] = [];
  let lastYielded = after;
  for (let scanned = 0; scanned < SEARCH_DAYS; scanned += 1, dayWall += DAY_MS) {
    if (dayMatches(spec, dayWall)) {
      pending.push(...runsOnDay(spec, dayWall, timeZone));
      pending.sort((a, b) => a - b);
      scanned = 0;
    }
    // Runs of later days all fall after the next midnight minus the largest offset.
    const safeBefore = dayWall + DAY_MS - MAX_OFFSET_MS;
    const ready = pending.filter((run) => run < safeBefore);
    pending = pending.filter((run) => run >= safeBefore);
    for (const run of ready) {
      if (run > lastYielded) {
        lastYielded = run;
        yield run;
      }
    }
  }
}

export function nextRuns(spec: CronSpec, timeZone: string, after: number, count: number): number[] {
  const runs: number[] = [];
  if (count <= 0) return runs;
  for (const run of runsAfter(spec, timeZone, after)) {
    runs.push(run);
    if (runs.length >= count) break;
  }
  return runs;
}

/** Runs in (from, to], oldest first; at most `limit`, keeping the most recent ones. */
export function runsBetween(
  spec: CronSpec,
  timeZone: string,
  from: number,
  to: number,
  limit: number,
): number[] {
  const runs: number[] = [];
  for (const run of runsAfter(spec, timeZone, from)) {
    if (run > to) break;
    runs.push(run);
    if (runs.length > limit) runs.shift();
  }
  return runs;
}
