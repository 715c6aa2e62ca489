import { doesNotSay } from '../compose/does-not-say.ts';
import { EN } from '../lexicon/en/index.ts';
import { tokenize } from '../lexicon/text.ts';
import type { Draft, Handler } from '../types.ts';

const CUES = EN.nameMeaning.map(tokenize);

function holdsPhrase(tokens: readonly string[], phrase: readonly string[]): boolean {
  return tokens.some((_, i) => phrase.every((word, k) => tokens[i + k] === word));
}

/**
 * "What does the name X mean?": only a sentence that holds the name and tells a meaning ("means", "named after")
 * answers; a sentence that merely names X does not, and the article doesn't say.
 */
const handler: Handler<string> = {
  name: 'name-meaning',
  priority: 26,
  match: (q) => q.meaningOf,
  answer: (name, { index }): Draft => {
    const asked = tokenize(name);
    const told = index.article.sentences.find((s) => {
      if (s.kind !== 'body' && s.kind !== 'caption') return false;
      const tokens = tokenize(s.text);
      return holdsPhrase(tokens, asked) && CUES.some((cue) => holdsPhrase(tokens, cue));
    });
    if (!told)
      return doesNotSay(index, `what the name ${name.replace(/\b\w/g, (c) => c.toUpperCase())} means`);
    return { answered: true, text: `The article says: “${told.text}”`, sentences: [told.id] };
  },
};
export default handler;
