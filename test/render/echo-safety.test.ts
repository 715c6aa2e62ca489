import { describe, expect, it } from 'vitest';
import { renderAsk } from '../../src/render/ask.ts';
import { renderUserError } from '../../src/render/errors.ts';
import { neutralizeLinks, userText } from '../../src/render/text.ts';
import { followupPayload } from '../../src/followups/reply-payload.ts';

const BIDI = [
  '\u202a',
  '\u202b',
  '\u202c',
  '\u202d',
  '\u202e',
  '\u2066',
  '\u2067',
  '\u2068',
  '\u2069',
  '\u200e',
  '\u200f',
  '\u061c',
];
const HAS_BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
/** What Discord turns into a clickable link: a masked link, or a URL with its scheme. */
const CLICKABLE = /\]\(|\bhttps?:\/\//i;

const askTitle = (question: string) =>
  renderAsk({
    question,
    answered: false,
    text: 'The article doesn’t say.',
    citations: [],
    articleId: 'a',
    headline: 'A headline',
  }).embeds?.[0]?.title ?? '';

describe('echoed user text', () => {
  it('GIVEN every bidi control in an /ask question THEN the public title has none of them and keeps the words', () => {
    const title = askTitle(`who ${BIDI.join('')}attended\u202e the talks?`);
    expect(title).not.toMatch(HAS_BIDI);
    expect(title).toContain('who attended the talks?');
  });

  it('GIVEN a masked link and a bare URL in an /ask question THEN the title shows them as text, not links', () => {
    const title = askTitle('see [the official answer](https://evil.example/login) or https://evil.example');
    expect(title).not.toMatch(CLICKABLE);
    expect(title.replace(/[\u200b\\]/g, '')).toContain('[the official answer](https://evil.example/login)');
  });

  it('GIVEN an ephemeral error quoting typed text with a masked link, a URL and bidi controls THEN none survive', () => {
    const typed = '[Click to verify](https://evil.example) \u202eevil <https://evil.example/x>';
    const content = renderUserError(`I could not read "${typed}" as a schedule.`).content ?? '';
    expect(content).not.toMatch(CLICKABLE);
    expect(content).not.toMatch(HAS_BIDI);
    expect(content.replace(/\u200b/g, '')).toContain('[Click to verify](https://evil.example)');
  });

  it('GIVEN a follow-up answer THEN bidi controls are dropped from it', () => {
    expect(followupPayload('1', 'The talks were in \u202eSeoul.').content).toBe('The talks were in Seoul.');
  });

  it('GIVEN text neutralised twice THEN it is the same as once', () => {
    const once = neutralizeLinks('[a](https://x.example) http://y.example');
    expect(neutralizeLinks(once)).toBe(once);
    expect(userText(userText('[a](https://x.example)'))).not.toMatch(CLICKABLE);
  });
});
