import { describe, expect, it } from 'vitest';
import { renderAsk } from '../../src/render/ask.ts';

const QUOTED = 'The mayor said the ferry would run again from May, weather permitting.';
const OTHER = 'The ferry has been out of service since a storm in January.';

const fieldsOf = (text: string) =>
  renderAsk({
    question: 'When will the ferry run again?',
    answered: true,
    text,
    citations: [
      { sentenceId: 'p2s0', text: QUOTED },
      { sentenceId: 'p3s1', text: OTHER },
    ],
    articleId: 'a',
    headline: 'Ferry to return',
  }).embeds?.[0]?.fields ?? [];

describe('GIVEN an /ask answer citing two sentences', () => {
  it('WHEN the answer already quotes one of them word for word THEN that one keeps its id but is not quoted twice', () => {
    const fields = fieldsOf(`From May. The article says: “${QUOTED}”`);
    expect(fields.map((f) => f.name)).toEqual(['Source p2s0', 'Source p3s1']);
    expect(fields[0]!.value).not.toContain(QUOTED);
    expect(fields[1]!.value).toBe(`> ${OTHER}`);
  });

  it('WHEN the answer quotes neither THEN both are quoted under it', () => {
    const fields = fieldsOf('From May.');
    expect(fields.map((f) => f.value)).toEqual([`> ${QUOTED}`, `> ${OTHER}`]);
  });
});
