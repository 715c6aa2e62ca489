import { checkIsArticle, modelFromSource } from '../../ingest/ingest.ts';
import { readHtml, readPlainText, type SourceDocument } from '../../ingest/read/index.ts';
import { checkArticleText } from '../../model/loader.ts';
import { ExtractiveIngester } from './extractive-article.ts';
import type { ArticleIngester, IngestInput, IngestedArticle } from './ingest-port.ts';

/**
 * A feed item through the ingest pipeline (src/ingest: read -> analyse -> extract -> build), so a story
 * from a feed gets people, organizations, quotes, figures and a timeline with evidence, like one ingested
 * by an operator. An item the pipeline cannot take (too little prose for an article, or a model that does
 * not validate) still arrives, through the fallback: its sentences and summaries, no extracted facts.
 */
export class PipelineIngester implements ArticleIngester {
  constructor(private readonly fallback: ArticleIngester = new ExtractiveIngester()) {}

  async ingest(input: IngestInput): Promise<IngestedArticle> {
    try {
      return ingestThroughPipeline(input);
    } catch {
      return this.fallback.ingest(input);
    }
  }
}

export function ingestThroughPipeline(input: IngestInput): IngestedArticle {
  const document: SourceDocument = input.html
    ? readHtml(input.html, input.url)
    : readPlainText(input.text ?? '');
  checkIsArticle(document, input.url ?? input.source.url);
  const day = new Date(input.published).toISOString().slice(0, 10);
  const { model, source } = modelFromSource(document, {
    id: input.articleId,
    headline: input.title,
    // An estimated date (when the bot first saw the item) is only a last resort after the text's own.
    published: input.publishedEstimated ? undefined : day,
    source: input.source.name,
    url: input.url,
    today: day,
  });
  const { article, sourceText } = checkArticleText(
    `${input.articleId}.json`,
    JSON.stringify(model),
    () => source.text,
  );
  return { article, sourceText };
}
