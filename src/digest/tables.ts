import type { ColumnType } from 'kysely';

/** digest_settings: one row per server with a digest (migration 0001). Flags are 0/1 integers on both engines. */
export interface DigestSettingsTable {
  guild_id: string;
  channel_id: string;
  schedule: string;
  cron: string;
  timezone: string;
  paused: number;
  pause_reason: string | null;
  nothing_new_note: number;
  /** The latest slot (epoch ms) evaluated; missed-slot detection at start looks at the slots after it. */
  last_slot: number;
  created_at: number;
  updated_at: number;
}

/** digest_ledger: one row per (server, slot), the exactly-once record (migrations 0001 and 0003). */
export interface DigestLedgerTable {
  guild_id: string;
  channel_id: string;
  slot: number;
  /** JSON array of article ids. */
  article_ids: ColumnType<string, string | undefined, string>;
  status: string;
  skip_reason: string | null;
  message_id: string | null;
  thread_id: string | null;
  error: string | null;
  claimed_at: number;
  completed_at: number | null;
  /** Sent with every part of the post (Discord's enforce_nonce), so a retried claim cannot post twice. */
  nonce: string | null;
  /** 1 for the first try; 2 once an unconfirmed claim has been retried. */
  attempts: ColumnType<number, number | undefined, number>;
}

export interface DigestTables {
  digest_settings: DigestSettingsTable;
  digest_ledger: DigestLedgerTable;
}
