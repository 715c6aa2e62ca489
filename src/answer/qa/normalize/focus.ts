import { EN } from '../lexicon/en/index.ts';

const DIGIT_WORDS = 'zero one two three four five six seven eight nine'.split(' ');

/** The chat shorthand of the lexicon (lexicon/en/chat-shorthand.json), one whole-word pattern per entry. */
const CHAT_SHORTHAND: ReadonlyArray<readonly [RegExp, string]> = EN.chatShorthand.map((entry) => [
  new RegExp(
    `(?<![\\p{L}\\p{N}])(?:${entry.written.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`,
    entry.matchCase ? 'gu' : 'giu',
  ),
  entry.means,
]);

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
  for (const [pattern, replacement] of [...CHAT_SHORTHAND, ...PHRASINGS])
    out = out.replace(pattern, replacement);
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
