import { tokenize } from '../lexicon/text.ts';
import type { ArticleIndex } from '../retrieve/article-index.ts';
import { readSentences } from '../retrieve/sentence-answer.ts';
import type { Draft, Question } from '../types.ts';

/**
 * "Is it Marvent or Marvant?": two written forms of one person's name, joined by "or". The answer says which of
 * them the article writes and in how many sentences, citing them, so a reader sees an inconsistent spelling for
 * what it is instead of getting the profile of the person.
 */
export function answerNameSpelling(index: ArticleIndex, q: Question): Draft | undefined {
  const people = q.mentions.filter((m) => m.ref.kind === 'person');
  for (const [i, first] of people.entries()) {
    const second = people.slice(i + 1).find((m) => m.ref.id === first.ref.id && m.start >= first.end);
    if (!second || !q.tokens.slice(first.end, second.start).includes('or')) continue;
    const person = index.personById.get(first.ref.id);
    if (!person) return undefined;
    const asked = [first, second].map((m) => q.tokens.slice(m.start, m.end).join(' '));
    if (asked[0] === asked[1]) return undefined;
    const written = new Set((person.namesAsWritten ?? [person.name]).flatMap((n) => tokenize(n)));
    // The sentences as read at load (the question's own tokenizer), not re-tokenized for each question.
    const read = readSentences(index);
    const sentences = read.map((r) => r.sentence);
    const uses = asked.map((form) => {
      const parts = form.split(' ');
      if (!parts.every((p) => written.has(p))) return { form, ids: [] as string[] };
      const ids = read
        .filter(({ tokens }) => tokens.some((_, k) => parts.every((p, j) => tokens[k + j] === p)))
        .map((r) => r.sentence.id);
      return { form, ids };
    });
    const asWritten = (form: string): string => {
      const lower = form.toLowerCase();
      for (const s of sentences) {
        const hit = s.text.match(
          new RegExp(`(?<![\\p{L}])${lower.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'iu'),
        );
        if (hit) return hit[0];
      }
      return form;
    };
    const found = uses.filter((u) => u.ids.length > 0);
    if (found.length === 0) return undefined;
    const count = (n: number): string => (n === 1 ? 'one sentence' : `${n} sentences`);
    const text =
      found.length === 2
        ? `The article writes it both ways for ${person.name}: “${asWritten(found[0]!.form)}” in ` +
          `${count(found[0]!.ids.length)} and “${asWritten(found[1]!.form)}” in ${count(found[1]!.ids.length)}.`
        : `The article writes “${asWritten(found[0]!.form)}” (${person.name}); it never writes ` +
          `“${uses.find((u) => u.ids.length === 0)!.form}”.`;
    return {
      answered: true,
      text,
      sentences: [...new Set(found.flatMap((u) => u.ids))],
      focus: { people: [person.id] },
    };
  }
  return undefined;
}
