import type { ChannelGateway } from '../core/channel-gateway.ts';
import { systemClock, type Clock } from '../core/clock.ts';
import { UserError } from '../core/errors.ts';
import type { Logger } from '../core/logger.ts';
import { patiently } from '../store/busy.ts';
import { DEFAULT_CLAIM_LEASE_MS } from '../store/claims.ts';
import type { Store } from '../store/database.ts';
import { nextRuns, parseCron, runsBetween, type CronSpec } from './cron.ts';
import { buildOverview, type DigestOverview } from './overview.ts';
import { TokenBucket, type RequestLimiter } from './rate-limiter.ts';
import {
  DigestRunner,
  type DigestArticleSource,
  type DigestPostedHook,
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
  store: Store;
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
  /** Told of every digest posted (its channel, thread and stories): see RunnerDeps.onPosted. */
  onPosted?: DigestPostedHook;
  /** How long a claim is its claimer's before an unconfirmed one is retried (default 60 s). */
  claimLeaseMs?: number;
  /** Which servers this process runs digests for (a shard's own servers); default all. */
  ownsGuild?: (guildId: string) => boolean;
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
  private readonly ownsGuild: (guildId: string) => boolean;
  private readonly retryTimers = new Map<string, NodeJS.Timeout>();

  constructor(private readonly options: DigestServiceOptions) {
    this.store = new DigestStore(options.store, options.logger);
    this.ownsGuild = options.ownsGuild ?? (() => true);
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
      leaseMs: options.claimLeaseMs ?? DEFAULT_CLAIM_LEASE_MS,
      ...(options.threads ? { threads: options.threads } : {}),
      ...(options.onPosted ? { onPosted: options.onPosted } : {}),
    });
  }

  async set(guildId: string, input: ScheduleInput): Promise<ScheduledDigest> {
    const parsed = parseSchedule(input.schedule);
    const timezone = canonicalTimeZone(input.timezone?.trim() || 'UTC');
    if (!timezone) {
      throw new UserError(
        `"${input.timezone}" is not an IANA timezone; try a name like Europe/Berlin or America/New_York.`,
      );
    }
    const previous = await this.store.settings(guildId);
    const settings = await this.store.saveSettings({
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

  async show(guildId: string): Promise<DigestOverview | undefined> {
    const settings = await this.store.settings(guildId);
    if (!settings) return undefined;
    const { description, nextRuns } = this.describe(settings);
    return buildOverview({
      settings,
      description,
      nextRun: settings.paused ? undefined : nextRuns[0],
      entries: await this.store.recentEntries(guildId, 25),
      isInFlight: (slot) => this.runner.isInFlight(guildId, slot),
      messageUrl: (channelId, messageId) => this.options.channels.messageUrl(guildId, channelId, messageId),
    });
  }

  async pause(guildId: string): Promise<DigestSettings> {
    await this.requireSettings(guildId);
    await this.store.setPaused(guildId, true, 'manual', this.options.clock.now());
    this.timers.delete(guildId);
    return this.requireSettings(guildId);
  }

  async resume(guildId: string): Promise<ScheduledDigest> {
    await this.requireSettings(guildId);
    await this.store.setPaused(guildId, false, null, this.options.clock.now());
    const settings = await this.requireSettings(guildId);
    this.arm(settings);
    return this.describe(settings);
  }

  remove(guildId: string): Promise<boolean> {
    this.timers.delete(guildId);
    return this.store.remove(guildId, { forgetLedger: false });
  }

  /** Posts now, to `channelId` or the configured channel; a channel problem here only pauses the configured channel. */
  async postNow(guildId: string, channelId?: string): Promise<SlotOutcome> {
    const settings = await this.store.settings(guildId);
    const target = channelId ?? settings?.channelId;
    if (!target)
      throw new UserError('No digest channel is set up here: pick a channel, or run `/digest set` first.');
    const slot = await this.store.manualSlot(guildId, this.options.clock.now());
    return this.runner.postManual(guildId, target, slot, target === settings?.channelId);
  }

  /** What a timer tick (or a test driving the clock) calls for a due slot. */
  runDueSlot(guildId: string, slot: number): Promise<SlotOutcome> {
    return patiently(() => this.runner.runScheduledSlot(guildId, slot));
  }

  /** Posts again what a stopped process claimed and never confirmed, for one server (see runner.ts). */
  retryUnconfirmed(guildId: string): Promise<SlotOutcome[]> {
    return patiently(() => this.runner.retryUnconfirmed(guildId));
  }

  /**
   * Rebuilds every timer from the database, then posts or skips what was missed while the bot was down.
   * Never rejects (callers may fire and forget it): problems are logged per server.
   */
  start(): Promise<StartReport> {
    return patiently(() => this.startNow());
  }

  private async startNow(): Promise<StartReport> {
    this.timers.clear();
    const report: StartReport = { scheduled: 0, caughtUp: [], skippedSlots: 0 };
    const catchUps: Array<Promise<SlotOutcome>> = [];
    let everySettings: DigestSettings[];
    try {
      everySettings = (await this.store.allSettings()).filter((settings) => this.ownsGuild(settings.guildId));
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
          await this.store.recordSkip(settings.guildId, settings.channelId, slot, 'missed-while-down', now);
        }
        report.skippedSlots += skipped.length;
        if (postSlot !== undefined) catchUps.push(this.runLogged(settings.guildId, postSlot));
        else if (skipped.length > 0)
          await this.store.advanceLastSlot(settings.guildId, skipped.at(-1) as number);
      } catch (error) {
        this.options.logger.error({ guildId: settings.guildId, err: error }, 'could not schedule digest');
      }
    }
    report.caughtUp = await Promise.all(catchUps);
    await this.scheduleRetries();
    this.options.logger.info(
      { scheduled: report.scheduled, caughtUp: report.caughtUp.length, skippedSlots: report.skippedSlots },
      'digest scheduler started',
    );
    return report;
  }

  stop(): void {
    this.timers.clear();
    for (const timer of this.retryTimers.values()) clearTimeout(timer);
    this.retryTimers.clear();
  }

  /** Unconfirmed claims left by a stopped process: retried when their lease is over (now, or later). */
  private async scheduleRetries(): Promise<void> {
    let due: Map<string, number>;
    try {
      due = await this.runner.pendingRetries();
    } catch (error) {
      this.options.logger.error({ err: error }, 'could not read unconfirmed digest claims');
      return;
    }
    for (const [guildId, at] of due) {
      if (!this.ownsGuild(guildId) || this.retryTimers.has(guildId)) continue;
      const delay = Math.max(0, at - this.options.clock.now()) + 50;
      const timer = setTimeout(() => {
        this.retryTimers.delete(guildId);
        this.retryUnconfirmed(guildId).catch((error: unknown) =>
          this.options.logger.error({ guildId, err: error }, 'digest claim retry failed'),
        );
      }, delay);
      timer.unref();
      this.retryTimers.set(guildId, timer);
    }
  }

  /** Forgets servers the bot is no longer in (settings, ledger and timer). */
  async retainGuilds(guildIds: readonly string[]): Promise<string[]> {
    const keep = new Set(guildIds);
    const dropped = (await this.store.allSettings()).filter(
      (settings) => this.ownsGuild(settings.guildId) && !keep.has(settings.guildId),
    );
    for (const { guildId } of dropped) {
      this.timers.delete(guildId);
      await this.store.remove(guildId, { forgetLedger: true });
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
      const settings = await this.store.settings(guildId);
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
      const outcome = await this.runDueSlot(guildId, slot);
      this.options.logger.debug({ guildId, slot, outcome: outcome.kind }, 'digest slot evaluated');
    } catch (error) {
      this.options.logger.error({ guildId, err: error }, 'digest tick failed');
    }
  }

  private async requireSettings(guildId: string): Promise<DigestSettings> {
    const settings = await this.store.settings(guildId);
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
