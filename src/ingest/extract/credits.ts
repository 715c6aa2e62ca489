import { words } from '../lexicon/index.ts';
import { addPerson } from './people.ts';
import { evidenceOf, fold, slug, uniqueKey } from './text-utils.ts';
import type { ExtractionInput, Mention, OrganizationFact, PersonFact } from './types.ts';

/**
 * The people a credit line names: "By Ana Lind", "By Mia Berg, Associated Press", "(Reporting by
 * Ana Lind in Bergen; Editing by Tom Hale)", "(Photo by Tom Hale)". Their role is the credit's
 * verb (reporter, editor, photographer); the agency after a byline's comma is their organization, and a
 * "Reporting by" or "Editing by" credit belongs to the one news agency of the article when there is one.
 */
const AGENCIES = new Set(words.newsAgencies);
const NAME = String.raw`\p{Lu}[\p{L}'’.-]*(?: (?:de|da|van|von|del|bin|al|le|la) )?(?: \p{Lu}[\p{L}'’.-]*){1,3}`;
const CREDIT = new RegExp(
  String.raw`(?<verb>^By|\bPhoto(?:graph)?s? by|\bReporting by|\bAdditional reporting by|\bWriting by|\bEditing by|\bCompiled by)\s(?<names>${NAME}(?:(?:, | and )${NAME})*)`,
  'gu',
);
const ROLE: Record<string, string> = {
  by: 'reporter',
  'reporting by': 'reporter',
  'additional reporting by': 'reporter',
  'writing by': 'writer',
  'compiled by': 'writer',
  'editing by': 'editor',
};

export function creditedPeople(input: ExtractionInput, people: PersonFact[], orgs: OrganizationFact[]): void {
  const keys = new Set(people.map((p) => p.key));
  const orgKeys = new Set(orgs.map((o) => o.key));
  const agencies = orgs.filter((o) => o.kind === 'media' && AGENCIES.has(o.name));
  for (const s of input.sentences) {
    if (s.kind !== 'credit') continue;
    for (const m of s.text.matchAll(CREDIT)) {
      const verb = m.groups!.verb!;
      const role = /^Photo/.test(verb) ? 'photographer' : (ROLE[verb.toLowerCase()] ?? 'reporter');
      let at = m.index + verb.length + 1;
      const found: PersonFact[] = [];
      let organization: OrganizationFact | undefined;
      for (const part of m.groups!.names!.split(/(, | and )/)) {
        const start = at;
        at += part.length;
        if (part === ', ' || part === ' and ') continue;
        const name = part.replace(/\s(?:in|at)$/, '');
        const mention: Mention = {
          sentence: s.id,
          text: name,
          start: s.start + start,
          end: s.start + start + name.length,
        };
        // "By Mia Berg, Associated Press": the part after the comma is the agency she writes for.
        if (AGENCIES.has(name)) {
          organization =
            orgs.find((o) => fold(o.name) === fold(name) || o.namesAsWritten.includes(name)) ??
            (() => {
              const created: OrganizationFact = {
                key: uniqueKey(slug(name), orgKeys),
                name,
                namesAsWritten: [name],
                acronyms: [],
                kind: 'media',
                mentions: [],
                evidence: { sentences: [], quotes: [] },
              };
              orgs.push(created);
              return created;
            })();
          organization.mentions.push(mention);
          organization.evidence = evidenceOf(organization.mentions);
          continue;
        }
        if (orgs.some((o) => fold(o.name) === fold(name))) continue;
        const existing = people.find((p) => p.namesAsWritten.some((n) => fold(n) === fold(name)));
        const person = existing ?? addPerson(people, name, keys);
        person.mentions.push(mention);
        person.evidence = evidenceOf(person.mentions);
        if (!existing) {
          person.role = role;
          // The credit as written ("Editing by Tom Hale") is the title a reader sees.
          person.title = s.text.slice(m.index, start + name.length);
        }
        found.push(person);
      }
      const agency =
        organization ??
        (verb !== 'By' && !/^Photo/.test(verb) && agencies.length === 1 ? agencies[0] : undefined);
      if (agency) for (const p of found) p.organization ??= agency.key;
    }
  }
}
