import type { Article, Context, DateValue } from '../model/schema.ts';

export interface TimelineItem {
  id: string;
  date: DateValue;
  what: string;
  relevance: string;
  sentenceIds: string[];
}

export interface BackgroundAnswer {
  articleId: string;
  headline: string;
  /** Oldest first. */
  timeline: TimelineItem[];
  /** Why the story matters now (why-now and significance context, else all context). */
  whyNow: { kind: Context['kind']; statement: string }[];
}

/**
 * Sorts dated entries oldest first. An entry with no start date (a bare duration) keeps its place after
 * the entry the curator listed before it.
 */
function chronological(entries: Article['timeline']): Article['timeline'] {
  let previousKey = '';
  const keyed = entries.map((entry, index) => {
    const key = entry.date.value ?? previousKey;
    previousKey = key;
    return { entry, key, index };
  });
  keyed.sort((a, b) => (a.key === b.key ? a.index - b.index : a.key < b.key ? -1 : 1));
  return keyed.map(({ entry }) => entry);
}

/** The history behind the story as a dated timeline, then why it matters now. */
export function backgroundOf(article: Article): BackgroundAnswer {
  const timeline = chronological(article.timeline).map((entry) => ({
    id: entry.id,
    date: entry.date,
    what: entry.what,
    relevance: entry.relevance,
    sentenceIds: entry.evidence.sentences,
  }));
  const preferred = article.context.filter((item) => item.kind === 'why-now' || item.kind === 'significance');
  const whyNow = (preferred.length ? preferred : article.context).map((item) => ({
    kind: item.kind,
    statement: item.statement,
  }));
  return { articleId: article.id, headline: article.headline, timeline, whyNow };
}
