import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { Article } from '../../src/model/schema.ts';
import { loadConfig } from '../../src/config.ts';

describe('zod without generated fast-pass code (src/core/zod-jitless.ts)', () => {
  it('WHEN the article schema or the settings are loaded THEN zod parses without compiling code', () => {
    void Article;
    void loadConfig;
    expect(z.config().jitless).toBe(true);
  });

  it('WHEN an article is malformed THEN the problem is still reported with its path', () => {
    const result = Article.safeParse({ schemaVersion: 2, id: 42 });
    expect(result.success).toBe(false);
    expect(result.error?.issues.some((issue) => issue.path.join('.') === 'id')).toBe(true);
  });
});
