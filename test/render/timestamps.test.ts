import { describe, expect, it } from 'vitest';
import { relativeTime, timestampsToWords } from '../../src/render/dates.ts';
import { payloadToText } from '../../src/render/text-view.ts';
import { readableLogLine } from '../../src/core/logger.ts';

const NOW = Date.UTC(2026, 11, 1, 22, 0, 0);
const at = (ms: number, style: string) => `<t:${Math.floor(ms / 1000)}:${style}>`;
const HOUR = 3_600_000;

describe('Discord timestamps outside Discord, as a reader sees them', () => {
  it('GIVEN each style THEN what Discord shows for it (in UTC)', () => {
    const ms = Date.UTC(2021, 3, 20, 16, 20, 30);
    expect(timestampsToWords(at(ms, 't'), NOW)).toBe('16:20 UTC');
    expect(timestampsToWords(at(ms, 'T'), NOW)).toBe('16:20:30 UTC');
    expect(timestampsToWords(at(ms, 'D'), NOW)).toBe('20 April 2021');
    expect(timestampsToWords(at(ms, 'f'), NOW)).toBe('20 April 2021 16:20 UTC');
    expect(timestampsToWords(`<t:${ms / 1000}>`, NOW)).toBe('20 April 2021 16:20 UTC');
    expect(timestampsToWords(at(ms, 'F'), NOW)).toBe('Tuesday, 20 April 2021 16:20 UTC');
  });

  it('GIVEN a relative timestamp THEN words relative to now, future and past', () => {
    expect(timestampsToWords(at(NOW + 10 * HOUR, 'R'), NOW)).toBe('in 10 hours');
    expect(timestampsToWords(at(NOW - 3 * 60_000, 'R'), NOW)).toBe('3 minutes ago');
    expect(relativeTime(NOW + 2 * 86_400_000, NOW)).toBe('in 2 days');
    expect(relativeTime(NOW + 3_000, NOW)).toBe('in a few seconds');
    expect(relativeTime(NOW - 400 * 86_400_000, NOW)).toBe('1 year ago');
  });

  it('GIVEN a next run shown absolute and relative THEN the console shows the time once and how far off it is', () => {
    const next = NOW + 10 * HOUR;
    const text = payloadToText(
      { content: `Next digest: ${at(next, 'F')} (${at(next, 'R')})`, allowed_mentions: { parse: [] } },
      NOW,
    );
    expect(text).toBe('Next digest: Wednesday, 2 December 2026 08:00 UTC (in 10 hours)');
  });
});

describe('log lines for a person at a terminal', () => {
  it('GIVEN a pino JSON line THEN level, message and the details, without time, pid or host', () => {
    const line = JSON.stringify({
      level: 40,
      time: NOW,
      pid: 7,
      hostname: 'vm',
      msg: 'rate limited by Discord',
      route: '/channels/:id/messages',
      retryAfter: 1200,
      err: { type: 'Error', message: 'boom', stack: 'Error: boom\n    at x' },
    });
    expect(readableLogLine(line)).toBe(
      '[warn] rate limited by Discord (route: /channels/:id/messages, retryAfter: 1200, err: boom)\n',
    );
  });
});
