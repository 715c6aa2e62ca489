import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { HANDLERS } from '../../../src/answer/qa/handlers/index.ts';

const HANDLER_DIR = new URL('../../../src/answer/qa/handlers/', import.meta.url);

describe('GIVEN the handler registry', () => {
  it('THEN every handler has its own name and priority, and they run in priority order', () => {
    expect(new Set(HANDLERS.map((h) => h.name)).size).toBe(HANDLERS.length);
    expect(new Set(HANDLERS.map((h) => h.priority)).size).toBe(HANDLERS.length);
    const priorities = HANDLERS.map((h) => h.priority);
    expect(priorities).toStrictEqual([...priorities].sort((a, b) => a - b));
  });

  it('THEN every handler file is registered (one file and one registry line per kind of question)', () => {
    const files = fs.readdirSync(HANDLER_DIR).filter((n) => n.endsWith('.handler.ts'));
    const registry = fs.readFileSync(new URL('index.ts', HANDLER_DIR), 'utf8');
    for (const file of files) expect(registry, file).toContain(`'./${file}'`);
    expect(files).toHaveLength(HANDLERS.length);
  });
});
