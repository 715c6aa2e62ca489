/**
 * Preloaded into the bot process (node --import) by the end-to-end harness. It lets a test move the
 * process's wall clock so a digest slot comes up seconds from now instead of up to 15 minutes:
 * - E2E_CLOCK_OFFSET_MS at start;
 * - on SIGUSR2, the offset in the file E2E_CLOCK_FILE, acknowledged with a JSON log line on stderr.
 * Timers still run in real time; only what Date reports moves. The bot's code is untouched.
 */
import { readFileSync } from 'node:fs';

let offset = Number(process.env.E2E_CLOCK_OFFSET_MS ?? 0);
const RealDate = Date;

class ShiftedDate extends RealDate {
  constructor(...args: unknown[]) {
    if (args.length === 0) super(RealDate.now() + offset);
    else super(...(args as [string | number | Date]));
  }
  static override now(): number {
    return RealDate.now() + offset;
  }
}
globalThis.Date = ShiftedDate as DateConstructor;

process.on('SIGUSR2', () => {
  const file = process.env.E2E_CLOCK_FILE;
  if (!file) return;
  offset = Number(readFileSync(file, 'utf8'));
  process.stderr.write(`${JSON.stringify({ level: 30, msg: 'e2e clock moved', offset })}\n`);
});
