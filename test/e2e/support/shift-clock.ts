/**
 * Preloaded into the bot process (node --import) by the digest end-to-end test: moves the process's wall
 * clock by E2E_CLOCK_OFFSET_MS so a schedule slot comes up seconds after start instead of up to 15 minutes.
 * Timers still run in real time; only what Date reports moves. The bot itself is untouched.
 */
const offset = Number(process.env.E2E_CLOCK_OFFSET_MS ?? 0);

if (offset !== 0) {
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
}
