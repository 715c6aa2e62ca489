import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/core/clock.ts';
import { UserError } from '../../src/core/errors.ts';
import { FollowupSettings, MAX_FOLLOWUP_CHANNELS } from '../../src/followups/settings.ts';
import { openDatabase, type Database } from '../../src/store/database.ts';

const GUILD = '500000000000000001';
const OTHER_GUILD = '500000000000000002';
const GENERAL = '600000000000000001';
const NEWS = '600000000000000002';
const THREAD = '700000000000000001';

describe('FollowupSettings (real SQLite file)', () => {
  let dir: string;
  let path: string;
  let db: Database;
  let settings: FollowupSettings;
  const clock = new ManualClock(1_700_000_000_000);

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'followups-'));
    path = join(dir, 'bot.sqlite');
    db = openDatabase(path);
    settings = new FollowupSettings(db, clock);
  });

  afterEach(() => {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('GIVEN no channels chosen THEN follow-ups are allowed everywhere', () => {
    expect(settings.allowedChannels(GUILD)).toStrictEqual([]);
    expect(settings.isAllowed(GUILD, GENERAL)).toBe(true);
  });

  it('GIVEN #general allowed THEN only #general and its threads are allowed, in that server only', () => {
    expect(settings.allow(GUILD, GENERAL)).toBe(true);
    expect(settings.isAllowed(GUILD, GENERAL)).toBe(true);
    expect(settings.isAllowed(GUILD, THREAD, GENERAL)).toBe(true);
    expect(settings.isAllowed(GUILD, NEWS)).toBe(false);
    expect(settings.isAllowed(GUILD, THREAD, NEWS)).toBe(false);
    expect(settings.isAllowed(OTHER_GUILD, NEWS)).toBe(true);
  });

  it('GIVEN channels allowed in turn THEN they are listed in that order and a repeat is reported', () => {
    settings.allow(GUILD, NEWS);
    clock.advance(1_000);
    settings.allow(GUILD, GENERAL);
    expect(settings.allow(GUILD, NEWS)).toBe(false);
    expect(settings.allowedChannels(GUILD)).toStrictEqual([NEWS, GENERAL]);
  });

  it('GIVEN the last allowed channel is removed THEN follow-ups are allowed everywhere again', () => {
    settings.allow(GUILD, GENERAL);
    expect(settings.disallow(GUILD, GENERAL)).toBe(true);
    expect(settings.disallow(GUILD, GENERAL)).toBe(false);
    expect(settings.isAllowed(GUILD, NEWS)).toBe(true);
  });

  it('GIVEN clear THEN the restriction is lifted for that server only', () => {
    settings.allow(GUILD, GENERAL);
    settings.allow(GUILD, NEWS);
    settings.allow(OTHER_GUILD, NEWS);
    expect(settings.clear(GUILD)).toBe(2);
    expect(settings.allowedChannels(GUILD)).toStrictEqual([]);
    expect(settings.allowedChannels(OTHER_GUILD)).toStrictEqual([NEWS]);
  });

  it('GIVEN the database is closed and reopened THEN the settings are still there', () => {
    settings.allow(GUILD, GENERAL);
    db.close();
    db = openDatabase(path);
    expect(new FollowupSettings(db).allowedChannels(GUILD)).toStrictEqual([GENERAL]);
  });

  it('GIVEN the maximum number of channels THEN one more is refused with a UserError', () => {
    for (let i = 0; i < MAX_FOLLOWUP_CHANNELS; i += 1)
      settings.allow(GUILD, String(600000000000001000n + BigInt(i)));
    expect(() => settings.allow(GUILD, GENERAL)).toThrow(UserError);
    expect(settings.allow(GUILD, '600000000000001000')).toBe(false); // re-allowing a listed one is fine
  });

  it('GIVEN a corrupt row written behind its back THEN reading fails loudly instead of trusting it', () => {
    db.prepare('INSERT INTO followup_channels (guild_id, channel_id, added_at) VALUES (?, ?, ?)').run(
      GUILD,
      'not-an-id',
      0,
    );
    expect(() => settings.allowedChannels(GUILD)).toThrow();
  });
});
