import type { Person } from '../../../model/schema.ts';
import { linkEntities } from '../analyze/entities.ts';
import { contentStems, ensurePeriod, tokenize } from '../lexicon/text.ts';
import type { ArticleIndex } from '../retrieve/article-index.ts';
import { ListSet, SortedWordSet } from '../retrieve/compact.ts';
import { intern } from '../retrieve/intern.ts';
import { holdsForm, holdsStem, requirements, type Requirement } from '../retrieve/sentence-answer.ts';
import type { Draft, Question } from '../types.ts';

/** A person as the model describes them: the stems of their title, role and what they did, and what those name. */
interface PersonWords {
  person: Person;
  /** One set per clause of the description ("scored the first goal; set up the winner"), the title with each. */
  clauses: readonly SortedWordSet[];
  refs: ListSet;
}

/** Clauses of a description: a verb and its object stay together, so "scored" and "the winner" of two clauses don't. */
const CLAUSE_BREAK = /;|,? and |, (?=[a-z]+(?:ed|s)\b)/;

const cache = new WeakMap<ArticleIndex, PersonWords[]>();

/** Each person's words, read once per article (prepareArticles reads them at load). */
export function peopleWords(index: ArticleIndex): PersonWords[] {
  let read = cache.get(index);
  if (read) return read;
  read = index.article.people.map((person) => {
    const text = [person.titleAsWritten, ...person.titleVariants, person.role, person.description].join('. ');
    const refs = linkEntities(tokenize(text), index.lexicon, () => true)
      .filter((m) => !m.partial || m.ref.kind === 'person')
      .map((m) => `${m.ref.kind}:${m.ref.id}`);
    if (person.organization) refs.push(`organization:${person.organization}`);
    if (person.country) refs.push(`country:${person.country}`);
    const title = contentStems([person.titleAsWritten, ...person.titleVariants, person.role].join('. '));
    const clauses = person.description
      .split(CLAUSE_BREAK)
      .map((clause) => new SortedWordSet([...title, ...contentStems(clause)].map(intern)));
    return { person, clauses, refs: ListSet.of(refs.map(intern)) };
  });
  cache.set(index, read);
  return read;
}

/**
 * Every asked word in one clause of the person's description (the verb of "who paid" as itself), every asked name
 * in the description or title.
 */
function fits(words: PersonWords, needed: readonly Requirement[]): boolean {
  const names = needed.filter((r) => r.kind === 'entity');
  if (!names.every((r) => words.refs.has(`${r.ref.kind}:${r.ref.id}`))) return false;
  const stems = needed.filter((r) => r.kind === 'stem');
  return words.clauses.some((clause) =>
    stems.every((r) => (r.asItself ? holdsForm : holdsStem)(clause, r.stem)),
  );
}

/**
 * "Who set up the winner?", "Who voted against the cut?": the person whose part in the story, as the model describes
 * it, holds every word and name of the question (its verb and object), not a list of everyone named. Undefined when
 * the question names a person, has no words beyond the ones naming the part played, or nobody's part holds them all.
 */
export function answerWhoDid(index: ArticleIndex, question: Question): Draft | undefined {
  if (question.type !== 'who' || question.negated || question.photo || question.asksAuthor) return undefined;
  // "Who was the president in 1998?": the model describes people as of its dateline.
  if (question.year !== undefined || question.copular) return undefined;
  // A person the question names is not the answer ("who set up Smith's winner?"), and need not be in it.
  const named = new Set(question.mentions.filter((m) => m.ref.kind === 'person').map((m) => m.ref.id));
  const needed = requirements(question).filter((r) => r.kind === 'stem' || !named.has(r.ref.id));
  const words = needed.filter((r) => r.kind === 'stem');
  if (words.length === 0 || words.every((r) => question.cueStems.has(r.stem))) return undefined;
  const people = peopleWords(index);
  // "Who won, Smith or Jones?": a named person whose part fits is the one asked about; the choice is theirs.
  if (people.some((p) => named.has(p.person.id) && fits(p, needed))) return undefined;
  // Without the named person in it, a part naming someone else is another relation ("beaten by X" for "who did
  // Y beat?").
  const namesAnother = (p: PersonWords): boolean =>
    named.size > 0 &&
    [...p.refs].some(
      (ref) => ref.startsWith('person:') && ref !== `person:${p.person.id}` && !named.has(ref.slice(7)),
    );
  const fitting = people.filter((p) => !named.has(p.person.id) && fits(p, needed) && !namesAnother(p));
  if (fitting.length === 0 || fitting.length > 2) return undefined;
  return {
    answered: true,
    text: fitting
      .map(({ person }) => `${person.name} (${person.titleAsWritten}): ${ensurePeriod(person.description)}`)
      .join(' '),
    sentences: [...new Set(fitting.flatMap(({ person }) => person.evidence.sentences))],
    focus: { people: fitting.map(({ person }) => person.id), slot: question.slot },
  };
}
