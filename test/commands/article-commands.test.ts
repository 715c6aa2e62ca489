import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import summary from '../../commands/summary.ts';
import participants from '../../commands/participants.ts';
import background from '../../commands/background.ts';
import source from '../../commands/source.ts';
import articles from '../../commands/articles.ts';
import help from '../../commands/help.ts';
import { UserError } from '../../src/core/errors.ts';
import type { Command } from '../../src/bot/command.ts';
import type { OfflineServices } from '../../src/cli/offline-services.ts';
import { validatePayload } from '../../src/render/limits.ts';
import { EPHEMERAL_FLAG } from '../../src/render/payload.ts';
import { SEED_ID, contextFor, seedServices } from './seed-services.ts';

let offline: OfflineServices;
beforeAll(async () => {
  offline = await seedServices();
});
afterAll(() => offline.close());

const MONDAY = `<t:${Date.UTC(2023, 3, 17, 12) / 1000}:D>`;
/** Runs a command on the seed article (named, so articles an operator adds change nothing here). */
const run = async (command: Command, values: Record<string, string> = {}) => {
  const { payload } = await command.execute(contextFor(offline.services, { article: SEED_ID, ...values }));
  expect(validatePayload(payload)).toEqual([]);
  return payload;
};

describe('/summary', () => {
  it('GIVEN no article THEN the newest article of the library', async () => {
    const { payload } = await summary.execute(contextFor(offline.services));
    expect(payload.embeds![0]!.title).toBe(offline.services.library.latest()!.headline);
  });

  it('GIVEN the seed THEN the standard summary with date, source and key outcome', async () => {
    const payload = await run(summary);
    expect(payload.allowed_mentions).toStrictEqual({ parse: [] });
    const embed = payload.embeds![0]!;
    expect(embed.title).toBe('South Korea, Japan hold first senior-level security talks in five years');
    expect(embed.description).toContain('12th Security Policy Consultation');
    expect(embed.fields?.map((field) => field.name)).toStrictEqual(['Date', 'Source', 'Key outcome']);
    expect(embed.fields?.[0]?.value).toBe(`${MONDAY} (on Monday)`);
    expect(embed.fields?.[1]?.value).toBe('Yonhap, via The Korea Herald');
    expect(embed.fields?.[2]?.value).toContain('future-oriented security cooperation');
    expect(embed.fields?.[2]?.value).toContain('not a signed agreement');
    expect(embed.footer?.text).toMatch(/^standard summary · based on p1s0/);
  });

  it('GIVEN the three lengths THEN they differ visibly, brief < standard < detailed', async () => {
    const brief = await run(summary, { length: 'brief' });
    const standard = await run(summary, { length: 'standard' });
    const detailed = await run(summary, { length: 'detailed' });
    const size = (p: typeof brief) => JSON.stringify(p.embeds).length;
    expect(size(brief)).toBeLessThan(size(standard));
    expect(size(standard)).toBeLessThan(size(detailed));
    expect(brief.embeds![0]!.fields?.map((f) => f.name)).toStrictEqual(['Date', 'Source', 'Key outcome']);
    expect(brief.embeds![0]!.fields?.[2]?.value).toBe(
      'South Korea and Japan agreed to develop future-oriented security cooperation between the two countries. — *agreed to (an intention, not a signed agreement)*',
    );
    expect(standard.embeds![0]!.fields?.[2]?.value).toContain('without further details');
    for (const payload of [brief, standard, detailed]) {
      expect(payload.embeds![0]!.fields?.[0]?.value).toBe(`${MONDAY} (on Monday)`);
    }
    expect(detailed.embeds![0]!.fields?.map((f) => f.name)).toStrictEqual([
      'Date',
      'Source',
      'Key outcome',
      'Security talks',
      'Key figures',
      'All outcomes',
    ]);
    expect(detailed.embeds![0]!.fields?.[3]?.value).toContain('(12th)');
  });

  it('GIVEN the article by id or by exact headline THEN it is used; an unknown one is a user error', async () => {
    expect((await run(summary, { article: SEED_ID })).embeds![0]!.title).toContain('South Korea, Japan');
    await run(summary, {
      article: 'south korea, japan hold first senior-level security talks in five years',
    });
    await expect(summary.execute(contextFor(offline.services, { article: 'nope' }))).rejects.toThrow(
      /I have no article "nope".*\/articles/,
    );
    await expect(summary.execute(contextFor(offline.services, { length: 'huge' }))).rejects.toBeInstanceOf(
      UserError,
    );
  });
});

describe('/participants', () => {
  it('GIVEN no country THEN both delegations (name, title as written, organization, photo) then the leaders', async () => {
    const embed = (await run(participants)).embeds![0]!;
    expect(embed.description).toBe('4 named participants.');
    expect(embed.fields?.map((field) => field.name)).toStrictEqual([
      '🇰🇷 South Korea',
      '🇯🇵 Japan',
      'Mentioned, not taking part',
    ]);
    const [korea, japan, mentioned] = embed.fields!.map((field) => field.value);
    expect(korea).toMatch(
      /^\*\*Seo Min-jung\*\* — Foreign Ministry director-general for Asia and Pacific affairs\n {2}photo: second from left\n\*\*Woo Kyoung-suk\*\*/,
    );
    // The organization is named when the title does not already name it.
    expect(japan).toContain(
      '**Takehiro Funakoshi** — director-general of Asian and Oceanian affairs (Japanese Ministry of Foreign Affairs)',
    );
    expect(japan).toContain('photo: third from right');
    expect(mentioned).toBe(
      '**Yoon Suk Yeol** — South Korean President\n**Fumio Kishida** — Japanese Prime Minister',
    );
  });

  it('GIVEN a country by code, name or demonym THEN only that side', async () => {
    for (const country of ['jp', 'Japan', 'japanese']) {
      const embed = (await run(participants, { country })).embeds![0]!;
      expect(embed.fields?.[0]?.name).toBe('🇯🇵 Japan');
      expect(embed.fields?.map((field) => field.value).join()).not.toContain('Seo Min-jung');
    }
  });

  it('GIVEN an unknown country THEN a user error naming the choices', async () => {
    await expect(
      participants.execute(contextFor(offline.services, { article: SEED_ID, country: 'France' })),
    ).rejects.toThrow(/South Korea \(kr\), Japan \(jp\)/);
  });

  it('GIVEN autocomplete THEN countries with participants, and headlines for the article option', async () => {
    const options = contextFor(offline.services, { article: SEED_ID }).options;
    const base = { options, guildId: null, services: offline.services };
    const countries = await participants.autocomplete({ ...base, focused: { name: 'country', value: '' } });
    expect(countries).toStrictEqual([
      { name: '🇰🇷 South Korea', value: 'kr' },
      { name: '🇯🇵 Japan', value: 'jp' },
    ]);
    const typed = await participants.autocomplete({ ...base, focused: { name: 'country', value: 'jap' } });
    expect(typed.map((choice) => choice.value)).toStrictEqual(['jp']);
    const headlines = await participants.autocomplete({
      ...base,
      focused: { name: 'article', value: 'security' },
    });
    expect(headlines).toContainEqual({
      name: 'South Korea, Japan hold first senior-level security talks in five years',
      value: SEED_ID,
    });
  });
});

describe('/background', () => {
  it('GIVEN the seed THEN a timeline oldest first at each date’s precision, then why it matters now', async () => {
    const embed = (await run(background)).embeds![0]!;
    const dates = [...embed.description!.matchAll(/^\*\*(.+?)\*\* — /gm)].map((match) => match[1]);
    expect(dates[0]).toBe('1910–1945');
    expect(dates[1]).toBe('1998');
    expect(dates).toContain('March 2023');
    expect(dates.at(-1)).toBe(`${MONDAY} (on Monday)`);
    expect(embed.fields?.[0]?.name).toBe('Why it matters now');
    expect(embed.fields?.[0]?.value).toContain('latest sign of a thaw');
  });
});

describe('/source', () => {
  it('GIVEN the seed THEN source, date, link and every sentence with its id', async () => {
    const payload = await run(source);
    const [header, ...bodies] = payload.embeds!;
    expect(header?.fields?.slice(0, 3)).toStrictEqual([
      { name: 'Source', value: 'Yonhap (The Korea Herald)', inline: true },
      { name: 'Published', value: MONDAY, inline: true },
      { name: 'Link', value: 'not recorded for this article', inline: false },
    ]);
    const text = bodies.map((embed) => embed.description).join('\n');
    for (const id of ['p0s1', 'p1s0', 'p3s0', 'p7s1', 'p10s0']) expect(text).toContain(`\`${id}\``);
    expect(text).toContain('The 12th Security Policy Consultation, held in Seoul');
    expect(bodies.at(-1)?.footer?.text).toBe(`article id: ${SEED_ID}`);
  });
});

describe('/articles and /help', () => {
  it('GIVEN the library THEN one line per article, newest first, and a page footer', async () => {
    const { payload } = await articles.execute(contextFor(offline.services));
    expect(validatePayload(payload)).toEqual([]);
    const embed = payload.embeds![0]!;
    const all = offline.services.library.list();
    const pages = Math.ceil(all.length / 10);
    expect(embed.title).toBe(`Articles (${all.length})`);
    const lines = embed.description!.split('\n');
    expect(lines).toHaveLength(Math.min(10, all.length));
    lines.forEach((line, i) => expect(line).toContain(`\`${all[i]!.id}\``));
    if (all.some((article) => article.id === SEED_ID) && all.length <= 10)
      expect(lines).toContain(
        `**South Korea, Japan hold first senior-level security talks in five years** — ${MONDAY} — \`${SEED_ID}\``,
      );
    expect(embed.footer?.text).toMatch(new RegExp(`^page 1/${pages}`));
    const beyond = String(pages + 2);
    await expect(articles.execute(contextFor(offline.services, { page: beyond }))).rejects.toThrow(
      new RegExp(`${pages} page`),
    );
  });

  it('GIVEN /help THEN an ephemeral overview of every command and of follow-ups', async () => {
    const { payload } = await help.execute();
    expect(validatePayload(payload)).toEqual([]);
    expect(payload.flags).toBe(EPHEMERAL_FLAG);
    const text = JSON.stringify(payload.embeds);
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
    expect(payload.embeds![0]!.fields?.[1]?.name).toBe('Follow-up questions');
  });
});

describe('/articles paging', () => {
  it('GIVEN 23 articles THEN pages of 10 with "page x/y" and a pointer to the next page', async () => {
    const { pageOfArticles } = await import('../../src/answer/articles.ts');
    const { renderArticles } = await import('../../src/render/articles.ts');
    const seed = offline.services.library.latest()!;
    const many = Array.from({ length: 23 }, (_, i) => ({
      ...seed,
      id: `story-${i}`,
      headline: `Story ${i}`,
    }));
    const second = renderArticles(pageOfArticles(many, 2));
    expect(validatePayload(second)).toEqual([]);
    expect(second.embeds![0]!.description!.split('\n')).toHaveLength(10);
    expect(second.embeds![0]!.description).toMatch(/^\*\*Story 10\*\*/);
    expect(second.embeds![0]!.footer?.text).toMatch(/^page 2\/3 · next: \/articles page:3/);
    expect(renderArticles(pageOfArticles(many, 3)).embeds![0]!.description!.split('\n')).toHaveLength(3);
  });
});
