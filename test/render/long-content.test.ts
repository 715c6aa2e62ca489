import { describe, expect, it } from 'vitest';
import { renderSource } from '../../src/render/source.ts';
import { renderParticipants } from '../../src/render/participants.ts';
import { renderBackground } from '../../src/render/background.ts';
import { renderAsk } from '../../src/render/ask.ts';
import { renderSummary } from '../../src/render/summary.ts';
import { validatePayload, embedLength } from '../../src/render/limits.ts';

const day = { precision: 'day' as const, value: '2024-01-02', asWritten: 'on Tuesday' };
const sentence = (i: number) =>
  `Sentence number ${i} says something fairly long about the story, at some length.`;

describe('GIVEN content far beyond Discord limits', () => {
  it('/source splits sentences over embeds, stays under 6000 in total and says how many are not shown', () => {
    const payload = renderSource({
      articleId: 'long',
      headline: 'H'.repeat(300),
      agency: 'Agency',
      published: day,
      sentences: Array.from({ length: 400 }, (_, i) => ({
        id: `p${i}s0`,
        paragraph: i,
        text: sentence(i),
        kind: 'body' as const,
      })),
    });
    expect(validatePayload(payload)).toEqual([]);
    expect(payload.embeds!.length).toBeGreaterThan(2);
    expect(payload.embeds!.reduce((sum, embed) => sum + embedLength(embed), 0)).toBeLessThanOrEqual(6000);
    expect(payload.embeds!.at(-1)?.footer?.text).toMatch(/^\d+ more sentences not shown/);
  });

  it('/participants continues a long country group in further fields', () => {
    const people = Array.from({ length: 60 }, (_, i) => ({
      id: `p${i}`,
      name: `Person ${i}`,
      titleAsWritten: 'deputy director-general for something quite long and specific',
      countryId: 'kr',
      description: 'd',
      photoPosition: 'somewhere in the back row',
    }));
    const payload = renderParticipants({
      articleId: 'x',
      headline: 'x',
      groups: [{ kind: 'country', id: 'kr', label: 'South Korea', countryId: 'kr', people }],
      mentioned: [],
    });
    expect(validatePayload(payload)).toEqual([]);
    expect(payload.embeds![0]!.fields?.[1]?.name).toBe('🇰🇷 South Korea (cont.)');
  });

  it('/background trims the timeline on entry boundaries with a hint', () => {
    const payload = renderBackground({
      articleId: 'x',
      headline: 'x',
      timeline: Array.from({ length: 80 }, (_, i) => ({
        id: `t${i}`,
        date: { precision: 'year' as const, value: String(1900 + i), asWritten: String(1900 + i) },
        what: sentence(i),
        relevance: 'It matters.',
        sentenceIds: ['p1s0'],
      })),
      whyNow: [],
    });
    expect(validatePayload(payload)).toEqual([]);
    expect(payload.embeds![0]!.description).toMatch(/\*\*1900\*\*[\s\S]*more history trimmed/);
  });

  it('/ask and /summary trim long answers on sentence boundaries, keeping citations valid', () => {
    const long = Array.from({ length: 200 }, (_, i) => sentence(i)).join(' ');
    const ask = renderAsk({
      question: 'q',
      answered: true,
      text: long,
      citations: Array.from({ length: 8 }, (_, i) => ({ sentenceId: `p${i}s0`, text: long })),
      articleId: 'a'.repeat(120),
      headline: 'h',
    });
    expect(validatePayload(ask)).toEqual([]);
    expect(ask.embeds![0]!.description).toMatch(
      /at some length\.\n… \(trimmed — use \/source to read the full text\)$/,
    );
    const summary = renderSummary({
      articleId: 'x',
      length: 'detailed',
      headline: 'x',
      dek: long,
      text: long,
      sentenceIds: ['p1s0'],
      date: day,
      source: { agency: 'A' },
    });
    expect(validatePayload(summary)).toEqual([]);
  });
});
