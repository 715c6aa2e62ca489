import type { Tense, Token } from './types.ts';

const FUTURE = /^(?:will|shall|'ll)$/i;
const FUTURE_PHRASES =
  /\b(?:is|are) (?:expected|scheduled|due|set|planned|going) to\b|\b(?:expects?|plans?|intends?|aims?) to\b/i;
const PAST_AUX = /^(?:was|were|had|did|'d)$/i;

/**
 * The tense of a sentence from its verbs: "will"/"is expected to" is future; a past auxiliary or a verb
 * in the past form (its text differs from its lemma and is not an -s or -ing form) is past; else present.
 * Reported speech ("said") does not make the reported clause past, so a future marker wins.
 */
export function sentenceTense(tokens: readonly Token[], text: string): Tense {
  if (tokens.some((t) => FUTURE.test(t.text)) || FUTURE_PHRASES.test(text)) return 'future';
  const past = tokens.some(
    (t) =>
      PAST_AUX.test(t.text) ||
      ((t.pos === 'VERB' || t.pos === 'AUX') &&
        t.text.toLowerCase() !== t.lemma.toLowerCase() &&
        !/(?:s|ing)$/i.test(t.text) &&
        /[a-z]/i.test(t.text)),
  );
  return past ? 'past' : 'present';
}
