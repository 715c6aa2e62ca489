import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isEphemeral, messageText, type CommandSpec } from '../fake-discord/index.ts';
import { expectCleanRun, startHarness, type Harness } from './support/harness.ts';

const ARTICLE_ID = 'kr-jp-security-talks-2023-04-17';

describe('every slash command through the real bot process and a strict Discord', () => {
  let harness: Harness;

  beforeAll(async () => {
    harness = await startHarness();
  });

  afterAll(async () => {
    const { exitCode } = await harness.stop();
    expect(exitCode).toBe(0);
  });

  async function run(spec: CommandSpec) {
    const sent = harness.discord.sendInteraction(spec);
    const callback = await sent.callback;
    expect(callback.latencyMs).toBeLessThan(3000);
    const reply = await sent.reply();
    return { callback, reply, text: messageText(reply) };
  }

  it('GIVEN /summary at each length THEN headline, Discord date, source, and three visibly different lengths', async () => {
    const brief = await run({ command: 'summary', options: { length: 'brief' } });
    const standard = await run({ command: 'summary' });
    const detailed = await run({ command: 'summary', options: { length: 'detailed', article: ARTICLE_ID } });
    for (const { text } of [brief, standard, detailed]) {
      expect(text).toContain('South Korea, Japan hold first senior-level security talks in five years');
      expect(text).toMatch(/<t:\d+:D>/);
      expect(text).toContain('Yonhap');
    }
    expect(standard.text).toContain('Security Policy Consultation');
    expect(brief.text.length).toBeLessThan(standard.text.length);
    expect(standard.text.length).toBeLessThan(detailed.text.length);
    expect(isEphemeral(standard.reply)).toBe(false);
  });

  it('GIVEN /participants THEN both countries with names and titles, and the leaders only mentioned', async () => {
    const { text } = await run({ command: 'participants' });
    for (const name of ['Seo Min-jung', 'Woo Kyoung-suk', 'Takehiro Funakoshi', 'Atsushi Ando'])
      expect(text).toContain(name);
    expect(text).toContain('director-general of Asian and Oceanian affairs');
    expect(text).toMatch(/Mentioned[\s\S]*Yoon Suk Yeol[\s\S]*Fumio Kishida/);
    const japan = await run({ command: 'participants', options: { country: 'Japan' } });
    expect(japan.text).toContain('Funakoshi');
    expect(japan.text).not.toContain('Seo Min-jung');
  });

  it('GIVEN /background THEN a dated timeline oldest first', async () => {
    const { text } = await run({ command: 'background' });
    const years = ['1910', '1998', '2018', 'March 2023'].map((y) => text.indexOf(y));
    expect(years.every((i) => i >= 0)).toBe(true);
    expect([...years].sort((a, b) => a - b)).toEqual(years);
  });

  it('GIVEN /ask THEN an answer with its cited source sentence and a continue-in-thread button', async () => {
    const { reply, text } = await run({ command: 'ask', options: { question: 'Who attended the talks?' } });
    expect(text).toContain('Funakoshi');
    expect(text).toMatch(/Source p\d+s\d+/);
    const button = reply.components.flatMap((row) => row.components as Array<{ custom_id?: string }>)[0];
    expect(button?.custom_id).toMatch(/^ask-thread:/);
  });

  it('GIVEN /source and /articles THEN numbered sentences, and the library line with the article id', async () => {
    const source = await run({ command: 'source' });
    expect(source.text).toMatch(/`p2s0`.*Security Policy Consultation/);
    const articles = await run({ command: 'articles' });
    expect(articles.text).toContain(ARTICLE_ID);
  });

  it('GIVEN /help THEN every command is listed', async () => {
    const { text } = await run({ command: 'help' });
    for (const name of [
      '/summary',
      '/participants',
      '/background',
      '/ask',
      '/source',
      '/articles',
      '/digest',
    ]) {
      expect(text).toContain(name);
    }
  });

  it('GIVEN autocomplete on article and country THEN Discord-valid choices from the library', async () => {
    const articles = await harness.discord.sendInteraction({
      kind: 'autocomplete',
      command: 'summary',
      options: { article: 'korea' },
      focused: 'article',
    }).callback;
    expect(articles.type).toBe(8);
    expect(articles.data?.choices).toEqual(
      expect.arrayContaining([expect.objectContaining({ value: ARTICLE_ID })]),
    );
    const countries = await harness.discord.sendInteraction({
      kind: 'autocomplete',
      command: 'participants',
      options: { country: 'ja' },
      focused: 'country',
    }).callback;
    expect(JSON.stringify(countries.data?.choices)).toContain('Japan');
  });

  it('GIVEN "berlin" typed in /digest set timezone THEN IANA names are offered, at most 25', async () => {
    const zones = await harness.discord.sendInteraction({
      kind: 'autocomplete',
      command: 'digest',
      subcommand: 'set',
      options: { timezone: 'berlin' },
      focused: 'timezone',
    }).callback;
    expect(zones.type).toBe(8);
    expect(zones.data?.choices).toContainEqual({ name: 'Europe/Berlin', value: 'Europe/Berlin' });
    expect((zones.data?.choices as unknown[]).length).toBeLessThanOrEqual(25);
  });

  it('GIVEN /followups allow, list and everywhere THEN the channel list is managed', async () => {
    const news = harness.discord.channel('news').id;
    const allowed = await run({ command: 'followups', subcommand: 'allow', options: { channel: news } });
    expect(allowed.text).toContain(`<#${news}>`);
    expect((await run({ command: 'followups', subcommand: 'list' })).text).toContain(`<#${news}>`);
    expect((await run({ command: 'followups', subcommand: 'everywhere' })).text).toContain(
      'Restriction removed',
    );
  });

  it('GIVEN a member without Manage Server THEN /digest set is refused with an ephemeral explanation', async () => {
    const { reply, text } = await run({
      command: 'digest',
      subcommand: 'set',
      options: { channel: harness.discord.channel('news').id, schedule: 'daily 09:00' },
      memberPermissions: 1n << 11n,
    });
    expect(isEphemeral(reply)).toBe(true);
    expect(text).toContain('Manage Server');
  });

  it('GIVEN a 4,000-character question and one carrying @everyone, a role ping and markdown THEN valid replies that ping nobody', async () => {
    const long = await run({ command: 'ask', options: { question: `who attended ${'x'.repeat(4000)}` } });
    expect(long.text.length).toBeGreaterThan(0);
    const injected = await run({
      command: 'ask',
      options: { question: '@everyone <@&123456789012345678> **who** attended?' },
    });
    expect(injected.reply.pings).toEqual({ everyone: false, users: [], roles: [], repliedUser: false });
    expect(injected.text).not.toMatch(/(^|[^\u200b])@everyone/);
  });

  it('GIVEN an article id that does not exist THEN an ephemeral explanation', async () => {
    const { reply, text } = await run({ command: 'summary', options: { article: 'no-such-article' } });
    expect(isEphemeral(reply)).toBe(true);
    expect(text).toContain('/articles');
  });

  it('GIVEN a command the bot does not know THEN an ephemeral error', async () => {
    const { reply } = await run({ command: 'nonexistent' });
    expect(isEphemeral(reply)).toBe(true);
  });

  it('GIVEN the whole session THEN nothing was refused, unexpected, or pinging', () => {
    expectCleanRun(harness);
  });
});
