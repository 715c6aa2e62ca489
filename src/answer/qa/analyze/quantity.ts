import { EN } from '../lexicon/en/index.ts';
import { stem, tokenize } from '../lexicon/text.ts';
import type { QuantityAsk } from '../types.ts';

const ASKS = [...EN.quantityAsks]
  .sort((a, b) => b.phrase.length - a.phrase.length)
  .map((ask) => ({
    ...ask,
    pattern: new RegExp(`\\b${ask.phrase.replace(/ /g, '\\s+')}\\b`),
    nounStems: new Set(ask.nouns.map(stem)),
    phraseStems: new Set(tokenize(ask.phrase).map(stem)),
  }));

const CHANGE_STEMS: ReadonlySet<string> = new Set(EN.changeWords.map(stem));

/** The quantity a question asks for, by the longest phrase of lexicon/en/quantity-asks.json it holds. */
export function askedQuantity(lower: string, tokens: readonly string[]): QuantityAsk | undefined {
  const ask = ASKS.find((a) => a.pattern.test(lower));
  if (!ask) return undefined;
  return {
    phrase: ask.phrase,
    measures: ask.measures,
    nounStems: ask.nounStems,
    phraseStems: ask.phraseStems,
    change: tokens.some((t) => CHANGE_STEMS.has(stem(t))),
  };
}
