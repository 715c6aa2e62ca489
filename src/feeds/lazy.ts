import type { Logger } from '../core/logger.ts';
import type { ArticleIngester } from './ingest/ingest-port.ts';
import type * as HeavyPartsModule from './heavy-parts.ts';

type HeavyParts = typeof HeavyPartsModule;

let loading: Promise<HeavyParts> | undefined;

/**
 * The heavy feed parts (see heavy-parts.ts), imported once, on first use: the first feed fetched, tested or
 * ingested. Logs how long the import took, once.
 */
export function loadHeavyParts(logger?: Logger): Promise<HeavyParts> {
  if (!loading) {
    const started = performance.now();
    loading = import('./heavy-parts.ts');
    void loading.then(
      () =>
        logger?.info(
          { ms: Math.round(performance.now() - started) },
          'feed parsing and ingest libraries loaded',
        ),
      () => {
        loading = undefined; // a failed import is tried again next time
      },
    );
  }
  return loading;
}

/** The ingest pipeline for feed items, loaded with its libraries when the first item is ingested. */
export function lazyPipelineIngester(logger?: Logger): ArticleIngester {
  let ingester: Promise<ArticleIngester> | undefined;
  return {
    async ingest(input) {
      ingester ??= loadHeavyParts(logger).then((parts) => new parts.PipelineIngester());
      return (await ingester).ingest(input);
    },
  };
}
