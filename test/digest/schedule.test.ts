import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/core/errors.ts';
import { parseSchedule } from '../../src/digest/schedule.ts';

describe('parseSchedule', () => {
  it.each([
    ['daily 09:00', '0 9 * * *', 'every day at 09:00'],
    ['every day 9am', '0 9 * * *', 'every day at 09:00'],
    ['Daily  6:30 PM', '30 18 * * *', 'every day at 18:30'],
    ['weekdays 18:30', '30 18 * * 1-5', 'weekdays at 18:30'],
    ['weekends 10:00', '0 10 * * 0,6', 'weekends at 10:00'],
    ['mon 08:00', '0 8 * * 1', 'Mondays at 08:00'],
    ['mondays at 08:00', '0 8 * * 1', 'Mondays at 08:00'],
    ['mon,thu 7:30pm', '30 19 * * 1,4', 'Mondays, Thursdays at 19:30'],
    ['every 6 hours', '0 */6 * * *', 'every 6 hours'],
    ['every 1 hour', '0 * * * *', 'every hour'],
    ['hourly', '0 * * * *', 'every hour'],
    ['every 30 minutes', '*/30 * * * *', 'every 30 minutes'],
    ['every 15 min', '*/15 * * * *', 'every 15 minutes'],
  ])('GIVEN the friendly form "%s" THEN it means cron "%s"', (input, cron, description) => {
    const parsed = parseSchedule(input);
    expect(parsed.cron).toBe(cron);
    expect(parsed.description).toBe(description);
  });

  it.each([['0 9 * * 1-5'], ['30 7 1,15 * *'], ['0 8 * * MON-FRI'], ['0   12 * * sun']])(
    'GIVEN the 5-field cron "%s" THEN it is accepted as written',
    (input) => {
      expect(parseSchedule(input).cron).toBe(input.replace(/\s+/g, ' '));
    },
  );

  it.each([
    ['whenever', 'could not read'],
    ['', 'empty'],
    ['daily 25:00', 'could not read'],
    ['0 9 * *', 'could not read'],
    ['0 9 * * * *', 'could not read'],
    ['61 9 * * *', 'outside 0-59'],
    ['0 9 31 2 *', 'never runs'],
    ['every 7 hours', 'does not divide the day'],
    ['every 5 minutes', 'not accepted'],
    ['* * * * *', 'more often than every 15 minutes'],
  ])('GIVEN "%s" THEN a UserError explains the accepted forms', (input, problem) => {
    const attempt = () => parseSchedule(input);
    expect(attempt).toThrow(UserError);
    expect(attempt).toThrow(problem);
    expect(attempt).toThrow(/Accepted schedules:[\s\S]*daily 09:00[\s\S]*cron/);
  });
});
