import { describe, expect, it } from 'vitest';
import { nextRuns, parseCron, runsBetween } from '../../src/digest/cron.ts';

const iso = (runs: number[]): string[] => runs.map((run) => new Date(run).toISOString());
const runs = (cron: string, timeZone: string, after: string, count: number): string[] =>
  iso(nextRuns(parseCron(cron), timeZone, Date.parse(after), count));

describe('next runs in a timezone', () => {
  it('GIVEN daily 09:00 in New York across the March DST change THEN it stays at 09:00 local (14:00Z, then 13:00Z)', () => {
    expect(runs('0 9 * * *', 'America/New_York', '2024-03-09T00:00:00Z', 3)).toEqual([
      '2024-03-09T14:00:00.000Z',
      '2024-03-10T13:00:00.000Z',
      '2024-03-11T13:00:00.000Z',
    ]);
  });

  it('GIVEN daily 09:00 in Berlin across the October DST change THEN it stays at 09:00 local (07:00Z, then 08:00Z)', () => {
    expect(runs('0 9 * * *', 'Europe/Berlin', '2024-10-26T00:00:00Z', 3)).toEqual([
      '2024-10-26T07:00:00.000Z',
      '2024-10-27T08:00:00.000Z',
      '2024-10-28T08:00:00.000Z',
    ]);
  });

  it('GIVEN 02:30 on the night New York skips 02:00-03:00 THEN that run happens just after the jump, once', () => {
    expect(runs('30 2 * * *', 'America/New_York', '2024-03-09T12:00:00Z', 2)).toEqual([
      '2024-03-10T07:30:00.000Z', // 03:30 EDT
      '2024-03-11T06:30:00.000Z', // 02:30 EDT
    ]);
  });

  it('GIVEN 02:30 on the night Berlin repeats 02:00-03:00 THEN it runs once, at the first 02:30', () => {
    expect(runs('30 2 * * *', 'Europe/Berlin', '2024-10-26T12:00:00Z', 2)).toEqual([
      '2024-10-27T00:30:00.000Z', // 02:30 CEST
      '2024-10-28T01:30:00.000Z', // 02:30 CET
    ]);
  });

  it('GIVEN an every-30-minutes schedule THEN it keeps real-time spacing through both DST changes', () => {
    const spec = parseCron('*/30 * * * *');
    const autumn = nextRuns(spec, 'America/New_York', Date.parse('2024-11-03T04:45:00Z'), 6);
    const spring = nextRuns(spec, 'Europe/Berlin', Date.parse('2024-03-31T00:15:00Z'), 4);
    for (const series of [autumn, spring]) {
      const gaps = series.slice(1).map((run, index) => run - (series[index] as number));
      expect(gaps.every((gap) => gap === 30 * 60_000)).toBe(true);
    }
  });

  it('GIVEN both day fields restricted THEN either matching is enough (POSIX cron)', () => {
    expect(runs('0 0 13 * 5', 'UTC', '2024-09-01T00:00:00Z', 3)).toEqual([
      '2024-09-06T00:00:00.000Z', // Friday
      '2024-09-13T00:00:00.000Z', // the 13th (also a Friday)
      '2024-09-20T00:00:00.000Z',
    ]);
  });

  it('GIVEN a window THEN runsBetween returns the runs inside it, keeping the most recent when limited', () => {
    const spec = parseCron('0 * * * *');
    const from = Date.parse('2024-01-01T00:00:00Z');
    const to = Date.parse('2024-01-01T05:00:00Z');
    expect(iso(runsBetween(spec, 'UTC', from, to, 10))).toHaveLength(5);
    expect(iso(runsBetween(spec, 'UTC', from, to, 2))).toEqual([
      '2024-01-01T04:00:00.000Z',
      '2024-01-01T05:00:00.000Z',
    ]);
  });
});
