import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { checkArticleText } from '../../model/loader.ts';
import { MAX, SCHEMA_VERSION, type DateValue, type Sentence } from '../../model/schema.ts';
import { htmlToText } from '../parse/html-text.ts';
import type { ArticleIngester, IngestInput, IngestedArticle } from './ingest-port.ts';

const MAX_SENTENCES = 400;
const MAX_SOURCE_CHARS = 100_000;
const ONE_LINE_SENTENCES = 1;
const SHORT_SENTENCES = 3;
const DETAILED_SENTENCES = 6;

/**
 * The fallback for items the ingest pipeline (pipeline-ingester.ts) cannot take: the page's main text
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
  const published = publishedDate(input.published, input.publishedEstimated === true);
  const day = published.value as string;
  const body = bodyParagraphs(input);
  if (body.length === 0) body.push(input.title);
  // The feed's date opens the text as a dateline, so the story's date rests on a sentence like any fact.
  const { sourceText, sentences } = layOut([
    { text: `${input.publishedEstimated ? 'Seen in the feed' : 'Published'} ${day}`, kind: 'dateline' },
    ...body.map((text) => ({ text, kind: 'body' as const })),
  ]);
  const dateline = sentences[0] as Sentence;
  const bodySentences = sentences.filter((sentence) => sentence.kind === 'body');
  const summary = (count: number) => {
    const chosen = bodySentences.slice(0, count);
    return {
      text: clip(chosen.map((sentence) => sentence.text).join(' '), MAX.summary),
      sentences: chosen.map((sentence) => sentence.id),
    };
  };
  const eventDate: DateValue = { precision: 'day', value: day, asWritten: day };
  const candidate = {
    schemaVersion: SCHEMA_VERSION,
    id: input.articleId,
    headline: clip(input.title, MAX.headline),
    dek: clip(bodySentences[0]?.text ?? input.title, MAX.dek),
    language: 'en',
    source: {
      agency: input.source.name,
      ...(input.url ? { url: input.url } : {}),
      textFile: `${input.articleId}.txt`,
    },
    published,
    referenceDate: day,
    captions: [],
    sentences,
    countries: [],
    people: [],
    organizations: [],
    places: [],
    events: [
      {
        id: 'story',
        kind: 'report',
        name: clip(input.title, MAX.name),
        nouns: [],
        aliases: [],
        format: [],
        date: eventDate,
        participants: [],
        provenance: 'extracted',
        evidence: { sentences: [dateline.id], quotes: [day] },
      },
    ],
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
  const { article } = checkArticleText(
    `${input.articleId}.json`,
    JSON.stringify(candidate),
    () => sourceText,
  );
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

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

function layOut(paragraphs: ReadonlyArray<{ text: string; kind: 'dateline' | 'body' }>): {
  sourceText: string;
  sentences: Sentence[];
} {
  const sentences: Sentence[] = [];
  let sourceText = '';
  paragraphs.forEach(({ text: paragraph, kind }, paragraphIndex) => {
    if (sentences.length >= MAX_SENTENCES || sourceText.length >= MAX_SOURCE_CHARS) return;
    if (sourceText.length > 0) sourceText += '\n\n';
    const offset = sourceText.length;
    sourceText += paragraph;
    let index = 0;
    for (const segment of segmenter.segment(paragraph)) {
      const text = segment.segment.trim().slice(0, MAX.sentence).trimEnd();
      if (text.length === 0 || sentences.length >= MAX_SENTENCES) continue;
      const start = offset + segment.index + segment.segment.indexOf(text);
      sentences.push({
        id: `p${paragraphIndex}s${index}`,
        paragraph: paragraphIndex,
        index,
        start,
        end: start + text.length,
        text,
        kind,
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
