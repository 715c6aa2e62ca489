import { EN } from '../lexicon/en/index.ts';
import type { Mention, QuestionType, RelationAsk } from '../types.ts';

const BY_FORM = new Map(EN.roleVerbs.flatMap((verb) => verb.forms.map((form) => [form, verb] as const)));
const PASSIVE_AUXILIARIES: ReadonlySet<string> = new Set([
  'was',
  'were',
  'is',
  'are',
  'been',
  'be',
  'got',
  'get',
]);

const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'they', 'it', 'we']);

/**
 * The relation a who/which question asks ("who did Eko beat", "who sued Marlow", "who was beaten"): which side of
 * the verb is asked, and the party named on the other side. A party named before an active verb is its subject
 * (the object is asked); one named after it is its object; a passive verb asks its object.
 */
export function askedRelation(
  tokens: readonly string[],
  type: QuestionType,
  mentions: readonly Mention[],
): RelationAsk | undefined {
  if (type !== 'who' && type !== 'which' && type !== 'what') return undefined;
  const at = tokens.findIndex((t) => BY_FORM.has(t));
  if (at < 0) return undefined;
  const verb = BY_FORM.get(tokens[at]!)!;
  const parties = mentions.filter((m) => m.ref.kind !== 'event');
  const before = parties.filter((m) => m.end <= at);
  const after = parties.filter((m) => m.start > at);
  if (before.length + after.length > 1) return undefined;
  const passive = PASSIVE_AUXILIARIES.has(tokens[at - 1] ?? '');
  // "Who did she beat?": a subject pronoun before the verb is its subject too, so the object is asked.
  const pronounSubject = tokens.slice(0, at).some((t) => SUBJECT_PRONOUNS.has(t));
  const asksSubject = passive ? false : before.length === 0 && !pronounSubject;
  if (!asksSubject && verb.object.length === 0) return undefined;
  const known = (before[0] ?? after[0])?.ref;
  return {
    past: verb.past,
    askedRoles: asksSubject ? verb.subject : verb.object,
    otherRoles: asksSubject ? verb.object : verb.subject,
    asksSubject,
    ...(known ? { known } : {}),
    at,
  };
}
