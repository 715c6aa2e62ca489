import type { Person } from '../../model/schema.ts';
import type { ArticleIndex } from './article-index.ts';
import { describePerson } from './people.ts';
import type { Draft } from './result.ts';
import type { Question } from './understand.ts';
import { answerAboutPeople, type PeopleFilter } from './who.ts';

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
  if (COUNTERPART.test(lower))
    return answerAboutPeople(index, { ...question, slot: 'profile' }, people, filter);
  if (people.length === 1) {
    const person = people[0]!;
    return { ...describePerson(index, person, 'profile'), text: personName(person, lower) };
  }
  const event = index.article.event;
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
