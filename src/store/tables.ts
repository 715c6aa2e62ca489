import type { DigestTables } from '../digest/tables.ts';
import type { FollowupTables } from '../followups/tables.ts';
import type { ClaimTables } from './claims.ts';
import type { FeedTables } from '../feeds/store/tables.ts';

/**
 * Every table the bot stores, as kysely sees it. A module that adds tables declares their row types in its
 * own folder (like src/digest/tables.ts), adds the interface here, and adds a migration that creates them
 * (src/store/migrations.ts explains how).
 */
export interface Tables extends DigestTables, FollowupTables, ClaimTables, FeedTables {}
