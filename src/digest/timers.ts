import { createTask, type ScheduledTask } from 'node-cron';

/** One wake-up timer per server. node-cron only wakes the runner; the cron calculator decides the slot. */
export interface TimerRegistry {
  set(guildId: string, cron: string, timeZone: string, onTick: () => void): void;
  delete(guildId: string): void;
  clear(): void;
  has(guildId: string): boolean;
  readonly size: number;
}

export class CronTimers implements TimerRegistry {
  private readonly tasks = new Map<string, ScheduledTask>();

  set(guildId: string, cron: string, timeZone: string, onTick: () => void): void {
    this.delete(guildId);
    const task = createTask(cron, onTick, { timezone: timeZone, name: `digest:${guildId}`, noOverlap: true });
    void task.start();
    this.tasks.set(guildId, task);
  }

  delete(guildId: string): void {
    const task = this.tasks.get(guildId);
    if (!task) return;
    void task.destroy();
    this.tasks.delete(guildId);
  }

  clear(): void {
    for (const guildId of [...this.tasks.keys()]) this.delete(guildId);
  }

  has(guildId: string): boolean {
    return this.tasks.has(guildId);
  }

  get size(): number {
    return this.tasks.size;
  }
}

/** Records what would be scheduled and lets a test or benchmark fire a tick by hand. */
export class ManualTimers implements TimerRegistry {
  readonly entries = new Map<string, { cron: string; timeZone: string; onTick: () => void }>();

  set(guildId: string, cron: string, timeZone: string, onTick: () => void): void {
    this.entries.set(guildId, { cron, timeZone, onTick });
  }
  delete(guildId: string): void {
    this.entries.delete(guildId);
  }
  clear(): void {
    this.entries.clear();
  }
  has(guildId: string): boolean {
    return this.entries.has(guildId);
  }
  get size(): number {
    return this.entries.size;
  }
}
