import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readHtml, readPlainText, readSource, ReadError } from '../../src/ingest/read/index.ts';

const kinds = (text: string) => readPlainText(text).blocks.map((b) => [b.kind, b.text]);

describe('reading plain text as people paste it', () => {
  it('GIVEN a headline line, a date marker and a Yonhap dateline THEN each is found and the text is kept verbatim', () => {
    const text =
      'Ports reopen after storm\ndate 2024-09-02\nSEOUL, Sept. 2 (Yonhap) -- Ports along the south coast reopened on Monday after a storm, officials said.\n\nShips returned to the harbor by noon.\n';
    const doc = readPlainText(text);
    expect(doc.text).toBe(text);
    expect(doc.headline).toEqual({ text: 'Ports reopen after storm', derived: false });
    expect(doc.published).toEqual({ value: '2024-09-02', asWritten: 'date 2024-09-02', from: 'text' });
    expect(doc.dateline).toEqual({ place: 'SEOUL', date: 'Sept. 2', agency: 'Yonhap' });
    expect(kinds(text)).toEqual([
      ['headline', 'Ports reopen after storm'],
      ['date-marker', 'date 2024-09-02'],
      ['dateline', 'SEOUL, Sept. 2 (Yonhap) --'],
      ['body', 'Ports along the south coast reopened on Monday after a storm, officials said.'],
      ['body', 'Ships returned to the harbor by noon.'],
    ]);
    for (const block of doc.blocks) expect(text.slice(block.start, block.end)).toBe(block.text);
  });

  it.each([
    ['BOSTON (AP) — A jury on Friday found the man guilty.', { place: 'BOSTON', agency: 'AP' }],
    ['NEW YORK — Stocks rose on Tuesday as oil prices fell.', { place: 'NEW YORK' }],
    ['RICHMOND, Va. -- The council voted on Monday to close the road.', { place: 'RICHMOND, Va.' }],
    [
      'AUSTIN, Texas, Oct. 23 (Reuters) - The company reported higher profit.',
      { place: 'AUSTIN, Texas', date: 'Oct. 23', agency: 'Reuters' },
    ],
    ['Tokyo, May 2 -- Trade ministers met in Tokyo on Thursday.', { place: 'Tokyo', date: 'May 2' }],
  ])('GIVEN the dateline of %j THEN its parts are read', (lead, dateline) => {
    expect(readPlainText(`${lead}\n\nA second paragraph follows here.`).dateline).toEqual(dateline);
  });

  it('GIVEN no headline and no dateline THEN the lead is body text and nothing is invented', () => {
    const doc = readPlainText(
      'The city council approved a new budget on Tuesday.\n\nIt takes effect in July.',
    );
    expect(doc.headline).toBeUndefined();
    expect(doc.dateline).toBeUndefined();
    expect(doc.blocks.map((b) => b.kind)).toEqual(['body', 'body']);
  });

  it('GIVEN a caption ending in a photo credit, a byline and a reporting credit THEN they are told apart from the body', () => {
    const text = [
      'Mayor opens new library',
      'OSLO, June 3 (Reuters) - The city opened its new library on Saturday.',
      'Mayor Ana Berg (C) cuts the ribbon at the library in Oslo on Saturday. (Reuters)',
      '(Reporting by Kim Lee; Editing by Sam Roe)',
      'By Kim Lee',
    ].join('\n\n');
    const doc = readPlainText(text);
    expect(doc.blocks.map((b) => [b.kind, b.text])).toEqual([
      ['headline', 'Mayor opens new library'],
      ['dateline', 'OSLO, June 3 (Reuters) -'],
      ['body', 'The city opened its new library on Saturday.'],
      ['caption', 'Mayor Ana Berg (C) cuts the ribbon at the library in Oslo on Saturday.'],
      ['credit', '(Reuters)'],
      ['credit', '(Reporting by Kim Lee; Editing by Sam Roe)'],
      ['credit', 'By Kim Lee'],
    ]);
    expect(doc.byline).toBe('Kim Lee');
  });

  it('GIVEN the seed style (a date marker then a caption on one line) THEN both are found', () => {
    const doc = readPlainText(
      ' date 2023-04-17 Kim Min-ho (second from left) speaks in Seoul on Monday. (Yonhap)\n\nThe talks began on Monday.',
    );
    expect(doc.blocks.map((b) => b.kind)).toEqual(['date-marker', 'caption', 'credit', 'body']);
  });

  it('GIVEN empty text or only a headline-like line THEN it refuses', () => {
    expect(() => readPlainText('  \n ')).toThrow(ReadError);
    expect(() => readPlainText('(Reporting by Kim Lee)')).toThrow(/no article paragraphs/);
  });
});

describe('reading an article page', () => {
  const page = `<!doctype html><html><head><title>Site | Bridge opens</title>
    <meta property="og:title" content="Bridge opens after two years">
    <meta property="article:published_time" content="2025-04-05T09:00:00Z">
    <meta property="og:site_name" content="The Daily Example"><meta name="author" content="Ana Berg"></head>
    <body><nav><a href="/">Home</a> <a href="/news">News</a></nav><article><h1>Bridge opens after two years</h1>
    <p>OSLO (AP) -- A new bridge over the river opened to traffic on Saturday, two years after the old one closed, city officials said.</p>
    <p>Mayor Ana Berg cut the ribbon at 10 a.m. before several hundred residents walked across the span.</p>
    <p>"This is a great day for the city," Berg said.</p></article><footer>Copyright</footer></body></html>`;

  it('GIVEN a page THEN body paragraphs, title, byline, site name and date come from it', () => {
    const doc = readHtml(page, 'https://news.example/bridge');
    expect(doc.headline).toEqual({ text: 'Bridge opens after two years', derived: false });
    expect(doc.published).toEqual({
      value: '2025-04-05',
      asWritten: '2025-04-05T09:00:00Z',
      from: 'metadata',
    });
    expect(doc.byline).toBe('Ana Berg');
    expect(doc.source).toBe('The Daily Example');
    expect(doc.dateline).toEqual({ place: 'OSLO', agency: 'AP' });
    expect(doc.text).not.toContain('Home');
    expect(doc.text).not.toContain('Copyright');
    expect(doc.blocks.filter((b) => b.kind === 'body').map((b) => b.text)).toHaveLength(3);
  });

  it('GIVEN JSON-LD instead of meta tags THEN the date and headline come from it', () => {
    const html = page
      .replace(/<meta property="(og:title|article:published_time)"[^>]*>/g, '')
      .replace(
        '</head>',
        '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Bridge opens","datePublished":"2025-04-06"}</script></head>',
      );
    const doc = readHtml(html);
    expect(doc.published?.value).toBe('2025-04-06');
    expect(doc.headline?.text).toBe('Bridge opens');
  });

  it('GIVEN a page with no article THEN it refuses', () => {
    expect(() => readHtml('<html><body><nav>Home</nav></body></html>')).toThrow(ReadError);
  });
});

describe('reading a file', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'ingest-read-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('GIVEN a missing file, a folder or a binary file THEN it says which', async () => {
    await expect(readSource(path.join(dir, 'nope.txt'))).rejects.toThrow(/no such file/);
    await expect(readSource(dir)).rejects.toThrow(/is a folder/);
    writeFileSync(path.join(dir, 'image.txt'), Buffer.from([0x89, 0x50, 0x00, 0x01]));
    await expect(readSource(path.join(dir, 'image.txt'))).rejects.toThrow(/not a text file/);
  });
});
