/** The default cap on one article file (its JSON, and its source text), in bytes: ARTICLE_MAX_BYTES overrides it. */
export const DEFAULT_ARTICLE_MAX_BYTES = 2 * 1024 * 1024;
