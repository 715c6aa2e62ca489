import { words } from '../lexicon/index.ts';
import type { EventFact, ExtractionInput, Mention, OrganizationFact, PersonFact } from './types.ts';

/**
 * Roles of an event's parties from a relation verb written between two of them in the sentences that tell
 * the event ("A beat 10-man B", "A sued B"): the subject and the object take the verb's roles (winner and
 * loser, plaintiff and defendant). Only two parties the event already has, with at most three lowercase or
 * numeric words between the verb and the object ("the", "10-man", "top seed"), count, and the subject may do
 * something first ("A saved a match point and beat B"); anything else stays as it was.
 * A side's people (those whose organization is the side's) join it, each with the mention that names them.
 */
const VERBS = words.relationVerbs.flatMap((v) => v.forms.map((form) => ({ form, ...v })));
const escape = (t: string) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const BETWEEN = new RegExp(
  `^,? (?:(?:[\\p{Ll}\\d-]+ ){1,6}and )?(?:on \\p{Lu}\\p{Ll}+ )?(${VERBS.map((v) => escape(v.form)).join('|')}) (?:[\\p{Ll}\\d-]+ ){0,3}$`,
  'u',
);

interface Party {
  index: number;
  mention: Mention;
}

export function assignRelationRoles(
  input: ExtractionInput,
  participants: EventFact['participants'],
  people: readonly PersonFact[],
  orgs: readonly OrganizationFact[],
  sentenceIds: ReadonlySet<string>,
): void {
  const text = input.doc.text;
  const parties: Party[] = [];
  participants.forEach((p, index) => {
    const mentions = p.organization
      ? orgs.find((o) => o.key === p.organization)?.mentions
      : people.find((person) => person.key === p.people[0])?.mentions;
    for (const mention of mentions ?? [])
      if (sentenceIds.has(mention.sentence)) parties.push({ index, mention });
  });
  const assigned = new Map<number, { role: string; quote: string; sentence: string }>();
  for (const a of parties)
    for (const b of parties) {
      if (
        a.index === b.index ||
        a.mention.sentence !== b.mention.sentence ||
        a.mention.end >= b.mention.start
      )
        continue;
      const found = BETWEEN.exec(text.slice(a.mention.end, b.mention.start));
      if (!found) continue;
      const verb = VERBS.find((v) => v.form === found[1]);
      if (!verb) continue;
      const quote = text.slice(a.mention.start, b.mention.end);
      for (const [index, role] of [
        [a.index, verb.subject],
        [b.index, verb.object],
      ] as const) {
        const earlier = assigned.get(index);
        // Two verbs giving one party different roles: unsure, so neither stands.
        if (earlier && earlier.role !== role) assigned.set(index, { ...earlier, role: '' });
        else if (!earlier) assigned.set(index, { role, quote, sentence: a.mention.sentence });
      }
    }
  for (const [index, { role, quote, sentence }] of assigned) {
    if (!role) continue;
    const party = participants[index]!;
    party.role = role;
    party.evidence = { sentences: [sentence], quotes: [quote] };
    if (!party.organization) continue;
    for (const person of people) {
      if (person.organization !== party.organization || party.people.includes(person.key)) continue;
      const mention = person.mentions[0];
      if (!mention) continue;
      party.people.push(person.key);
      if (!party.evidence.sentences.includes(mention.sentence))
        party.evidence.sentences.push(mention.sentence);
      party.evidence.quotes.push(mention.text);
    }
  }
}
