import type { DateValue } from '../model/schema.ts';
import { MONTH_NAMES } from '../core/calendar.ts';

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

/** Replaces `<t:unix:style>` timestamps with words (UTC), for text renderings outside Discord. */
export function timestampsToWords(text: string): string {
  return text.replace(
    /<t:(-?\d+)(?::([tTdDfFR]))?>/g,
    (_match, seconds: string, style: string | undefined) => {
      const date = new Date(Number(seconds) * 1000);
      const day = `${date.getUTCDate()} ${MONTH_NAMES[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
      const time = date.toISOString().slice(11, 16);
      if (style === 't' || style === 'T') return `${time} UTC`;
      if (style === 'd' || style === 'D') return day;
      return `${day} ${time} UTC`;
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
