/** followup_channels: where follow-up questions are answered, per server (migration 0002). */
export interface FollowupChannelsTable {
  guild_id: string;
  channel_id: string;
  added_at: number;
}

export interface FollowupTables {
  followup_channels: FollowupChannelsTable;
}
