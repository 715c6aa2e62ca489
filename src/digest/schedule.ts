import { UserError } from '../core/errors.ts';
import { CronSyntaxError, nextRuns, parseCron, runsBetween, type CronSpec } from './cron.ts';

/** A schedule as the user wrote it, the cron expression it means, and a plain description. */
export interface ParsedSchedule {
  input: string;
  cron: string;
  description: string;
  spec: CronSpec;
}

/** Digests more often than this would be spam. */
export const MIN_INTERVAL_MINUTES = 15;

export const ACCEPTED_FORMS = [
  '`daily 09:00` (also `every day 9am`)',
  '`weekdays 18:30`, `weekends 10:00`',
  '`mon 08:00`, `mon,thu 7:30pm`',
  '`every 6 hours` (1, 2, 3, 4, 6, 8, 12), `hourly`',
  '`every 30 minutes` (15, 20, 30)',
  'a 5-field cron expression such as `0 9 * * 1-5` (minute hour day month weekday)',
];

const DAY_NUMBERS: Record<string, number> = {
  sun: 0, sunday: 0, mon: 1, monday: 1, tue: 2, tues: 2, tuesday: 2, wed: 3, wednesday: 3,
  thu: 4, thur: 4, thurs: 4, thursday: 4, fri: 5, friday: 5, sat: 6, saturday: 6,
}; // prettier-ignore
const DAY_LABELS = ['Sundays', 'Mondays', 'Tuesdays', 'Wednesdays', 'Thursdays', 'Fridays', 'Saturdays'];

function rejection(problem: string): UserError {
  return new UserError(
    `${problem}\nAccepted schedules:\n${ACCEPTED_FORMS.map((form) => `• ${form}`).join('\n')}`,
  );
}

/** "09:00", "9:00", "9am", "6:30 pm" -> [hour, minute]. */
function parseTimeOfDay(text: string): [number, number] | undefined {
  const match = /^(\d{1,2})(?::(\d{2}))?\s*(am|pm)?$/.exec(text.trim());
  if (!match) return undefined;
  const [, hourText = '', minuteText, meridiem] = match;
  if (minuteText === undefined && meridiem === undefined) return undefined;
  let hour = Number(hourText);
  const minute = minuteText === undefined ? 0 : Number(minuteText);
  if (meridiem !== undefined) {
    if (hour < 1 || hour > 12) return undefined;
    hour = (hour % 12) + (meridiem === 'pm' ? 12 : 0);
  }
  if (hour > 23 || minute > 59) return undefined;
  return [hour, minute];
}

const pad = (value: number): string => String(value).padStart(2, '0');

function friendlyToCron(input: string): { cron: string; description: string } | undefined {
  const text = input.trim().toLowerCase().replace(/\s+/g, ' ');
  if (text === 'hourly' || text === 'every hour') return { cron: '0 * * * *', description: 'every hour' };

  const interval = /^every (\d+) ?(minutes?|mins?|m|hours?|hrs?|h)$/.exec(text);
  if (interval) {
    const amount = Number(interval[1]);
    const inHours = (interval[2] ?? '').startsWith('h');
    if (inHours) {
      if (![1, 2, 3, 4, 6, 8, 12].includes(amount)) {
        throw rejection(
          `"every ${amount} hours" does not divide the day evenly; use 1, 2, 3, 4, 6, 8 or 12.`,
        );
      }
      const hours = amount === 1 ? '*' : `*/${amount}`;
      return { cron: `0 ${hours} * * *`, description: amount === 1 ? 'every hour' : `every ${amount} hours` };
    }
    if (amount === 60) return { cron: '0 * * * *', description: 'every hour' };
    if (![15, 20, 30].includes(amount)) {
      throw rejection(`"every ${amount} minutes" is not accepted; use 15, 20 or 30 (or hours).`);
    }
    return { cron: `*/${amount} * * * *`, description: `every ${amount} minutes` };
  }

  const timed = /^(.+?) (?:at )?(\d{1,2}(?::\d{2})? ?(?:am|pm)?)$/.exec(text);
  if (!timed) return undefined;
  const [, days = '', timeText = ''] = timed;
  const time = parseTimeOfDay(timeText);
  if (!time) return undefined;
  const [hour, minute] = time;
  const at = `${pad(hour)}:${pad(minute)}`;
  if (days === 'daily' || days === 'every day' || days === 'everyday') {
    return { cron: `${minute} ${hour} * * *`, description: `every day at ${at}` };
  }
  if (days === 'weekdays' || days === 'every weekday') {
    return { cron: `${minute} ${hour} * * 1-5`, description: `weekdays at ${at}` };
  }
  if (days === 'weekends') return { cron: `${minute} ${hour} * * 0,6`, description: `weekends at ${at}` };
  const dayNames = days.replace(/^every /, '').split(/ ?, ?| and /);
  const dayNumbers = dayNames.map((name) => DAY_NUMBERS[name.replace(/s$/, '')] ?? DAY_NUMBERS[name]);
  if (dayNumbers.some((day) => day === undefined)) return undefined;
  const sorted = [...new Set(dayNumbers as number[])].sort((a, b) => a - b);
  const labels = sorted.map((day) => DAY_LABELS[day]).join(', ');
  return { cron: `${minute} ${hour} * * ${sorted.join(',')}`, description: `${labels} at ${at}` };
}

/** Runs closer together than MIN_INTERVAL_MINUTES in a sample fortnight make the schedule spam. */
function assertNotTooFrequent(spec: CronSpec): void {
  const from = Date.UTC(2024, 0, 1);
  const runs = runsBetween(spec, 'UTC', from, from + 14 * 86_400_000, 2000);
  if (runs.length === 0 && nextRuns(spec, 'UTC', from, 1).length === 0)
    throw rejection(`"${spec.expression}" never runs.`);
  for (let index = 1; index < runs.length; index += 1) {
    const gap = (runs[index] ?? 0) - (runs[index - 1] ?? 0);
    if (gap < MIN_INTERVAL_MINUTES * 60_000) {
      throw rejection(
        `"${spec.expression}" would post more often than every ${MIN_INTERVAL_MINUTES} minutes.`,
      );
    }
  }
}

/** Parses a friendly schedule or a 5-field cron expression; anything else is a UserError listing the accepted forms. */
export function parseSchedule(input: string): ParsedSchedule {
  const trimmed = input.trim();
  if (trimmed === '') throw rejection('The schedule is empty.');
  const friendly = friendlyToCron(trimmed);
  let cron: string;
  let description: string;
  if (friendly) {
    ({ cron, description } = friendly);
  } else if (/^[\d*/,\-a-z]+( [\d*/,\-a-z]+){4}$/i.test(trimmed.replace(/\s+/g, ' '))) {
    cron = trimmed.replace(/\s+/g, ' ');
    description = `cron \`${cron}\``;
  } else {
    throw rejection(`I could not read "${trimmed}" as a schedule.`);
  }
  let spec: CronSpec;
  try {
    spec = parseCron(cron);
  } catch (error) {
    if (error instanceof CronSyntaxError) throw rejection(`"${trimmed}": ${error.message}.`);
    throw error;
  }
  assertNotTooFrequent(spec);
  return { input: trimmed, cron: spec.expression, description, spec };
}
