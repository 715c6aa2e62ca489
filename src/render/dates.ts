import type { DateValue } from '../model/schema.ts';
import { MONTH_NAMES, WEEKDAY_NAMES } from '../core/calendar.ts';

/**
 * Unix seconds for a calendar day, at 12:00 UTC: Discord renders `<t:…:D>` in the reader's timezone, and
 * noon keeps the same calendar day for readers from UTC-11 to UTC+11.
 */
export function dayToUnix(isoDay: string): number | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDay);
  if (!match) return undefined;
  return Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]), 12) / 1000;
}

/** A truncated ISO date in words at its own precision: "2018", "March 2023", "17 April 2023". */
export function truncatedDateInWords(value: string): string {
  const [year, month, day] = value.split('-');
  const monthName = month ? MONTH_NAMES[Number(month) - 1] : undefined;
  if (day && monthName) return `${Number(day)} ${monthName} ${year}`;
  if (monthName) return `${monthName} ${year}`;
  return year ?? value;
}

/** A date for Discord: a `<t:unix:D>` timestamp when the day is known, otherwise words at its precision. */
export function formatDate(date: DateValue): string {
  const { value, end } = date;
  switch (date.precision) {
    case 'day': {
      const unix = value ? dayToUnix(value) : undefined;
      return unix !== undefined ? `<t:${unix}:D>` : plainDate(date);
    }
    case 'range':
      return value && end ? `${formatPart(value)}–${formatPart(end)}` : date.asWritten;
    default:
      return plainDate(date);
  }
}

function formatPart(value: string): string {
  const unix = dayToUnix(value);
  return unix !== undefined ? `<t:${unix}:D>` : truncatedDateInWords(value);
}

/** A date in words only (for plain text answers, sorting labels and the CLI). */
export function plainDate(date: DateValue): string {
  const { value, end } = date;
  switch (date.precision) {
    case 'day':
    case 'month':
    case 'year':
      return value ? truncatedDateInWords(value) : date.asWritten;
    case 'range':
      return value && end ? `${truncatedDateInWords(value)}–${truncatedDateInWords(end)}` : date.asWritten;
    default:
      return date.asWritten;
  }
}

/** "in 10 hours", "3 minutes ago": Discord's `<t:…:R>` as a reader sees it at `nowMs`. */
export function relativeTime(targetMs: number, nowMs: number): string {
  const seconds = (targetMs - nowMs) / 1000;
  const abs = Math.abs(seconds);
  const units: Array<[Intl.RelativeTimeFormatUnit, number, number]> = [
    ['second', 1, 45],
    ['minute', 60, 45 * 60],
    ['hour', 3600, 22 * 3600],
    ['day', 86_400, 26 * 86_400],
    ['month', 30.44 * 86_400, 320 * 86_400],
    ['year', 365.25 * 86_400, Infinity],
  ];
  const [unit, size] = units.find(([, , below]) => abs < below) ?? ['year', 365.25 * 86_400];
  if (unit === 'second' && abs < 10) return seconds >= 0 ? 'in a few seconds' : 'a few seconds ago';
  return RELATIVE.format(Math.round(seconds / size), unit);
}

const RELATIVE = new Intl.RelativeTimeFormat('en', { numeric: 'always' });

/**
 * Replaces `<t:unix:style>` timestamps with what Discord shows for each style (here in UTC), for text
 * renderings outside Discord: t 16:20, T 16:20:30, d and D 20 April 2021, f 20 April 2021 16:20,
 * F Tuesday, 20 April 2021 16:20, R "in 10 hours" (relative to `nowMs`).
 */
export function timestampsToWords(text: string, nowMs: number = Date.now()): string {
  return text.replace(
    /<t:(-?\d+)(?::([tTdDfFR]))?>/g,
    (_match, seconds: string, style: string | undefined) => {
      const ms = Number(seconds) * 1000;
      const date = new Date(ms);
      const day = `${date.getUTCDate()} ${MONTH_NAMES[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
      const time = date.toISOString().slice(11, 16);
      switch (style) {
        case 'R':
          return relativeTime(ms, nowMs);
        case 't':
          return `${time} UTC`;
        case 'T':
          return `${date.toISOString().slice(11, 19)} UTC`;
        case 'd':
        case 'D':
          return day;
        case 'F':
          return `${WEEKDAY_NAMES[date.getUTCDay()]}, ${day} ${time} UTC`;
        default:
          return `${day} ${time} UTC`;
      }
    },
  );
}

const FILLER_WORDS = new Set(['in', 'on', 'at', 'date', 'the', 'of']);

/**
 * The date for Discord, followed by the article's own words when they add something ("on Monday",
 * "over the next two decades") and are not just the same date again ("in March", "1910-45").
 */
export function formatDateWithWords(date: DateValue): string {
  const formatted = formatDate(date);
  const plain = plainDate(date).toLowerCase();
  const words = date.asWritten
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word && !FILLER_WORDS.has(word));
  const redundant = words.every((word) => plain.includes(word));
  return redundant ? formatted : `${formatted} (${date.asWritten})`;
}
