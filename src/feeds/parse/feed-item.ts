import { z } from 'zod';

/**
 * One feed entry after parsing, whatever the format (RSS 2.0, Atom, RDF, JSON Feed). Texts are plain
 * (HTML already turned into text); `contentHtml` keeps the entry's own full content for ingest. Checked
 * with zod on the way out of the parser and again when read back from the database.
 */
export const FeedItem = z
  .object({
    /** sha256 of the guid, or of link + title when there is none (compare/item-key.ts). */
    key: z.string().regex(/^[0-9a-f]{64}$/),
    guid: z.string().min(1).optional(),
    link: z.url({ protocol: /^https?$/ }).optional(),
    title: z.string().min(1),
    /** Epoch ms. */
    published: z.number().int().optional(),
    author: z.string().min(1).optional(),
    /** The description / summary as plain text. */
    summary: z.string().optional(),
    /** The entry's own body (content:encoded, Atom content, content_html), HTML. */
    contentHtml: z.string().optional(),
    /** JSON Feed's content_text. */
    contentText: z.string().optional(),
  })
  .strict();
export type FeedItem = z.infer<typeof FeedItem>;

export interface ParsedFeed {
  format: 'rss' | 'atom' | 'rdf' | 'json';
  title: string | undefined;
  link: string | undefined;
  /** In document order (usually newest first). */
  items: FeedItem[];
}
