/**
 * The parts of feed work that need the HTML, feed-format and language libraries (linkedom, Readability,
 * feedsmith, wink-nlp with its English model, chrono-node): several MiB of heap and a few hundred ms of
 * loading. Only `loadHeavyParts()` (src/feeds/lazy.ts) imports this module, on the first feed fetched, tested
 * or ingested, so a bot that follows no feed starts without them.
 */
export { NotAFeedError, parseFeedDocument } from './parse/parse-feed.ts';
export { ingestItem } from './ingest/ingest-item.ts';
export { PipelineIngester } from './ingest/pipeline-ingester.ts';
