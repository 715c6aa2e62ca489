import { mainEvent } from '../../model/events.ts';
import type { Person } from '../../model/schema.ts';
import type { ArticleIndex } from './article-index.ts';
import { askedOffice, holdsOffice } from './cast.ts';
import { describePerson } from './people.ts';
import type { Draft } from './result.ts';
import type { Question } from './understand.ts';
import { answerAboutPeople, filterFromQuestion, type PeopleFilter } from './who.ts';

const COUNTERPART = /\b(counterparts?|opposite)\b/;
const MEETING_WORDS = /\b(meeting|talks|consultation|dialogue|event|session|summit)\b/;
const PERSON_WORDS = /\b(guy|man|woman|person|official|officials|one|rep|representative|delegate|his|her)\b/;

function personName(person: Person, lower: string): string {
  if (/\b(first|given)\s+name\b/.test(lower) && person.givenName)
    return `${person.name}'s given name is ${person.givenName}.`;
  if (/\b(last|family|sur)\s*name\b/.test(lower) && person.familyName)
    return `${person.name}'s family name is ${person.familyName}.`;
  const variants = person.aliases.filter((a) => a.includes(' ') && a !== person.name).slice(0, 2);
  const also = variants.length > 0 ? ` (also written ${variants.join(', ')})` : '';
  return `The full name is ${person.name}${also}.`;
}

/** "What's Kishida's first name?", "What's the official name of the meeting?", "the Japanese foreign ministry guy, what's his name?" */
export function answerName(
  index: ArticleIndex,
  question: Question,
  people: Person[],
  filter: PeopleFilter,
): Draft | undefined {
  if (question.slot !== 'name') return undefined;
  const lower = question.text.toLowerCase().replace(/\b(official|full) name\b/, 'name');
  const unheld = officeNobodyHolds(index, question, people);
  if (unheld) return unheld;
  if (COUNTERPART.test(lower))
    return answerAboutPeople(index, { ...question, slot: 'profile' }, people, filter);
  if (people.length === 1) {
    const person = people[0]!;
    return { ...describePerson(index, person, 'profile'), text: personName(person, lower) };
  }
  const event = mainEvent(index.article);
  const aboutEvent = question.mentions.some((m) => m.ref.kind === 'event') || MEETING_WORDS.test(lower);
  if (aboutEvent && !PERSON_WORDS.test(lower)) {
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
  const unnamed = question.unknownWords.filter((w) => !PERSON_WORDS.test(w));
  if (people.length === 0 && !PERSON_WORDS.test(lower) && unnamed.length > 0)
    return {
      answered: false,
      text: `The article doesn't name any ${unnamed.join(' ')}. ${index.coverage}`,
      sentences: [],
    };
  if (filter.countries.length + filter.organizations.length > 0 || PERSON_WORDS.test(lower))
    return answerAboutPeople(index, { ...question, slot: 'profile', type: 'who' }, [], filter);
  return undefined;
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
  const asked = /\bname of\s+(.+?)[?.!]*$/i.exec(question.text)?.[1] ?? 'that office';
  return { answered: false, text: `The article doesn't name ${asked}. ${index.coverage}`, sentences: [] };
}
