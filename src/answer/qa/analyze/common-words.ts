import { EN } from '../lexicon/en/index.ts';
import { stem } from '../lexicon/text.ts';

/**
 * Very frequent English verbs, auxiliaries, adverbs and generic nouns that frame a question without naming what it
 * asks about ("What did the talks *give* both sides a *chance* to do?", "How did they *characterize* their exchange of
 * *views*?"). The article not using one of them is no sign the question is out of scope, so they never make a question
 * unknown; unmatched, they only lower a fact's coverage a little (see rank.ts).
 *
 * Deliberately absent: words that are themselves the thing asked about in questions the article cannot answer
 * (lunch, menu, weather, react/reaction, win/won, game, score, hotel, ship, size, big, acronym, city, next ...).
 */
export const COMMON_WORDS: ReadonlySet<string> = new Set(EN.commonWords);

export const COMMON_STEMS: ReadonlySet<string> = new Set([...COMMON_WORDS].map(stem));
