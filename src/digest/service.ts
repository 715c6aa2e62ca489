import type { ChannelGateway } from '../core/channel-gateway.ts';
import { systemClock, type Clock } from '../core/clock.ts';
import { UserError } from '../core/errors.ts';
import type { Logger } from '../core/logger.ts';
import type { Database } from '../store/database.ts';
import { nextRuns, parseCron, runsBetween, type CronSpec } from './cron.ts';
import { buildOverview, type DigestOverview } from './overview.ts';
import { TokenBucket, type RequestLimiter } from './rate-limiter.ts';
import {
  DigestRunner,
  type DigestArticleSource,
  type DigestThreadHooks,
  type SlotOutcome,
} from './runner.ts';
import { parseSchedule } from './schedule.ts';
import { DigestStore, type DigestSettings } from './store.ts';
import { canonicalTimeZone } from './timezone.ts';
import { CronTimers, type TimerRegistry } from './timers.ts';

export type { DigestOverview, DigestProblem } from './overview.ts';
export type { DigestArticleSource, DigestThreadHooks, SlotOutcome } from './runner.ts';
export type { DigestSettings } from './store.ts';

export const DEFAULT_GRACE_MS = 2 * 60 * 60 * 1000;
/** A timer that fires late (a busy event loop) still finds its slot this far back. */
const TICK_LOOKBACK_MS = 10 * 60 * 1000;
const START_BATCH = 250;
/** Missed slots recorded as skipped per server at start; a longer outage is summarised in the log. */
const MAX_SKIPS_RECORDED = 20;

export interface DigestServiceOptions {
  db: Database;
  library: DigestArticleSource;
  channels: ChannelGateway;
  clock: Clock;
  logger: Logger;
  /** How old a slot missed while the bot was down may be and still be posted at start (default 2 h). */
  graceMs?: number;
  /** Paces every Discord request the digests make (default: 50 per second, real time). */
  limiter?: RequestLimiter;
  /** Wake-up timers (default: node-cron). */
  timers?: TimerRegistry;
  /** Threads opened on digest posts: registered for follow-ups, with an optional first message. */
  threads?: DigestThreadHooks;
}

export interface ScheduleInput {
  channelId: string;
  schedule: string;
  /** IANA name; default UTC. */
  timezone?: string;
  nothingNewNote?: boolean;
}

export interface ScheduledDigest {
  settings: DigestSettings;
  description: string;
  nextRuns: number[];
}

export interface StartReport {
  scheduled: number;
  caughtUp: SlotOutcome[];
  skippedSlots: number;
}

export class DigestService {
  readonly store: DigestStore;
  private readonly runner: DigestRunner;
  private readonly timers: TimerRegistry;
  private readonly graceMs: number;

  constructor(private readonly options: DigestServiceOptions) {
    this.store = new DigestStore(options.db);
    this.timers = options.timers ?? new CronTimers();
    this.graceMs = options.graceMs ?? DEFAULT_GRACE_MS;
    this.runner = new DigestRunner({
      store: this.store,
      library: options.library,
      channels: options.channels,
      clock: options.clock,
      logger: options.logger,
      limiter: options.limiter ?? new TokenBucket({ clock: systemClock, ratePerSecond: 50, burst: 1 }),
      onPaused: (guildId) => this.timers.delete(guildId),
      ...(options.threads ? { threads: options.threads } : {}),
    });
  }

  set(guildId: string, input: ScheduleInput): ScheduledDigest {
    const parsed = parseSchedule(input.schedule);
    const timezone = canonicalTimeZone(input.timezone?.trim() || 'UTC');
    if (!timezone) {
      throw new UserError(
        `"${input.timezone}" is not an IANA timezone; try a name like Europe/Berlin or America/New_York.`,
      );
    }
    const previous = this.store.settings(guildId);
    const settings = this.store.saveSettings({
      guildId,
      channelId: input.channelId,
      schedule: parsed.input,
      cron: parsed.cron,
      timezone,
      nothingNewNote: input.nothingNewNote ?? previous?.nothingNewNote ?? false,
      now: this.options.clock.now(),
    });
    this.arm(settings);
    return this.describe(settings);
  }

  show(guildId: string): DigestOverview | undefined {
    const settings = this.store.settings(guildId);
    if (!settings) return undefined;
    const { description, nextRuns } = this.describe(settings);
    return buildOverview({
      settings,
      description,
      nextRun: settings.paused ? undefined : nextRuns[0],
      entries: this.store.recentEntries(guildId, 25),
      isInFlight: (slot) => this.runner.isInFlight(guildId, slot),
      messageUrl: (channelId, messageId) => this.options.channels.messageUrl(guildId, channelId, messageId),
    });
  }

  pause(guildId: string): DigestSettings {
    this.requireSettings(guildId);
    this.store.setPaused(guildId, true, 'manual', this.options.clock.now());
    this.timers.delete(guildId);
    return this.requireSettings(guildId);
  }

  resume(guildId: string): ScheduledDigest {
    this.requireSettings(guildId);
    this.store.setPaused(guildId, false, null, this.options.clock.now());
    const settings = this.requireSettings(guildId);
    this.arm(settings);
    return this.describe(settings);
  }

  remove(guildId: string): boolean {
    this.timers.delete(guildId);
    return this.store.remove(guildId, { forgetLedger: false });
  }

  /** Posts now, to `channelId` or the configured channel; a channel problem here only pauses the configured channel. */
  async postNow(guildId: string, channelId?: string): Promise<SlotOutcome> {
    const settings = this.store.settings(guildId);
    const target = channelId ?? settings?.channelId;
    if (!target)
      throw new UserError('No digest channel is set up here: pick a channel, or run `/digest set` first.');
    const slot = this.store.manualSlot(guildId, this.options.clock.now());
    return this.runner.postManual(guildId, target, slot, target === settings?.channelId);
  }

  /** What a timer tick (or a test driving the clock) calls for a due slot. */
  runDueSlot(guildId: string, slot: number): Promise<SlotOutcome> {
    return this.runner.runScheduledSlot(guildId, slot);
  }

  /**
   * Rebuilds every timer from the database, then posts or skips what was missed while the bot was down.
   * Never rejects (callers may fire and forget it): problems are logged per server.
   */
  async start(): Promise<StartReport> {
    this.timers.clear();
    const report: StartReport = { scheduled: 0, caughtUp: [], skippedSlots: 0 };
    const catchUps: Array<Promise<SlotOutcome>> = [];
    let everySettings: DigestSettings[];
    try {
      everySettings = this.store.allSettings();
    } catch (error) {
      this.options.logger.error({ err: error }, 'could not read digest settings; no digests scheduled');
      return report;
    }
    for (const [index, settings] of everySettings.entries()) {
      // Creating a node-cron task takes ~0.3 ms: yield now and then so interactions are not held up.
      if (index > 0 && index % START_BATCH === 0) await new Promise((resolve) => setImmediate(resolve));
      if (settings.paused) continue;
      try {
        this.arm(settings);
        report.scheduled += 1;
        const { postSlot, skipped } = this.missedSlots(settings);
        const now = this.options.clock.now();
        for (const slot of skipped) {
          this.store.recordSkip(settings.guildId, settings.channelId, slot, 'missed-while-down', now);
        }
        report.skippedSlots += skipped.length;
        if (postSlot !== undefined) catchUps.push(this.runLogged(settings.guildId, postSlot));
        else if (skipped.length > 0) this.store.advanceLastSlot(settings.guildId, skipped.at(-1) as number);
      } catch (error) {
        this.options.logger.error({ guildId: settings.guildId, err: error }, 'could not schedule digest');
      }
    }
    report.caughtUp = await Promise.all(catchUps);
    this.options.logger.info(
      { scheduled: report.scheduled, caughtUp: report.caughtUp.length, skippedSlots: report.skippedSlots },
      'digest scheduler started',
    );
    return report;
  }

  stop(): void {
    this.timers.clear();
  }

  /** Forgets servers the bot is no longer in (settings, ledger and timer). */
  retainGuilds(guildIds: readonly string[]): string[] {
    const keep = new Set(guildIds);
    const dropped = this.store.allSettings().filter((settings) => !keep.has(settings.guildId));
    for (const { guildId } of dropped) {
      this.timers.delete(guildId);
      this.store.remove(guildId, { forgetLedger: true });
    }
    return dropped.map((settings) => settings.guildId);
  }

  hasTimer(guildId: string): boolean {
    return this.timers.has(guildId);
  }

  private missedSlots(settings: DigestSettings): { postSlot: number | undefined; skipped: number[] } {
    const now = this.options.clock.now();
    const missed = runsBetween(
      specOf(settings),
      settings.timezone,
      settings.lastSlot,
      now,
      MAX_SKIPS_RECORDED + 1,
    );
    const latest = missed.at(-1);
    if (latest === undefined) return { postSlot: undefined, skipped: [] };
    if (now - latest <= this.graceMs) return { postSlot: latest, skipped: missed.slice(0, -1) };
    return { postSlot: undefined, skipped: missed };
  }

  private arm(settings: DigestSettings): void {
    if (settings.paused) return;
    const { guildId, cron, timezone } = settings;
    this.timers.set(guildId, cron, timezone, () => void this.tick(guildId));
  }

  private runLogged(guildId: string, slot: number): Promise<SlotOutcome> {
    return this.runDueSlot(guildId, slot).catch((error: unknown) => {
      this.options.logger.error({ guildId, slot, err: error }, 'digest slot failed');
      const message = error instanceof Error ? error.message : String(error);
      return { kind: 'failed', slot, channelId: '', error: message } satisfies SlotOutcome;
    });
  }

  private async tick(guildId: string): Promise<void> {
    try {
      const settings = this.store.settings(guildId);
      if (!settings) return;
      const now = this.options.clock.now();
      const slot = runsBetween(
        specOf(settings),
        settings.timezone,
        now - TICK_LOOKBACK_MS,
        now + 5_000,
        1,
      )[0];
      if (slot === undefined) return;
      await this.runDueSlot(guildId, slot);
    } catch (error) {
      this.options.logger.error({ guildId, err: error }, 'digest tick failed');
    }
  }

  private requireSettings(guildId: string): DigestSettings {
    const settings = this.store.settings(guildId);
    if (!settings) throw new UserError('No digest is set up on this server yet: use `/digest set`.');
    return settings;
  }

  private describe(settings: DigestSettings): ScheduledDigest {
    const runs = nextRuns(specOf(settings), settings.timezone, this.options.clock.now(), 3);
    return { settings, description: describeSchedule(settings), nextRuns: runs };
  }
}

function specOf(settings: DigestSettings): CronSpec {
  return parseCron(settings.cron);
}

function describeSchedule(settings: DigestSettings): string {
  try {
    return parseSchedule(settings.schedule).description;
  } catch {
    return `cron \`${settings.cron}\``;
  }
}
