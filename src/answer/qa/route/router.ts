import SearchableMap from 'minisearch/SearchableMap';
import type { Article } from '../../../model/schema.ts';
import { expandHyphens, STOP_WORDS, stem, tokenize } from '../lexicon/text.ts';

/**
 * Routing: which article of the library a question is about. Each article is one document of article-level
 * fields (its people's and organizations' names, places, the event's names, topics and fact keywords, the
 * headline), scored by the question's terms weighted by field and rarity across the library. Everything scored comes from the article models; no story word
 * lives here.
 */

interface ArticleDocument {
  id: string;
  names: string;
  event: string;
  keywords: string;
  headline: string;
  /** The article's own sentences: weak evidence, but what a question with no name in it can still meet. */
  body: string;
}

/** Field boosts: a name or the event's own name points at one story more surely than a word of its headline. */
const BOOST = { names: 3, event: 2.5, keywords: 1.2, headline: 1, body: 0.5 } as const;
const FIELDS = ['names', 'event', 'keywords', 'headline', 'body'] as const;
const FUZZY_MIN_LENGTH = 6;
const FUZZY_WEIGHT = 0.7;

/** Below this a question names nothing of any article (a plain "who attended?"). */
const MIN_SCORE = 1.5;
/** Another article must beat the conversation's by this factor (and MIN_SCORE) to move the conversation. */
const SWITCH_FACTOR = 2;
/** Two articles whose scores are this close fit about equally: the answer names the other. */
const CLOSE_RATIO = 0.8;

/** "in the bridge story", "about the rate cut article", "from the earnings report": an article named in words. */
const NAMED_IN_WORDS =
  /\b(?:in|about|from|on|regarding|for|re)\s+(?:the|that|this)\s+((?:[\p{L}\p{N}'’-]+\s+){0,5}?[\p{L}\p{N}'’-]+)\s+(?:story|article|report|piece|news|item|one)\b/iu;

export type RouteBasis = 'pinned' | 'named' | 'conversation' | 'scored' | 'weak' | 'default';

export interface Route {
  article: Article;
  basis: RouteBasis;
  /** Another article that fits about as well (only for a choice made by score). */
  alternative?: Article;
  /** The question named a story ("in the bridge story") that matched nothing: the default was used. */
  unmatchedName?: string;
}

/**
 * Words that refer to a story without naming it ("the same story", "the other article"): the conversation's or an
 * earlier one, not a name to search for.
 */
const REFERRING = new Set([
  'same',
  'other',
  'last',
  'previous',
  'earlier',
  'latest',
  'new',
  'newest',
  'first',
  'second',
  'whole',
]);

/** The words naming a story in the question ("bridge" in "in the bridge story"), if any. */
function storyNamed(question: string): string | undefined {
  const phrase = NAMED_IN_WORDS.exec(question)?.[1];
  if (phrase === undefined) return undefined;
  const words = tokenize(phrase).filter((t) => !STOP_WORDS.has(t));
  if (words.length === 0 || words.some((w) => REFERRING.has(w))) return undefined;
  return phrase;
}

function terms(text: string): string[] {
  return expandHyphens(tokenize(text))
    .filter((t) => !STOP_WORDS.has(t))
    .map(stem);
}

/** The `keywords` of every entity and fact of the model: the article's own paraphrases. */
function keywordsOf(article: Article): string[] {
  const out: string[] = [];
  const lists: ReadonlyArray<ReadonlyArray<{ keywords?: string[] | undefined }>> = [
    article.people,
    article.organizations,
    article.places,
    article.events,
    article.topics,
    article.outcomes,
    article.quotes,
    article.figures,
    article.context,
    article.timeline,
  ];
  for (const list of lists) for (const item of list) out.push(...(item.keywords ?? []));
  for (const topic of article.topics) out.push(topic.label);
  for (const figure of article.figures) out.push(figure.label);
  return out;
}

function documentOf(article: Article): ArticleDocument {
  const names = [
    ...article.people.flatMap((p) => [p.name, ...(p.namesAsWritten ?? []), ...p.aliases]),
    ...article.organizations.flatMap((o) => [
      o.name,
      ...(o.namesAsWritten ?? []),
      ...o.aliases,
      ...(o.acronyms ?? []),
    ]),
    ...article.places.flatMap((p) => [p.name, ...(p.namesAsWritten ?? []), ...p.aliases]),
  ];
  const eventWords = article.events.flatMap((event) => [
    event.name,
    ...event.aliases,
    ...event.nouns,
    event.series ?? '',
    ...event.format.map((f) => f.value),
  ]);
  return {
    id: article.id,
    names: names.join(' ; '),
    event: eventWords.join(' ; '),
    keywords: keywordsOf(article).join(' ; '),
    headline: [article.headline, article.dek].join(' ; '),
    body: article.sentences
      .filter((s) => s.kind === 'body' || s.kind === 'caption')
      .map((s) => s.text)
      .join(' ; '),
  };
}

/** An article's weight for a term: the best boost among the fields holding it. */
type Postings = Map<number, number>;

/**
 * An index over one library's articles: term -> the articles holding it with their field boost, scored as
 * sum(boost x log(1 + N / df)) so a word every article has still counts a little and a name one article has
 * counts a lot. Build once per library version (see routerFor).
 */
export class ArticleRouter {
  private readonly postings = new Map<string, Postings>();
  /** The same terms in a radix tree, for one-typo lookups of long words ("funakosi"). */
  private readonly vocabulary = new SearchableMap<true>();
  private readonly byId: Map<string, Article>;

  constructor(private readonly articles: readonly Article[]) {
    this.byId = new Map(articles.map((a) => [a.id, a]));
    articles.forEach((article, index) => {
      const document = documentOf(article);
      for (const field of FIELDS) {
        for (const term of terms(document[field])) {
          let postings = this.postings.get(term);
          if (!postings) {
            postings = new Map();
            this.postings.set(term, postings);
            this.vocabulary.set(term, true);
          }
          postings.set(index, Math.max(postings.get(index) ?? 0, BOOST[field]));
        }
      }
    });
  }

  get size(): number {
    return this.articles.length;
  }

  /** Article ids with their scores, best first (ties: the newer first). */
  scores(text: string): Array<{ id: string; score: number }> {
    const total = new Map<number, number>();
    const n = this.articles.length;
    for (const term of new Set(terms(text))) {
      const exact = this.postings.get(term);
      const matches: Array<[Postings, number]> = exact ? [[exact, 1]] : [];
      if (!exact && term.length >= FUZZY_MIN_LENGTH) {
        for (const [near] of this.vocabulary.fuzzyGet(term, 1)) {
          const postings = this.postings.get(near);
          if (postings) matches.push([postings, FUZZY_WEIGHT]);
        }
      }
      for (const [postings, weight] of matches) {
        const idf = Math.log(1 + n / postings.size);
        for (const [index, boost] of postings)
          total.set(index, (total.get(index) ?? 0) + weight * boost * idf);
      }
    }
    return [...total]
      .sort((a, b) => b[1] - a[1] || a[0] - b[0])
      .map(([index, score]) => ({ id: this.articles[index]!.id, score }));
  }

  /**
   * Picks the article for a question: one named in words, else the conversation's unless another clearly
   * wins, else the best scored, else the newest.
   */
  route(question: string, currentId?: string): Route | undefined {
    const newest = this.articles[0];
    if (!newest) return undefined;
    const current = currentId === undefined ? undefined : this.byId.get(currentId);
    if (this.articles.length === 1) return { article: newest, basis: current ? 'conversation' : 'default' };

    const named = storyNamed(question);
    if (named !== undefined) {
      const [best, second] = this.scores(named);
      if (best && best.score >= MIN_SCORE && (!second || second.score < best.score * CLOSE_RATIO)) {
        return { article: this.byId.get(best.id)!, basis: 'named' };
      }
      // A story named that no article matches is not answered from another story.
      if (!best || best.score < MIN_SCORE)
        return { article: current ?? newest, basis: 'default', unmatchedName: named };
    }

    const ranked = this.scores(question);
    const [best, second] = ranked;
    if (current) {
      const own = ranked.find((r) => r.id === current.id)?.score ?? 0;
      const moves =
        best !== undefined &&
        best.id !== current.id &&
        best.score >= MIN_SCORE &&
        best.score > own * SWITCH_FACTOR;
      if (!moves) return { article: current, basis: 'conversation' };
    }
    if (!best) return { article: newest, basis: 'default' };
    // A word only one story has still points at it, though weakly: better than the newest by default.
    const route: Route = {
      article: this.byId.get(best.id)!,
      basis: best.score >= MIN_SCORE ? 'scored' : 'weak',
    };
    if (second && second.score >= best.score * CLOSE_RATIO) {
      const alternative = this.byId.get(second.id);
      if (alternative) route.alternative = alternative;
    }
    return route;
  }
}

/** One router per library version: the library hands out a new array whenever it reloads. */
const routers = new WeakMap<readonly Article[], ArticleRouter>();

export function routerFor(articles: readonly Article[]): ArticleRouter {
  let router = routers.get(articles);
  if (!router) {
    router = new ArticleRouter(articles);
    routers.set(articles, router);
  }
  return router;
}
