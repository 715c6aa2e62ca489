/** Shorthand people type, spelled out so the answerer meets the article's words ("pm" -> "prime minister"). */
const DIGIT_WORDS = 'zero one two three four five six seven eight nine'.split(' ');

const SHORTHAND: ReadonlyArray<readonly [RegExp, string]> = [
  [/\btl;? ?dr\b/gi, 'summary'],
  [/\bpm\b/gi, 'prime minister'],
  [/\bceo\b/gi, 'chief executive'],
  [/\bcfo\b/gi, 'chief financial officer'],
  [/\bcoo\b/gi, 'chief operating officer'],
  [/\beps\b/gi, 'earnings per share'],
  [/\bq1\b/gi, 'first quarter'],
  [/\bq2\b/gi, 'second quarter'],
  [/\bq3\b/gi, 'third quarter'],
  [/\bq4\b/gi, 'fourth quarter'],
  [/\b(yoy|y\/y)\b/gi, 'from a year earlier'],
  [/\bfm\b/gi, 'foreign minister'],
  [/\bdg\b/gi, 'director-general'],
  [/\bintel\b/gi, 'intelligence'],
  [/\byrs?\b/gi, 'years'],
  [/\bhalf a decade\b/gi, 'five years'],
  [/\bppl\b/gi, 'people'],
  [/\bgovt\b/gi, 'government'],
  [/\bdept\b/gi, 'department'],
  [/\bmtg\b/gi, 'meeting'],
  [/\binfo\b/gi, 'information'],
  [/\bbtw\b/gi, ''],
  [/\bu\b/g, 'you'],
  [/\bur\b/g, 'your'],
  [/\bpls|plz\b/gi, 'please'],
  // Idioms for what articles say in one word.
  [/\b(spell|spelled|spells|lay|laid|set) out\b/gi, 'detail'],
  // "Did they say how?", "did the statement explain how they would do it": whether the article gives the details.
  [
    /\b(say|said|says|explain|explained|explains|specify|specified|describe|described|mention|mentioned|clarify|clarified|reveal|revealed|indicate|indicated|elaborate|elaborated)( on)? (how|in what way|by what means)\b/gi,
    'give details on how',
  ],
  // Conversational framing that asks nothing.
  [/\bquick (q|question)\b/gi, ''],
  [/\bin the first place\b/gi, ''],
  // "Okay, different question:", "one more thing -": a new question announced, before the question itself.
  [
    /^\s*(?:(?:ok(?:ay)?|alright|right|oh|and|also|so)\b[\s,]*)*(?:(?:a |one )?(?:different|another|new|next|last|final|other|separate)\s+(?:question|thing|q|one)|one more(?:\s+(?:thing|question|q))?|another thing|also)\b[\s:,.!?\-–—]*(?=(?:who|whom|whose|what|when|where|why|how|which|is|are|was|were|did|does|do|can|could|has|have|had)\b)/i,
    '',
  ],
];

export function expandShorthand(text: string): string {
  let out = text;
  for (const [pattern, replacement] of SHORTHAND) out = out.replace(pattern, replacement);
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
