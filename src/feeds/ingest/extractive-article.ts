import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { assertConsistent } from '../../model/loader.ts';
import { Article, type DateValue, type Sentence } from '../../model/schema.ts';
import { htmlToText } from '../parse/html-text.ts';
import type { ArticleIngester, IngestInput, IngestedArticle } from './ingest-port.ts';

const MAX_SENTENCES = 400;
const MAX_SOURCE_CHARS = 100_000;
const ONE_LINE_SENTENCES = 1;
const SHORT_SENTENCES = 3;
const DETAILED_SENTENCES = 6;

/**
 * The fallback ingester until the ingest pipeline (src/ingest) is wired in: the page's main text
 * (Readability over linkedom), split into paragraphs and sentences with exact offsets, the leading
 * sentences as extractive summaries, and no extracted people, organizations or facts (the lists stay
 * empty rather than guessed). The model passes the same validator as every other article, so /summary,
 * /source and /ask (sentence retrieval) work on it.
 */
export class ExtractiveIngester implements ArticleIngester {
  ingest(input: IngestInput): Promise<IngestedArticle> {
    return Promise.resolve(buildExtractiveArticle(input));
  }
}

export function buildExtractiveArticle(input: IngestInput): IngestedArticle {
  const paragraphs = bodyParagraphs(input);
  if (paragraphs.length === 0) paragraphs.push(input.title);
  const { sourceText, sentences } = layOut(paragraphs);
  const ids = sentences.map((sentence) => sentence.id);
  const summary = (count: number) => {
    const chosen = sentences.slice(0, count);
    return { text: chosen.map((s) => s.text).join(' '), sentences: chosen.map((s) => s.id) };
  };
  const published = publishedDate(input.published, input.publishedEstimated === true);
  const metadata = { sentences: [], quotes: [], fromMetadata: ['headline'] };
  const candidate = {
    schemaVersion: 1,
    id: input.articleId,
    headline: input.title,
    dek: sentences[0]?.text ?? input.title,
    language: 'en',
    source: {
      agency: input.source.name,
      ...(input.url ? { url: input.url } : {}),
      textFile: `${input.articleId}.txt`,
    },
    published,
    dateline: published.value as string,
    captions: [],
    sentences,
    countries: [],
    people: [],
    organizations: [],
    places: [],
    event: {
      id: 'story',
      type: 'Report',
      name: input.title,
      aliases: [],
      format: [],
      date: published,
      delegations: [],
      evidence: ids.length > 0 ? { sentences: ids.slice(0, 1), quotes: [sentences[0]!.text] } : metadata,
    },
    topics: [],
    outcomes: [],
    quotes: [],
    figures: [],
    context: [],
    timeline: [],
    summaries: {
      oneLine: summary(ONE_LINE_SENTENCES),
      short: summary(SHORT_SENTENCES),
      detailed: summary(DETAILED_SENTENCES),
    },
    gaps: [],
    notes: ['Built from a feed item by the extractive fallback: sentences and summaries only.'],
  };
  const article = Article.parse(candidate);
  assertConsistent(`${article.id}.json`, article, sourceText);
  return { article, sourceText };
}

function bodyParagraphs(input: IngestInput): string[] {
  const text = input.html ? mainText(input.html) : (input.text ?? '');
  const paragraphs = text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.replace(/\s+/g, ' ').trim())
    .filter((paragraph) => paragraph.length > 0);
  // A page's own title repeated as its first paragraph adds nothing.
  if (paragraphs[0]?.toLowerCase() === input.title.trim().toLowerCase()) paragraphs.shift();
  return paragraphs;
}

function mainText(html: string): string {
  try {
    const { document } = parseHTML(html);
    const parsed = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0], {
      charThreshold: 200,
    }).parse();
    if (parsed?.content) {
      const text = htmlToText(parsed.content);
      if (text.length > 0) return text;
    }
  } catch {
    // Not a full page (an item's content fragment): read it as it is.
  }
  return htmlToText(html);
}

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

function layOut(paragraphs: readonly string[]): { sourceText: string; sentences: Sentence[] } {
  const sentences: Sentence[] = [];
  let sourceText = '';
  paragraphs.forEach((paragraph, paragraphIndex) => {
    if (sentences.length >= MAX_SENTENCES || sourceText.length >= MAX_SOURCE_CHARS) return;
    if (sourceText.length > 0) sourceText += '\n\n';
    const offset = sourceText.length;
    sourceText += paragraph;
    let index = 0;
    for (const segment of segmenter.segment(paragraph)) {
      const text = segment.segment.trim();
      if (text.length === 0 || sentences.length >= MAX_SENTENCES) continue;
      const start = offset + segment.index + segment.segment.indexOf(text);
      sentences.push({
        id: `p${paragraphIndex}s${index}`,
        paragraph: paragraphIndex,
        index,
        start,
        end: start + text.length,
        text,
        kind: 'body',
      });
      index += 1;
    }
  });
  return { sourceText, sentences };
}

function publishedDate(published: number, estimated: boolean): DateValue {
  const iso = new Date(published).toISOString();
  return {
    precision: 'day',
    value: iso.slice(0, 10),
    asWritten: estimated ? `first seen in the feed ${iso}` : iso,
  };
}
