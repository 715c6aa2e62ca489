import type { DateValue } from '../../../model/schema.ts';
import { MONTH_NAMES, weekdayOf } from '../../../core/calendar.ts';

function isoInWords(value: string, withWeekday: boolean): string {
  const [year, month, day] = value.split('-');
  const monthName = month ? MONTH_NAMES[Number(month) - 1] : undefined;
  if (day && monthName) {
    const weekday = weekdayOf(Number(year), Number(month), Number(day));
    return `${withWeekday ? `${weekday}, ` : ''}${monthName} ${Number(day)}, ${year}`;
  }
  if (monthName) return `${monthName} ${year}`;
  return year ?? value;
}

/** A date as a phrase that fits after a verb: "on Monday, April 17, 2023", "in 1998", "in 1910-45", "in March 2023". */
export function datePhrase(date: DateValue): string {
  const { value, end } = date;
  switch (date.precision) {
    case 'day':
      return value ? `on ${isoInWords(value, true)}` : date.asWritten;
    case 'month':
    case 'year':
      return value ? `in ${isoInWords(value, false)}` : date.asWritten;
    case 'range':
      return value && end ? `from ${isoInWords(value, false)} to ${isoInWords(end, false)}` : date.asWritten;
    default:
      return date.asWritten;
  }
}

/** Whether the article wrote the date differently from our words ("on Monday"), worth quoting beside them. */
export function writtenDifferently(date: DateValue): boolean {
  const written = date.asWritten.toLowerCase().replace(/^(on|in|at)\s+/, '');
  return !datePhrase(date).toLowerCase().includes(written);
}

/** Year and month a date covers, for matching "in March" or "in 2018" in a question. */
export function dateCovers(date: DateValue, year: number | undefined, month: number | undefined): boolean {
  if (!date.value) return false;
  const [startYear, startMonth] = date.value.split('-').map(Number);
  const [endYear, endMonth] = (date.end ?? date.value).split('-').map(Number);
  if (year !== undefined && (startYear === undefined || year < startYear || year > (endYear ?? startYear)))
    return false;
  if (month !== undefined) {
    if (startMonth === undefined) return false;
    if (date.precision !== 'range' && startMonth !== month) return false;
    if (date.precision === 'range' && (month < startMonth || month > (endMonth ?? startMonth))) return false;
  }
  return year !== undefined || month !== undefined;
}

/** Month number (1-12) named by a word ("march", "mar"), if any; the caller decides whether "may" is a month. */
export function monthFromWord(word: string): number | undefined {
  return MONTH_BY_WORD.get(word);
}

/** "march" and "mar" -> 3: each month's lower-case name and its first three letters (asked of every token). */
const MONTH_BY_WORD: ReadonlyMap<string, number> = new Map(
  MONTH_NAMES.flatMap((name, i) => [
    [name.toLowerCase(), i + 1],
    [name.toLowerCase().slice(0, 3), i + 1],
  ]),
);

/** "over the next two decades": a span counted from an earlier point, not the future. */
const NEXT_SPAN =
  /\b(?:the )?next (?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|few|several|couple of)\s+(?:years?|decades?|months?|weeks?|days?)\b/g;

/** Whether a question asks about the future by its words, spans of time after an earlier point left out. */
export function asksAboutFuture(lower: string, futureWords: RegExp): boolean {
  return futureWords.test(lower.replace(NEXT_SPAN, ''));
}
