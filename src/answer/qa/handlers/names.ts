import { mainEvent } from '../../../model/events.ts';
import type { Person } from '../../../model/schema.ts';
import type { ArticleIndex } from '../retrieve/article-index.ts';
import { askedOffice, holdsOffice } from './cast.ts';
import { describePerson } from '../compose/people.ts';
import { doesNotSay } from '../compose/does-not-say.ts';
import type { Draft } from '../types.ts';
import type { Question } from '../analyze/understand.ts';
import { isPersonWord } from '../analyze/phrases.ts';
import { answerAboutPeople, filterFromQuestion, type PeopleFilter } from './who.ts';

function personName(person: Person, question: Question): string {
  if (question.cues.has('givenNameAsked') && person.givenName)
    return `${person.name}'s given name is ${person.givenName}.`;
  if (question.cues.has('familyNameAsked') && person.familyName)
    return `${person.name}'s family name is ${person.familyName}.`;
  const variants = person.aliases.filter((a) => a.includes(' ') && a !== person.name).slice(0, 2);
  const also = variants.length > 0 ? ` (also written ${variants.join(', ')})` : '';
  return `The full name is ${person.name}${also}.`;
}

/** "What's Smith's first name?", "What's the official name of the meeting?", "the Japanese foreign ministry guy, what's his name?" */
export function answerName(
  index: ArticleIndex,
  question: Question,
  people: Person[],
  filter: PeopleFilter,
): Draft | undefined {
  if (question.slot !== 'name') return undefined;
  const { cues } = question;
  const unheld = officeNobodyHolds(index, question, people);
  if (unheld) return unheld;
  if (cues.has('counterpart'))
    return answerAboutPeople(index, { ...question, slot: 'profile' }, people, filter);
  if (people.length === 1) {
    const person = people[0]!;
    const draft = { ...describePerson(index, person, 'profile'), text: personName(person, question) };
    // "What is the name of Smith's son?" asks the son's name, not his: one the article writes only by him.
    const kin = possessedNoun(question.phrases.nameOfObject);
    return kin ? doesNotSay(index, `the name of ${question.phrases.nameOfObject!}`) : draft;
  }
  const event = mainEvent(index.article);
  const aboutEvent = question.mentions.some((m) => m.ref.kind === 'event') || cues.has('gatheringNouns');
  if (aboutEvent && !cues.has('personAsked')) {
    const ordinal = event.ordinal ? `the ${event.ordinal.asWritten} ` : '';
    const series = event.series && !event.series.endsWith(event.name) ? `, part of the ${event.series}` : '';
    return {
      answered: true,
      text: `It was ${ordinal}${event.name}${series}.`,
      sentences: event.ordinal?.evidence.sentences ?? event.evidence.sentences.slice(0, 1),
      focus: { factId: event.id, slot: 'general' },
    };
  }
  // "What was the Japanese destroyer called?": a name asked of a kind of thing the article has no entity for.
  const unnamed = question.unknownWords.filter((w) => !isPersonWord(w));
  if (people.length === 0 && !cues.has('personAsked') && unnamed.length > 0)
    return {
      answered: false,
      text: `The article doesn't name any ${unnamed.join(' ')}. ${index.coverage}`,
      sentences: [],
    };
  if (filter.countries.length + filter.organizations.length > 0 || cues.has('personAsked'))
    return answerAboutPeople(index, { ...question, slot: 'profile', type: 'who' }, [], filter);
  return undefined;
}

/** Words after a name's "'s" that ask a part of that name ("Smith's first name"), not another one's. */
const NAME_PARTS: ReadonlySet<string> = new Set([
  'name',
  'names',
  'first',
  'last',
  'full',
  'given',
  'family',
  'middle',
  'surname',
  'nickname',
  'maiden',
]);

/**
 * "the name of Smith's son": the noun a named person's possessive stands before, when it asks someone or
 * something of theirs (not a part of their name).
 */
function possessedNoun(object: string | undefined): string | undefined {
  const noun = /(?:'s|s')\s+(\p{L}+)$/u.exec(object?.toLowerCase() ?? '')?.[1];
  return noun !== undefined && !NAME_PARTS.has(noun) ? noun : undefined;
}

/**
 * "What's the name of South Korea's defense minister?": an office asked by name that no one in the article holds (of
 * that country) is one the article doesn't name, whoever else the question's words point to.
 */
function officeNobodyHolds(index: ArticleIndex, question: Question, people: Person[]): Draft | undefined {
  const office = askedOffice(question);
  if (!office) return undefined;
  const countries = filterFromQuestion(question).countries;
  const pool = people.length > 0 ? people : index.article.people;
  const holders = pool.filter(
    (p) => holdsOffice(index, p, office) && countries.every((c) => c === p.country),
  );
  if (holders.length > 0) return undefined;
  const asked = question.phrases.nameOfObject ?? 'that office';
  return { answered: false, text: `The article doesn't name ${asked}. ${index.coverage}`, sentences: [] };
}
