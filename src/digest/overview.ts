import type { DigestSettings, LedgerEntry } from './store.ts';

export type DigestProblem =
  | { kind: 'channel-gone'; channelId: string }
  | { kind: 'permission-missing'; channelId: string }
  | { kind: 'slot-skipped'; slot: number }
  | { kind: 'unconfirmed'; slot: number; channelId: string }
  | { kind: 'failed'; slot: number; error: string };

/** Everything /digest show displays, as plain data. */
export interface DigestOverview {
  settings: DigestSettings;
  description: string;
  nextRun: number | undefined;
  lastPost:
    { slot: number; channelId: string; messageId: string; url: string; threadId: string | null } | undefined;
  problems: DigestProblem[];
}

const MAX_PROBLEMS = 6;

export function buildOverview(input: {
  settings: DigestSettings;
  description: string;
  nextRun: number | undefined;
  /** Newest first. */
  entries: readonly LedgerEntry[];
  isInFlight: (slot: number) => boolean;
  messageUrl: (channelId: string, messageId: string) => string;
}): DigestOverview {
  const { settings, entries } = input;
  const lastSent = entries.find((entry) => entry.status === 'sent' && entry.messageId !== null);
  const problems: DigestProblem[] = [];
  if (settings.paused && settings.pauseReason === 'unknown-channel') {
    problems.push({ kind: 'channel-gone', channelId: settings.channelId });
  } else if (
    settings.paused &&
    (settings.pauseReason === 'missing-permissions' || settings.pauseReason === 'missing-access')
  ) {
    problems.push({ kind: 'permission-missing', channelId: settings.channelId });
  }
  // Only what was recorded since the last good post's slot is still a problem. (Recorded, not scheduled:
  // slots skipped at a start stay visible even though the catch-up post after them has a later slot.)
  for (const entry of entries) {
    if (entry === lastSent || (lastSent !== undefined && entry.claimedAt < lastSent.slot)) continue;
    if (entry.status === 'skipped') problems.push({ kind: 'slot-skipped', slot: entry.slot });
    else if (entry.status === 'failed')
      problems.push({ kind: 'failed', slot: entry.slot, error: entry.error ?? 'unknown error' });
    else if (entry.status === 'claimed' && !input.isInFlight(entry.slot)) {
      problems.push({ kind: 'unconfirmed', slot: entry.slot, channelId: entry.channelId });
    }
  }
  const lastPost =
    lastSent && lastSent.messageId !== null
      ? {
          slot: lastSent.slot,
          channelId: lastSent.channelId,
          messageId: lastSent.messageId,
          url: input.messageUrl(lastSent.channelId, lastSent.messageId),
          threadId: lastSent.threadId,
        }
      : undefined;
  return {
    settings,
    description: input.description,
    nextRun: input.nextRun,
    lastPost,
    problems: problems.slice(0, MAX_PROBLEMS),
  };
}
