import type { JsonObject } from './json.ts';
import type { FakeGuild, World } from './world.ts';

/** READY as discord.js 14 needs it: user, unavailable guilds, application, session and resume URL. */
export function readyPayload(
  world: World,
  sessionId: string,
  port: number,
  applicationId: string,
  shard: [number, number] = [0, 1],
  guilds: readonly FakeGuild[] = [...world.guilds.values()],
): JsonObject {
  return {
    v: 10,
    user: { ...world.userJson(world.botUser), verified: true, mfa_enabled: false },
    guilds: guilds.map((g) => ({ id: g.id, unavailable: true })),
    session_id: sessionId,
    resume_gateway_url: `ws://127.0.0.1:${port}/resume`,
    shard,
    application: { id: applicationId, flags: 0 },
    private_channels: [],
    presences: [],
    relationships: [],
    user_settings: {},
    guild_join_requests: [],
    geo_ordered_rtc_regions: [],
  };
}
