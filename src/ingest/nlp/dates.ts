import * as chrono from 'chrono-node';
import type { DateValue } from '../../model/schema.ts';
import type { FoundDate, Tense } from './types.ts';

/**
 * Dates in one sentence: chrono-node for calendar dates, weekdays and months (resolved against the
 * reference date, moved a week or a year back or forward to agree with the sentence's tense), and
 * rules for what chrono leaves out: bare years ("in 1998"), year ranges ("1910-45") and durations
 * ("two decades", "31 months", "16-year"). Precision is what the words give, never more.
 */
const NUMBER_WORDS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fifteen: 15,
  twenty: 20,
  thirty: 30,
  fifty: 50,
  hundred: 100,
};
const DURATION = new RegExp(
  `\\b(\\d+(?:\\.\\d+)?|${Object.keys(NUMBER_WORDS).join('|')})[- ](years?|months?|weeks?|days?|decades?)\\b`,
  'gi',
);
const YEAR_RANGE = /\b(1[6-9]\d{2}|20\d{2})\s?[-–]\s?(\d{2}|1[6-9]\d{2}|20\d{2})\b/g;
const BARE_YEAR = /\b(1[6-9]\d{2}|20\d{2})\b/g;

export function referenceDateOf(
  published: string | undefined,
  datelineDate: string | undefined,
): string | undefined {
  if (datelineDate && published) {
    const year = Number(published.slice(0, 4));
    const parsed = chrono.parse(datelineDate, { instant: utcNoon(`${year}-06-15`), timezone: 0 })[0];
    if (parsed?.start.isCertain('day')) return isoDay(parsed.start.date());
  }
  return published;
}

export function findDates(text: string, offset: number, referenceDate: string, tense: Tense): FoundDate[] {
  const ref = utcNoon(referenceDate);
  const found: FoundDate[] = [];
  const taken: [number, number][] = [];
  const free = (s: number, e: number) => taken.every(([a, b]) => e <= a || s >= b);
  const add = (s: number, e: number, value: DateValue, resolved: boolean) => {
    if (!free(s, e)) return;
    taken.push([s, e]);
    found.push({ text: text.slice(s, e), start: offset + s, end: offset + e, value, resolved });
  };

  for (const m of text.matchAll(YEAR_RANGE)) {
    const first = m[1]!;
    const second = m[2]!.length === 2 ? first.slice(0, 2) + m[2]! : m[2]!;
    if (Number(second) <= Number(first)) continue;
    add(
      m.index,
      m.index + m[0].length,
      { precision: 'range', value: first, end: second, asWritten: m[0] },
      false,
    );
  }

  for (const result of chrono.parse(text, { instant: ref, timezone: 0 })) {
    const start = result.start;
    const written = result.text.replace(/[\s,.;:]+$/, (tail) =>
      /\.$/.test(tail) && /\b[A-Z][a-z]{2,3}\.$/.test(result.text) ? '.' : '',
    );
    if (/^(?:now|right now|currently|recently|soon)$/i.test(written)) continue;
    // "for 18 months", "within two weeks": spans, which the duration rule below reads.
    if (
      /\b(?:years?|months?|weeks?|days?|hours?|minutes?)\b/i.test(written) &&
      !/\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/.test(written)
    )
      continue;
    const s = result.index;
    const e = s + written.length;
    const words = written.replace(/^(?:on|in|at|since|by|from|until) /i, '');
    const wordsStart = e - words.length;
    const certain = (unit: Parameters<typeof start.isCertain>[0]) => start.isCertain(unit);
    let date = start.date();
    const tenseHere = localTense(text.slice(Math.max(0, s - 60), s), tense);
    if (certain('day') && certain('month')) {
      if (!certain('year')) date = alignYear(date, ref, tenseHere);
      add(
        wordsStart,
        e,
        {
          precision: 'day',
          value: isoDay(date),
          asWritten: words,
          ...(certain('year') ? {} : derived('the year of the dateline')),
        },
        !certain('year'),
      );
    } else if (certain('weekday') && !certain('month')) {
      date = alignWeek(date, ref, tenseHere);
      add(
        wordsStart,
        e,
        {
          precision: 'day',
          value: isoDay(date),
          asWritten: words,
          ...derived('the weekday nearest the dateline in the sentence’s tense'),
        },
        true,
      );
    } else if (certain('month') && !certain('day')) {
      if (!certain('year')) date = alignYear(date, ref, tenseHere);
      add(
        wordsStart,
        e,
        {
          precision: 'month',
          value: isoDay(date).slice(0, 7),
          asWritten: words,
          ...(certain('year') ? {} : derived('the year of the dateline in the sentence’s tense')),
        },
        !certain('year'),
      );
    }
    // Times of day, "last week", "a year earlier" and other relative spans are left to the figures.
  }

  for (const m of text.matchAll(DURATION)) {
    const amountText = m[1]!.toLowerCase();
    const amount = NUMBER_WORDS[amountText] ?? Number(amountText);
    if (!Number.isInteger(amount) || amount <= 0) continue;
    const unit = m[2]!.toLowerCase();
    const duration = unit.startsWith('decade')
      ? `P${amount * 10}Y`
      : unit.startsWith('year')
        ? `P${amount}Y`
        : unit.startsWith('month')
          ? `P${amount}M`
          : unit.startsWith('week')
            ? `P${amount * 7}D`
            : `P${amount}D`;
    if (amountText === 'a' || amountText === 'an') continue; // "a year earlier", "a day": too vague to keep
    add(m.index, m.index + m[0].length, { precision: 'duration', duration, asWritten: m[0] }, false);
  }

  for (const m of text.matchAll(BARE_YEAR)) {
    const before = text.slice(Math.max(0, m.index - 1), m.index);
    const after = text.slice(m.index + 4, m.index + 5);
    if (/[\d$.,]/.test(before) || /[\d%]/.test(after)) continue; // part of a number, an amount or a score
    if (/\d/.test(text.slice(m.index + 4, m.index + 6).replace(/^[,.]/, ''))) continue;
    add(m.index, m.index + 4, { precision: 'year', value: m[1]!, asWritten: m[0] }, false);
  }
  return ranges(
    text,
    offset,
    found.sort((a, b) => a.start - b.start),
  );
}

/**
 * "between June 2023 and August 2024", "from 1682 to 1684", "from May 14 until May 24": two dates joined
 * as the ends of one span are one range (the words from the first to the last, as written).
 */
function ranges(text: string, offset: number, found: FoundDate[]): FoundDate[] {
  const out: FoundDate[] = [];
  for (let i = 0; i < found.length; i++) {
    const a = found[i]!;
    const b = found[i + 1];
    const point = (d: FoundDate) => ['year', 'month', 'day'].includes(d.value.precision) && d.value.value;
    if (b && point(a) && point(b) && a.value.value! < b.value.value!) {
      const joint = text.slice(a.end - offset, b.start - offset);
      const opener = /\b(between|from)\s+$/i.exec(
        text.slice(Math.max(0, a.start - offset - 12), a.start - offset),
      );
      const fits =
        opener &&
        (opener[1]!.toLowerCase() === 'between' ? /^\s+and\s+$/ : /^\s+(?:to|until|through)\s+$/).test(joint);
      if (fits) {
        const start = a.start - opener[0].length;
        const asWritten = text.slice(start - offset, b.end - offset);
        out.push({
          text: asWritten,
          start,
          end: b.end,
          value: {
            precision: 'range',
            value: a.value.value!,
            end: b.value.value!,
            asWritten,
            ...((a.value.derivation ?? b.value.derivation)
              ? { derivation: (a.value.derivation ?? b.value.derivation)! }
              : {}),
          },
          resolved: a.resolved || b.resolved,
        });
        i++;
        continue;
      }
    }
    out.push(a);
  }
  return out;
}

function derived(method: string): Pick<DateValue, 'derivation'> {
  return { derivation: { method: `resolved against ${method}`, from: ['dateline'] } };
}

function alignWeek(date: Date, ref: Date, tense: Tense): Date {
  const day = 86_400_000;
  let t = date.getTime();
  if (tense !== 'future') while (t > ref.getTime() + day / 2) t -= 7 * day;
  else while (t < ref.getTime() - day / 2) t += 7 * day;
  return new Date(t);
}

function alignYear(date: Date, ref: Date, tense: Tense): Date {
  const moved = new Date(date.getTime());
  const refMonth = ref.getUTCFullYear() * 12 + ref.getUTCMonth();
  const month = () => moved.getUTCFullYear() * 12 + moved.getUTCMonth();
  if (tense === 'future' && month() < refMonth) moved.setUTCFullYear(moved.getUTCFullYear() + 1);
  if (tense === 'past' && month() > refMonth) moved.setUTCFullYear(moved.getUTCFullYear() - 1);
  return moved;
}

function utcNoon(day: string): Date {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(Date.UTC(y!, (m ?? 1) - 1, d ?? 1, 12));
}

function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The tense of the clause a date sits in ("we would rather ... than surprise anyone in January"). */
function localTense(before: string, sentenceTense: Tense): Tense {
  const clause = before.split(/[;,.]\s/).at(-1) ?? before;
  if (
    /\b(?:will|would|'ll|shall|could|might|expects?|expected|plans?|planned|intends?|next|due|scheduled|aims?|hopes?)\b/i.test(
      clause,
    ) ||
    /\bmay\b/.test(clause) // the modal, not the month
  )
    return 'future';
  if (/\b(?:was|were|had|did|last|ago)\b/i.test(clause)) return 'past';
  return sentenceTense;
}
