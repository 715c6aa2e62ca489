import { mainEvent } from '../../../model/events.ts';
import { doesNotSay } from '../compose/does-not-say.ts';
import { contentStems, stem } from '../lexicon/text.ts';
import { SYNONYMS } from '../lexicon/vocabulary.ts';
import type { ArticleIndex } from '../retrieve/article-index.ts';
import { SortedWordSet } from '../retrieve/compact.ts';
import { intern } from '../retrieve/intern.ts';
import type { Handler, Question } from '../types.ts';
import { askedContent } from './slot-fill.ts';

const NAME_STEMS: ReadonlySet<string> = new Set(['name', 'names'].map(stem));
const cache = new WeakMap<ArticleIndex, ReadonlySet<string>>();

/**
 * Every word the model's named things are described by: people's titles and roles, organizations, places, the event.
 * Read once per article (prepareArticles reads it at load).
 */
export function namedKinds(index: ArticleIndex): ReadonlySet<string> {
  let kinds = cache.get(index);
  if (!kinds) {
    const article = index.article;
    const event = mainEvent(article);
    const texts = [
      ...article.people.flatMap((p) => [
        p.name,
        ...p.aliases,
        p.titleAsWritten,
        ...p.titleVariants,
        p.role,
        p.description,
      ]),
      ...article.organizations.flatMap((o) => [o.name, ...o.aliases, o.kind]),
      ...article.places.flatMap((p) => [p.name, ...p.aliases, p.kind]),
      ...article.countries.flatMap((c) => [c.name, ...c.aliases]),
      event.name,
      event.kind,
      ...event.aliases,
      ...event.nouns,
    ];
    // People's profiles hold the words any participant answers to ("official", "delegation").
    const profiles = [...index.personProfile.values()].flatMap((profile) => [...profile.keys()]);
    kinds = new SortedWordSet([...texts.flatMap((t) => contentStems(t)), ...profiles].map(intern));
    cache.set(index, kinds);
  }
  return kinds;
}

/** "What are the names of the victims?": the words naming the kind of thing whose name is asked, as written. */
function kindAsked(index: ArticleIndex, question: Question): string | undefined {
  // "The official name of the meeting" asks the event's own name.
  if (question.type === 'yes-no' || question.mentions.length > 0 || question.eventStems.size > 0)
    return undefined;
  if (!question.tokens.some((t) => NAME_STEMS.has(stem(t)))) return undefined;
  const kind = askedContent(question).filter((s) => !NAME_STEMS.has(s));
  if (kind.length === 0) return undefined;
  const named = namedKinds(index);
  if (kind.some((s) => named.has(s) || (SYNONYMS.get(s) ?? []).some((a) => named.has(a)))) return undefined;
  const written = question.tokens.filter((t) => kind.includes(stem(t)));
  return `${question.tokens.includes('names') ? 'the names of the' : 'the name of the'} ${written.join(' ')}`;
}

/**
 * A name asked for a kind of person or thing the article names none of ("What's the referee's name?" where no one
 * in the story is a referee): the article doesn't say, whatever sentence shares the word.
 */
const handler: Handler<string> = {
  name: 'unknown-named',
  priority: 205,
  match: (q, { index, people }) => (people.length === 0 ? kindAsked(index, q) : undefined),
  answer: (what, { index }) => doesNotSay(index, what),
};
export default handler;
