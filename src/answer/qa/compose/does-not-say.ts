import type { ArticleIndex } from '../retrieve/article-index.ts';
import type { Draft } from '../types.ts';

/**
 * The one way the answerer says the article does not answer: what was asked, then what the article does say
 * (a nearby answer given instead) or what it covers.
 */
export function doesNotSay(index: ArticleIndex, what: string, instead?: Draft): Draft {
  const said = instead?.answered ? ` What it does say: ${instead.text}` : ` ${index.coverage}`;
  return {
    answered: false,
    text: `The article doesn't say ${what}.${said}`,
    sentences: instead?.answered ? instead.sentences : [],
  };
}
