import { theEvent } from '../compose/event-words.ts';
import type { Person } from '../../../model/schema.ts';
import type { ArticleIndex } from '../retrieve/article-index.ts';
import { listPeople, organizationChain } from '../compose/people.ts';
import type { Draft } from '../types.ts';
import { capitalize, joinList, numberWord, parseNumber, stem, STOP_WORDS } from '../lexicon/text.ts';
import type { Question } from '../analyze/understand.ts';

/** Nouns that name an office: a question naming one wants a person holding it, and nobody else. */
export const ROLE_HEADS: ReadonlySet<string> = new Set(
  (
    'minister president premier chancellor ambassador secretary spokesman spokeswoman spokesperson governor mayor ' +
    'king queen emperor chairman chairwoman chair ceo envoy commander general admiral director-general director deputy chief'
  ).split(' '),
);

/**
 * The office a question names ("Japan's defense minister", "the korean president"): its head noun and the words
 * qualifying it, minus country words (the country is a filter of its own). Undefined when no office is named.
 */
export function askedOffice(question: Question): { head: string; qualifiers: string[] } | undefined {
  const index = question.tokens.findIndex((t) => ROLE_HEADS.has(t));
  if (index < 0) return undefined;
  const countryTokens = new Set(
    question.mentions
      .filter((m) => m.ref.kind === 'country')
      .flatMap((m) => question.tokens.slice(m.start, m.end)),
  );
  const qualifiers: string[] = [];
  for (let i = index - 1; i >= 0 && i >= index - 2; i--) {
    const token = question.tokens[i]!;
    if (STOP_WORDS.has(token) || countryTokens.has(token) || /^(who|what|whats|whos|which)$/.test(token))
      break;
    if (parseNumber(token) === undefined) qualifiers.push(stem(token));
  }
  const head = question.tokens[index]!;
  // "director generals" is one office, written as two words.
  const compound = /^generals?$/.test(question.tokens[index + 1] ?? '') ? `${head}-general` : head;
  return { head: compound, qualifiers };
}

/** Whether a person holds the office asked for: the head noun and its qualifiers in their title or role. */
export function holdsOffice(
  index: ArticleIndex,
  person: Person,
  office: { head: string; qualifiers: string[] },
): boolean {
  const title = [person.titleAsWritten, ...person.titleVariants, person.role].join(' ').toLowerCase();
  if (!new RegExp(`\\b${office.head.replace('-', '[- ]')}\\b`).test(title)) return false;
  const profile = index.personProfile.get(person.id);
  return office.qualifiers.every((q) => profile?.has(q) ?? false);
}

/** "How many Japanese officials attended?", "How many people are named?", "How many is that?" */
export function countPeople(
  index: ArticleIndex,
  question: Question,
  pool: Person[],
  remembered: boolean,
): Draft {
  let people = pool;
  if (!remembered && !(question.cues.has('namedOnly') && !question.cues.has('tookPart')))
    people = people.filter((p) => p.involvement === 'participant');
  const what = people.every((p) => p.involvement === 'participant') ? 'who took part' : 'in all';
  const noun = people.length === 1 ? 'person' : 'people';
  const draft = listPeople(index, people, 'participants', `${capitalize(numberWord(people.length))}`);
  const named = remembered
    ? `That is ${numberWord(people.length)} ${noun}`
    : `The article names ${numberWord(people.length)} ${noun} ${what}`;
  return { ...draft, text: draft.text.replace(/^[^:]*/, named) };
}

/** "Who didn't attend?": the people the article names who did not take part. */
export function absentPeople(index: ArticleIndex): Draft {
  const absent = index.article.people.filter((p) => p.involvement !== 'participant');
  if (absent.length === 0) {
    return {
      answered: true,
      text: `Everyone the article names took part in ${theEvent(index)}.`,
      sentences: [...new Set(index.article.people.flatMap((p) => p.evidence.sentences))],
    };
  }
  const draft = listPeople(index, absent, 'participants', 'The article names');
  const are = absent.length === 1 ? 'is' : 'are';
  return {
    ...draft,
    text: `${joinList(absent.map((p) => p.name))} ${are} named in the article but did not take part in ${theEvent(index)}: ${draft.text.replace(/^[^:]*: /, '')}`,
  };
}

/** Narrows people by the countries and organizations a question names ("Japanese officials"). */
export function narrowPeople(
  index: ArticleIndex,
  people: Person[],
  filter: { countries: string[]; organizations: string[] },
): Person[] {
  let pool = people;
  if (filter.countries.length > 0) pool = pool.filter((p) => filter.countries.includes(p.country ?? ''));
  if (filter.organizations.length > 0) {
    const narrowed = pool.filter((p) =>
      organizationChain(index, p).some((id) => filter.organizations.includes(id)),
    );
    if (narrowed.length > 0) pool = narrowed;
  }
  return pool;
}
