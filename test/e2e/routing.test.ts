import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { messageText } from '../fake-discord/index.ts';
import { REPO_ROOT } from './support/bot-process.ts';
import { expectCleanRun, startHarness, TEST_GUILDS, type Harness } from './support/harness.ts';

/** Three stories of the corpus in the bot's library: the seed and two tuning articles. */
const STORIES = [
  path.join(REPO_ROOT, 'data/articles/kr-jp-security-talks-2023-04-17'),
  path.join(REPO_ROOT, 'test/fixtures/articles/quake-2025-02-14'),
  path.join(REPO_ROOT, 'test/fixtures/articles/bridge-opening-2025-11-08'),
];
const headline = (base: string): string =>
  (JSON.parse(readFileSync(`${base}.json`, 'utf8')) as { headline: string }).headline;
const SEED = headline(STORIES[0]!);
const QUAKE = headline(STORIES[1]!);
const BRIDGE = headline(STORIES[2]!);

describe('/ask with several articles and none named, through the real bot process and a strict Discord', () => {
  let harness: Harness;
  let dir: string;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'routing-articles-'));
    for (const base of STORIES)
      for (const ext of ['.json', '.txt'])
        copyFileSync(`${base}${ext}`, path.join(dir, `${path.basename(base)}${ext}`));
    const [guild] = TEST_GUILDS;
    harness = await startHarness({
      bot: { env: { ARTICLES_DIR: dir } },
      fake: {
        guilds: [
          {
            ...guild,
            channels: [...(guild?.channels ?? []), { name: 'lobby' }, { name: 'digest' }, { name: 'lobby2' }],
          },
        ],
      },
    });
  });

  afterAll(async () => {
    const { exitCode } = await harness.stop();
    rmSync(dir, { recursive: true, force: true });
    expect(exitCode).toBe(0);
  });

  const users = {
    alice: { id: '900000000000000001', username: 'alice' },
    bob: { id: '900000000000000002', username: 'bob' },
    carol: { id: '900000000000000003', username: 'carol' },
    dave: { id: '900000000000000004', username: 'dave' },
    erin: { id: '900000000000000005', username: 'erin' },
  };

  async function ask(user: keyof typeof users, channel: string, question: string): Promise<string> {
    const sent = harness.discord.sendInteraction({
      command: 'ask',
      options: { question },
      user: users[user],
      channelId: harness.discord.channel(channel).id,
    });
    return messageText(await sent.reply());
  }

  it('GIVEN a story asked about in a channel THEN a generic first question there by someone else is about it, a fresh channel is asked which story, and a named story is honoured', async () => {
    const depth = await ask('alice', 'general', 'How deep was the quake?');
    expect(depth).toContain('14 kilometers');
    expect(depth).toContain(`From “${QUAKE}”`);

    // Bob names nothing: the story the channel is talking about answers, and says why.
    const photo = await ask('bob', 'general', 'who took the photo?');
    expect(photo).toContain('AP Photo');
    expect(photo).toContain(
      `(From “${QUAKE}”, the story last asked about or posted here; name another story to ask about it.)`,
    );

    // Nothing was asked in #news: no guess, the bot asks which story, newest first, and cites no article.
    const which = await ask('carol', 'news', 'who wrote this?');
    expect(which).toContain('Which story do you mean?');
    expect(which).toMatch(
      new RegExp(
        `1\\. “${BRIDGE}”[\\s\\S]*2\\. “${QUAKE}”[\\s\\S]*3\\. “${SEED.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}”`,
      ),
    );
    expect(which).not.toContain('· the answer is limited to what the article says');

    // Asked again with the story pointed at, it answers from that story; the conversation then keeps it.
    const ribbon = await ask('carol', 'news', 'Who cut the ribbon at the bridge opening?');
    expect(ribbon).toContain('Denise Calloway');
    expect(ribbon).toContain(`From “${BRIDGE}”`);
    const followUp = await ask('carol', 'news', 'who took the photo?');
    expect(followUp).toContain('Sam Ortiz');
    expect(followUp).not.toContain('the story last asked about or posted here');
    expectCleanRun(harness);
  }, 120_000);

  it('GIVEN the bot asked which story is meant THEN the reply "2" gets the question asked before answered from the second story listed, and the next question stays with it', async () => {
    const which = await ask('dave', 'lobby', 'who spoke?');
    expect(which).toContain('Which story do you mean?');
    const second = /^2\. “(.+)”$/m.exec(which)?.[1];
    expect([SEED, QUAKE, BRIDGE]).toContain(second);
    const picked = await ask('dave', 'lobby', '2');
    expect(picked).toContain(`(From “${second}”, the story you picked.)`);
    expect(picked).not.toContain('Which story do you mean?');
    const next = await ask('dave', 'lobby', 'where was it?');
    expect(next).not.toContain('Which story do you mean?');
    expect(next).not.toContain('(From “');
    expectCleanRun(harness);
  }, 120_000);

  it('GIVEN a digest posted in a channel THEN a first question there naming no story is answered as about one of the stories posted, and says so', async () => {
    const digestChannel = harness.discord.channel('digest').id;
    const set = harness.discord.sendInteraction({
      command: 'digest',
      subcommand: 'set',
      options: { channel: digestChannel, schedule: 'daily 09:00' },
    });
    await set.reply();
    const now = harness.discord.sendInteraction({ command: 'digest', subcommand: 'now', options: {} });
    expect(messageText(await now.reply())).toContain('Digest posted');
    // Before the digest a bare "who took the photo?" is only the article closest to the question; under it, one of
    // the stories posted here.
    const photo = await ask('erin', 'digest', 'who took the photo?');
    expect(photo).toContain('Sam Ortiz');
    expect(photo).toContain(`(From “${BRIDGE}”, the story last asked about or posted here;`);
    const elsewhere = await ask('erin', 'lobby2', 'who took the photo?');
    expect(elsewhere).toContain('the article closest to the question');
    expectCleanRun(harness);
  }, 120_000);
});
