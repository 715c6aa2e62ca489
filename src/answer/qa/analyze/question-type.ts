import type { QuestionType } from './understand.ts';

/** The kind of question, read from its first question word (or the first one anywhere in it). */
export function questionType(tokens: readonly string[]): QuestionType {
  const lead =
    tokens.find((t) => !['and', 'so', 'ok', 'okay', 'also', 'then', 'but', 'well'].includes(t)) ?? '';
  if (lead === 'whose') return possessorOfThing(tokens) ? 'what' : 'who';
  if (['who', 'whom'].includes(lead)) return 'who';
  if (lead === 'when') return 'when';
  if (lead === 'where') return 'where';
  if (lead === 'why') return 'why';
  if (lead === 'how') return 'how';
  if (lead === 'which') return 'which';
  if (lead === 'what' || lead === 'whats') return 'what';
  if (/^(is|are|was|were|did|does|do|has|have|had|can|could|will|would|should)$/.test(lead)) return 'yes-no';
  // "Any specifics?", "Anything else announced?": a yes/no with its verb left out.
  if (
    (lead === 'any' || lead === 'anything') &&
    !tokens.some((t) => /^(who|when|where|why|how|which|what)$/.test(t))
  )
    return 'yes-no';
  const wh = tokens.find((t) => /^(who|whom|whose|when|where|why|how|which|what)$/.test(t));
  if (wh === 'who' || wh === 'whom' || wh === 'whose') return 'who';
  if (wh === 'when' || wh === 'where' || wh === 'why' || wh === 'how' || wh === 'which' || wh === 'what')
    return wh;
  return 'other';
}

/** What a person has or does ("whose idea", "whose delegation"): a "whose" about these asks for people. */
const PERSONAL_THINGS =
  /^(idea|ideas|proposal|initiative|decision|call|title|role|job|position|name|office|ministry|bureau|department|delegation|team|side|counterpart|deputy|boss|photo|picture|statement|words|quote|remarks|comments?|seat|signature|nationality)$/;

/** "Whose nuclear issue came up?" asks whose thing it is (a country's), answered by the fact, not a list of people. */
function possessorOfThing(tokens: readonly string[]): boolean {
  const next = tokens[tokens.indexOf('whose') + 1];
  return next !== undefined && !PERSONAL_THINGS.test(next) && !/^(is|was|are|were)$/.test(next);
}

const COUNTRY_POSSESSIVE =
  /\b(?:which|what)\s+(?:(two|three|four|both)\s+)?(?:(?:country|nation|side)['’]s|(?:countries|nations|sides)['’])(?=\s)/gi;
const GROUP_FORM: Record<string, string> = {
  two: 'bilateral',
  both: 'bilateral',
  three: 'trilateral',
  four: 'multilateral',
};

/**
 * "Which country's nuclear issue", "which three countries' coordination" ask whose thing it is, like "whose", and
 * a number of countries names the thing's form (three countries' coordination is trilateral).
 */
export function countryPossessiveAsWhose(text: string): string {
  return text.replace(COUNTRY_POSSESSIVE, (_m, count?: string) =>
    count ? `whose ${GROUP_FORM[count.toLowerCase()] ?? ''}` : 'whose',
  );
}
