import type { Person } from '../../../model/schema.ts';
import { doesNotSay } from '../compose/does-not-say.ts';
import type { ArticleIndex } from '../retrieve/article-index.ts';
import type { Draft, Question } from '../types.ts';
import { entityForms, namesEntity } from './entity-forms.ts';

const YEAR_OLD = /\b(\d{1,3})-year-old\b/i;

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The age the article gives a person: an age figure naming them, "the 27-year-old" as their title, "Smith, 21,". */
function ageOf(
  index: ArticleIndex,
  person: Person,
): { age: number; asWritten: string; sentences: string[] } | undefined {
  const forms = entityForms(index, { kind: 'person', id: person.id });
  const figure = index.article.figures.find((f) => f.measures === 'age' && namesEntity(f.label, forms));
  if (figure) return { age: figure.value, asWritten: figure.asWritten, sentences: figure.evidence.sentences };
  for (const title of [person.titleAsWritten, ...person.titleVariants]) {
    const m = YEAR_OLD.exec(title);
    if (m) return { age: Number(m[1]), asWritten: title, sentences: person.evidence.sentences };
  }
  // A news appositive: "Smith, 21, finished ...".
  const names = forms.filter((f) => /\p{L}/u.test(f) && !/^the /.test(f));
  for (const sentence of index.article.sentences) {
    for (const name of names) {
      const m = new RegExp(`\\b${escape(name)}, (\\d{1,3}),`, 'i').exec(sentence.text);
      if (m && Number(m[1]) < 120)
        return { age: Number(m[1]), asWritten: m[0].replace(/,$/, ''), sentences: [sentence.id] };
    }
  }
  return undefined;
}

/**
 * "How old is she?": the age of the person asked about, as the article gives it; the article not giving one is said
 * plainly (never a count of years from elsewhere in the text).
 */
export function answerAge(index: ArticleIndex, question: Question, people: Person[]): Draft | undefined {
  const ask = question.quantity;
  if (!ask || ask.measures.length !== 1 || ask.measures[0] !== 'age' || question.type === 'yes-no')
    return undefined;
  if (people.length !== 1) return undefined;
  const person = people[0]!;
  const age = ageOf(index, person);
  if (!age) return doesNotSay(index, `how old ${person.name} is`);
  return {
    answered: true,
    text: `${person.name} is ${age.age} (the article says “${age.asWritten}”).`,
    sentences: age.sentences,
    focus: { people: [person.id] },
  };
}
