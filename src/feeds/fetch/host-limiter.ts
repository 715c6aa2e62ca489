/**
 * Bounds fetches at once, overall and per host, so one busy host is never hammered and one slow host
 * cannot take every slot. Waiting tasks start in arrival order, skipping those whose host is at its limit.
 */
export class HostLimiter {
  private running = 0;
  private readonly perHost = new Map<string, number>();
  private readonly waiting: Array<{ host: string; start: () => void }> = [];
  /** Highest number of fetches seen at once for any one host (the benchmark reports it). */
  maxSeenPerHost = 0;

  constructor(
    private readonly maxConcurrent: number,
    private readonly maxPerHost: number,
  ) {}

  async run<T>(url: string, task: () => Promise<T>): Promise<T> {
    const host = hostOf(url);
    await new Promise<void>((resolve) => {
      this.waiting.push({ host, start: resolve });
      this.pump();
    });
    try {
      return await task();
    } finally {
      this.running -= 1;
      const left = (this.perHost.get(host) ?? 1) - 1;
      if (left === 0) this.perHost.delete(host);
      else this.perHost.set(host, left);
      this.pump();
    }
  }

  get active(): number {
    return this.running;
  }

  get queued(): number {
    return this.waiting.length;
  }

  private pump(): void {
    for (let i = 0; i < this.waiting.length && this.running < this.maxConcurrent;) {
      const next = this.waiting[i] as { host: string; start: () => void };
      const onHost = this.perHost.get(next.host) ?? 0;
      if (onHost >= this.maxPerHost) {
        i += 1;
        continue;
      }
      this.waiting.splice(i, 1);
      this.running += 1;
      this.perHost.set(next.host, onHost + 1);
      this.maxSeenPerHost = Math.max(this.maxSeenPerHost, onHost + 1);
      next.start();
    }
  }
}

function hostOf(url: string): string {
  try {
    return new URL(url).host.toLowerCase();
  } catch {
    return url;
  }
}
