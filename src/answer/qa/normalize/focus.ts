import { EN } from '../lexicon/en/index.ts';

const ASCII = /^\p{ASCII}*$/u;

const DIGIT_WORDS = 'zero one two three four five six seven eight nine'.split(' ');

/**
 * The chat shorthand of the lexicon (lexicon/en/chat-shorthand.json), one whole-word pattern per entry, with
 * the lower-cased written forms when they are all ASCII. A case-insensitive Unicode pattern with letter classes
 * costs milliseconds to compile on its first use (V8 builds the case closure of every letter), which made the
 * first question asked after a start pay about 100 ms: a pattern whose forms cannot occur in an ASCII text
 * is skipped without being run, and so never compiled for the questions that use no shorthand.
 */
const CHAT_SHORTHAND: ReadonlyArray<{ pattern: RegExp; means: string; ascii: readonly string[] | null }> =
  EN.chatShorthand.map((entry) => ({
    pattern: new RegExp(
      `(?<![\\p{L}\\p{N}])(?:${entry.written.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`,
      entry.matchCase ? 'gu' : 'giu',
    ),
    means: entry.means,
    ascii: entry.written.every((w) => ASCII.test(w))
      ? entry.written.map((w) => (entry.matchCase ? w : w.toLowerCase()))
      : null,
  }));

/** Phrasings that are not single words: how a question asks for details, and framing before the question. */
const PHRASINGS: ReadonlyArray<readonly [RegExp, string]> = [
  // "Did they say how?", "did the statement explain how they would do it": whether the article gives the details.
  [
    /\b(say|said|says|explain|explained|explains|specify|specified|describe|described|mention|mentioned|clarify|clarified|reveal|revealed|indicate|indicated|elaborate|elaborated)( on)? (how|in what way|by what means)\b/gi,
    'give details on how',
  ],
  // "Okay, different question:", "one more thing -": a new question announced, before the question itself.
  [
    /^\s*(?:(?:ok(?:ay)?|alright|right|oh|and|also|so)\b[\s,]*)*(?:(?:a |one )?(?:different|another|new|next|last|final|other|separate)\s+(?:question|thing|q|one)|one more(?:\s+(?:thing|question|q))?|another thing|also)\b[\s:,.!?\-–—]*(?=(?:who|whom|whose|what|when|where|why|how|which|is|are|was|were|did|does|do|can|could|has|have|had)\b)/i,
    '',
  ],
];

/** Shorthand people type, spelled out so the answerer meets the article's words ("pm" -> "prime minister"). */
export function expandShorthand(text: string): string {
  let out = text;
  for (const { pattern, means, ascii } of CHAT_SHORTHAND) {
    // In an ASCII text a form matches only where the text holds it (case-folded like the pattern); in any
    // other text (a Kelvin sign folds to "k") the pattern runs.
    if (ascii && ASCII.test(out)) {
      const lower = pattern.ignoreCase ? out.toLowerCase() : out;
      if (!ascii.some((form) => lower.includes(form))) continue;
    }
    out = out.replace(pattern, means);
  }
  for (const [pattern, replacement] of PHRASINGS) out = out.replace(pattern, replacement);
  // "2+2", "3+3": a meeting's form as written in words ("three-plus-three").
  out = out.replace(
    /\b(\d)\s*\+\s*(\d)\b/g,
    (_m, a: string, b: string) => `${DIGIT_WORDS[+a]}-plus-${DIGIT_WORDS[+b]}`,
  );
  return out.replace(/\s+/g, ' ').trim();
}

const LONG_INPUT_WORDS = 30;
const LEADING_FILLER =
  /^(?:(?:and|so|but|like|anyway|anyways|ok|okay|well|now|then|basically|long story short)\b[\s,]*)+/i;
const ASKS =
  /^(who|whom|whose|what|whats|what's|when|where|why|how|which|is|are|was|were|did|does|do|can|could|has|have|had)\b/i;

/**
 * In a long, chatty message the question is usually one clause among many ("... anyway, where did they hold the
 * meeting, like which city, because ..."). Keeps the clauses that ask something; short inputs pass unchanged.
 */
export function questionFocus(text: string): string {
  if (text.split(' ').length <= LONG_INPUT_WORDS) return text;
  const clauses = text
    .split(/[.?!;,:]+|\s+-+\s+|\b(?=anyway\b|because\b|but\b)/i)
    .map((clause) => clause.trim().replace(LEADING_FILLER, '').trim())
    .filter(Boolean);
  const asking = clauses.filter((clause) => ASKS.test(clause));
  return asking.length > 0 ? asking.join(' ') : text;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
