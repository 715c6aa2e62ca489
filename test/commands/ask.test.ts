import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ask from '../../commands/ask.ts';
import type { OfflineServices } from '../../src/cli/offline-services.ts';
import { validatePayload } from '../../src/render/limits.ts';
import { SEED_ID, contextFor, seedServices } from './seed-services.ts';

let offline: OfflineServices;
beforeAll(async () => {
  offline = await seedServices();
});
afterAll(() => offline.close());

async function askQuestion(question: string, conversationKey = 'c1') {
  const result = await ask.execute(contextFor(offline.services, { question }, { conversationKey }));
  expect(validatePayload(result.payload)).toEqual([]);
  expect(result.payload.allowed_mentions).toStrictEqual({ parse: [] });
  return result;
}

describe('/ask', () => {
  it('GIVEN a question the article answers THEN the answer, its cited sentences quoted with ids, and a thread button', async () => {
    const { payload, answer } = await askQuestion('Who is Takehiro Funakoshi?');
    expect(answer?.answered).toBe(true);
    expect(answer?.text).toMatch(/Asian and Oceanian/);
    expect(answer?.sources.length).toBeGreaterThan(0);
    const embed = payload.embeds![0]!;
    expect(embed.title).toBe('Q: Who is Takehiro Funakoshi?');
    expect(embed.description).toBe(answer?.text);
    const article = offline.services.library.get(SEED_ID)!;
    for (const field of embed.fields ?? []) {
      const id = /^Source (p\d+s\d+)$/.exec(field.name)?.[1];
      expect(id, field.name).toBeDefined();
      const sentence = article.sentences.find((candidate) => candidate.id === id)!;
      expect(field.value).toBe(`> ${sentence.text}`);
      expect(answer?.sources).toContain(sentence.text);
    }
    expect(payload.components).toStrictEqual([
      {
        type: 1,
        components: [
          { type: 2, style: 2, label: 'Continue in a thread', custom_id: `ask-thread:${SEED_ID}` },
        ],
      },
    ]);
  });

  it('GIVEN a follow-up in the same conversation THEN it is answered in context', async () => {
    await askQuestion('Who is Takehiro Funakoshi?', 'follow');
    const { answer } = await askQuestion('What is his title?', 'follow');
    expect(answer?.text).toMatch(/Asian and Oceanian/);
  });

  it('GIVEN a 4,000-character question THEN a reply within every limit', async () => {
    const { payload, answer } = await askQuestion('what did they say '.repeat(223).slice(0, 4000));
    expect(typeof answer?.answered).toBe('boolean');
    expect(payload.embeds![0]!.title!.length).toBeLessThanOrEqual(256);
    expect(payload.embeds![0]!.title).toMatch(/…$/);
  });

  it('GIVEN mentions and markdown in the question THEN the echo neither pings nor renders', async () => {
    const { payload } = await askQuestion('@everyone <@123> **who** [came](https://evil.example) @here?');
    const title = payload.embeds![0]!.title!;
    expect(title).not.toMatch(/@(everyone|here)\b|<@\d/);
    expect(title).toContain('\\*\\*who\\*\\*');
    // The link stays readable but is neither a masked link nor a URL Discord would make clickable.
    expect(title).toContain('\\[came\\]\\(https:\u200b//evil.example\\)');
  });

  it('GIVEN an empty or invisible question THEN a prompt to ask something, not answered', async () => {
    for (const question of ['', '   ', '\u200b\u200b']) {
      const { answer, payload } = await askQuestion(question);
      expect(answer).toStrictEqual({
        answered: false,
        text: expect.stringContaining('Ask me something'),
        sources: [],
      });
      expect(payload.embeds![0]!.title).toBe('Q: (empty question)');
    }
  });

  it('GIVEN something the article does not say THEN answered is false', async () => {
    const { answer } = await askQuestion('How did China react to the talks?');
    expect(answer?.answered).toBe(false);
  });
});
