import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  TRIM_HINT,
  chunkLines,
  escapeMarkdown,
  fitLines,
  fitText,
  neutralizeMentions,
  splitSentences,
  userText,
} from '../../src/render/text.ts';
import { buildEmbed, buildPayload } from '../../src/render/embed.ts';
import { validatePayload } from '../../src/render/limits.ts';

describe('mention neutralising', () => {
  it('GIVEN @everyone, @here, user and role mentions THEN none of them can ping', () => {
    const text = neutralizeMentions('hi @everyone and @here, <@123>, <@!456> and <@&789>');
    expect(text).not.toMatch(/@(everyone|here)\b|<@[!&]?\d/);
    expect(text.replace(/\u200b/g, '')).toBe('hi @everyone and @here, <@123>, <@!456> and <@&789>');
  });

  it('GIVEN already neutralised text THEN it is unchanged (idempotent)', () => {
    const once = neutralizeMentions('@everyone <@1>');
    expect(neutralizeMentions(once)).toBe(once);
  });
});

describe('markdown escaping of user text', () => {
  it('GIVEN markdown, masked links and headings THEN they render literally', () => {
    const escaped = escapeMarkdown('**bold** _it_ `code` ||spoiler|| [click](http://x.y) ~~s~~');
    expect(escaped).toBe(
      '\\*\\*bold\\*\\* \\_it\\_ \\`code\\` \\|\\|spoiler\\|\\| \\[click\\]\\(http://x.y\\) \\~\\~s\\~\\~',
    );
    expect(escapeMarkdown('# big\n> quote\n- item')).toBe('\\# big\n\\> quote\n\\- item');
  });

  it('GIVEN control characters and mentions THEN userText drops and defuses them', () => {
    expect(userText('  a\u0007b @everyone  ')).toBe('ab @\u200beveryone');
  });
});

describe('trimming on sentence boundaries', () => {
  const text = 'First sentence here. Second one is longer than the first! Third? Fourth.';

  it('GIVEN text that fits THEN it is unchanged', () => {
    expect(fitText(text, 500)).toBe(text);
  });

  it('GIVEN text too long THEN whole sentences are kept and the hint is added', () => {
    const fitted = fitText(text, 20 + TRIM_HINT.length + 1);
    expect(fitted).toBe(`First sentence here.\n${TRIM_HINT}`);
  });

  it('GIVEN one huge sentence THEN it is cut at a word with an ellipsis', () => {
    const fitted = fitText('word '.repeat(1000), 100 + TRIM_HINT.length);
    expect(fitted.length).toBeLessThanOrEqual(100 + TRIM_HINT.length);
    expect(fitted).toMatch(/word…\n/);
  });

  it('splits sentences keeping closing quotes', () => {
    expect(splitSentences('He said “yes.” Then left. Done')).toEqual([
      'He said “yes.”',
      'Then left.',
      'Done',
    ]);
  });

  it('GIVEN lines over the limit THEN fitLines keeps whole lines and says it trimmed', () => {
    const out = fitLines(['a'.repeat(50), 'b'.repeat(50), 'c'.repeat(50)], 120);
    expect(out.length).toBeLessThanOrEqual(120);
    expect(out.startsWith('a'.repeat(50))).toBe(true);
    expect(out).toContain('trimmed');
  });

  it('GIVEN many lines THEN chunkLines packs them into chunks within the limit', () => {
    const chunks = chunkLines(
      Array.from({ length: 100 }, (_, i) => `line ${i} `.repeat(5)),
      300,
    );
    expect(chunks.every((chunk) => chunk.length <= 300)).toBe(true);
    expect(chunks.join('\n').split('\n')).toHaveLength(100);
  });
});

/** Strings built from mention, markdown, surrogate-pair and sentence pieces, plus arbitrary ones. */
function trickyText(maxLength: number) {
  const pieces = ['@everyone', '@here', '<@123>', '<@&9>', '@', ' ', 'word', '. ', '\n', '**', '😀', '“q.” '];
  return fc.oneof(
    fc.string({ maxLength }),
    fc.array(fc.constantFrom(...pieces), { maxLength: maxLength / 4 }).map((parts) => parts.join('')),
  );
}

describe('payload building', () => {
  it('GIVEN any text anywhere THEN the payload fits every limit and pings nobody', () => {
    fc.assert(
      fc.property(trickyText(9000), trickyText(400), (text, title) => {
        const payload = buildPayload({
          content: text,
          embeds: Array.from({ length: 12 }, () =>
            buildEmbed({
              title,
              description: text,
              fields: [{ name: title || 'x', value: text || 'y' }],
              footer: text,
            }),
          ),
        });
        expect(validatePayload(payload)).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });

  it('GIVEN pinging text THEN the built payload still validates', () => {
    const payload = buildPayload({ content: '@everyone <@123> @here' });
    expect(validatePayload(payload)).toEqual([]);
    expect(payload.allowed_mentions).toStrictEqual({ parse: [] });
  });
});
