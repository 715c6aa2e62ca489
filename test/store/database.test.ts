import { existsSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, schemaVersion } from '../../src/store/database.ts';
import { migrations } from '../../src/store/migrations.ts';
import { tempDatabasePath } from '../digest/fakes.ts';

let temp: ReturnType<typeof tempDatabasePath>;
beforeEach(() => {
  temp = tempDatabasePath();
});
afterEach(() => temp.cleanup());

describe('openDatabase', () => {
  it('GIVEN a path in a folder that does not exist THEN it creates both, in WAL mode, with every migration applied', () => {
    const db = openDatabase(temp.path);
    expect(existsSync(temp.path)).toBe(true);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('busy_timeout', { simple: true })).toBe(5000);
    expect(schemaVersion(db)).toBe(migrations.length);
    const tables = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
      .pluck()
      .all();
    expect(tables).toEqual(['digest_ledger', 'digest_settings', 'followup_channels']);
    db.close();
  });

  it('GIVEN migration 2 THEN followup_channels has exactly the agreed columns and key', () => {
    const db = openDatabase(temp.path);
    const columns = db.prepare('PRAGMA table_info(followup_channels)').all() as Array<
      Record<string, unknown>
    >;
    expect(columns.map(({ name, type, notnull, pk }) => ({ name, type, notnull, pk }))).toEqual([
      { name: 'guild_id', type: 'TEXT', notnull: 1, pk: 1 },
      { name: 'channel_id', type: 'TEXT', notnull: 1, pk: 2 },
      { name: 'added_at', type: 'INTEGER', notnull: 1, pk: 0 },
    ]);
    db.close();
  });

  it('GIVEN an existing file THEN reopening keeps the data and runs nothing twice', () => {
    const first = openDatabase(temp.path);
    first.prepare('INSERT INTO followup_channels VALUES (?, ?, ?)').run('g', 'c', 1);
    first.close();
    const second = openDatabase(temp.path);
    expect(second.prepare('SELECT count(*) FROM followup_channels').pluck().get()).toBe(1);
    expect(schemaVersion(second)).toBe(migrations.length);
    second.close();
  });

  it('GIVEN a migration that fails THEN neither its changes nor its version are kept', () => {
    openDatabase(temp.path).close();
    const broken = [
      ...migrations,
      { version: 99, description: 'broken', sql: 'CREATE TABLE half (x); SELECT * FROM nowhere' },
    ];
    expect(() => openDatabase(temp.path, broken)).toThrow(/nowhere/);
    const db = openDatabase(temp.path);
    expect(schemaVersion(db)).toBe(migrations.length);
    expect(db.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'half'").pluck().get()).toBe(0);
    db.close();
  });

  it('GIVEN a file written by a newer build THEN it refuses to open it', () => {
    const db = openDatabase(temp.path);
    db.pragma('user_version = 1000');
    db.close();
    expect(() => openDatabase(temp.path)).toThrow(/newer than this build/);
  });
});
