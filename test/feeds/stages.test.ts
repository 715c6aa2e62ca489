import { describe, expect, it } from 'vitest';
import { newItems } from '../../src/feeds/compare/compare.ts';
import { itemKey } from '../../src/feeds/compare/item-key.ts';
import { HostLimiter } from '../../src/feeds/fetch/host-limiter.ts';
import { parseItemFilter } from '../../src/feeds/filter/item-filter.ts';
import { NotAFeedError, parseFeedDocument } from '../../src/feeds/parse/parse-feed.ts';
import { htmlToText } from '../../src/feeds/parse/html-text.ts';

const RDF = `<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel rdf:about="https://example.org/"><title>RDF News</title><link>https://example.org/</link><description>d</description></channel>
<item rdf:about="https://example.org/a"><title>First &amp; foremost</title><link>https://example.org/a</link><description>&lt;p&gt;Hello &lt;b&gt;world&lt;/b&gt;&lt;/p&gt;</description><dc:date>2026-11-30T10:00:00Z</dc:date></item>
</rdf:RDF>`;

describe('feed stages, one at a time', () => {
  it('GIVEN an RDF (RSS 1.0) document THEN items come out as plain text with their dates', () => {
    const feed = parseFeedDocument(RDF);
    expect(feed.format).toBe('rdf');
    expect(feed.items).toEqual([
      expect.objectContaining({
        title: 'First & foremost',
        link: 'https://example.org/a',
        summary: 'Hello world',
        published: Date.parse('2026-11-30T10:00:00Z'),
      }),
    ]);
  });

  it('GIVEN relative links, javascript: links and items with neither guid nor link THEN links are made absolute, unsafe ones dropped, unidentifiable items skipped', () => {
    const rss = `<rss version="2.0"><channel><title>T</title><link>https://x.org/</link><description>d</description>
      <item><title>Relative</title><link>/news/1</link></item>
      <item><title>Script</title><link>javascript:alert(1)</link><guid>g2</guid></item>
      <item><title>Nothing to know it by</title></item></channel></rss>`;
    const items = parseFeedDocument(rss, 'https://x.org/feed.xml').items;
    expect(items.map((item) => [item.title, item.link ?? null])).toEqual([
      ['Relative', 'https://x.org/news/1'],
      ['Script', null],
    ]);
  });

  it('GIVEN an HTML page or a JSON API THEN the parser says it is not a feed', () => {
    expect(() => parseFeedDocument('<html><body>hello</body></html>')).toThrow(NotAFeedError);
    expect(() => parseFeedDocument('{"data":[1,2,3]}')).toThrow(NotAFeedError);
  });

  it('GIVEN feed HTML THEN scripts and tags are gone, entities decoded, paragraphs kept apart', () => {
    expect(htmlToText('<p>One &amp; two</p><script>alert(1)</script><p>Three<br>four</p>')).toBe(
      'One & two\n\nThree\n\nfour',
    );
  });

  it('GIVEN an item without a guid THEN its key is link + title, and a changed title is a new item', () => {
    const a = itemKey({ link: 'https://x.org/1', title: 'A' });
    expect(itemKey({ link: 'https://x.org/1', title: 'A' })).toBe(a);
    expect(itemKey({ link: 'https://x.org/1', title: 'B' })).not.toBe(a);
    expect(itemKey({ guid: 'g', link: 'https://x.org/1', title: 'B' })).toBe(
      itemKey({ guid: 'g', title: 'C' }),
    );
  });

  it('GIVEN new items THEN they come out oldest first, seen ones left out', () => {
    const item = (title: string, published?: number) => ({
      key: itemKey({ guid: title, title }),
      title,
      ...(published ? { published } : {}),
    });
    const items = [item('c', 3), item('b', 2), item('a', 1)];
    expect(newItems(items, new Set([items[2]!.key])).map((i) => i.title)).toEqual(['b', 'c']);
    expect(newItems([item('y'), item('x')], new Set()).map((i) => i.title)).toEqual(['x', 'y']);
  });

  it.each([
    ['election', 'Election results are in', true],
    ['election', 'Re-elections planned', false],
    ['"city council" -budget', 'City council meets', true],
    ['"city council" -budget', 'City council budget vote', false],
    ['-sport', 'Weather today', true],
    ['/^breaking:/i', 'BREAKING: storm', true],
    ['/^breaking:/i', 'Not breaking: storm', false],
  ])('GIVEN the filter %s THEN "%s" passes: %s', (filter, title, passes) => {
    expect(parseItemFilter(filter).matches({ title })).toBe(passes);
  });

  it('GIVEN a regular expression that can hang, or an invalid one THEN the filter is refused with the reason', () => {
    expect(() => parseItemFilter('/(a+)+$/')).toThrow('nests repetitions');
    expect(() => parseItemFilter('/(/')).toThrow('not a valid regular expression');
    expect(() => parseItemFilter('x'.repeat(201))).toThrow('at most 200 characters');
  });

  it('GIVEN many fetches THEN at most N run at once overall and M per host', async () => {
    const limiter = new HostLimiter(4, 2);
    let running = 0;
    let most = 0;
    const task = () =>
      new Promise<void>((resolve) => {
        running += 1;
        most = Math.max(most, running);
        setTimeout(() => {
          running -= 1;
          resolve();
        }, 5);
      });
    await Promise.all(
      Array.from({ length: 30 }, (_, i) => limiter.run(`https://host${i % 3}.example/feed`, task)),
    );
    expect(most).toBe(4);
    expect(limiter.maxSeenPerHost).toBe(2);
  });
});
