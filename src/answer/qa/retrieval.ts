import type { ArticleIndex } from './article-index.ts';
import { informativeStems } from './rank.ts';
import type { Draft } from './result.ts';
import { contentStems } from './text.ts';
import { SYNONYMS } from './vocabulary.ts';
import type { Question, Slot } from './understand.ts';

const DATE_PATTERN =
  /\b(1[89]\d\d|20\d\d|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)\b/i;
const NUMBER_PATTERN =
  /\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|dozen|decades?)\b/i;

/** Whether a sentence can hold the kind of answer the slot wants. */
function fitsSlot(index: ArticleIndex, slot: Slot, text: string, type: Question['type']): boolean {
  if (slot === 'date') return DATE_PATTERN.test(text);
  if (slot === 'count' || slot === 'duration') return NUMBER_PATTERN.test(text);
  if (slot === 'place') return index.article.places.some((p) => text.includes(p.name));
  if (type === 'who')
    return index.article.people.some(
      (p) => text.includes(p.name) || (p.familyName ? text.includes(p.familyName) : false),
    );
  return true;
}

/**
 * The fallback: BM25 over the article's sentences (minisearch, stemmed, fuzzy), keeping only sentences that can
 * hold the kind of answer asked for, and only when the best one covers most of the question's informative words.
 */
export function retrieveSentence(index: ArticleIndex, question: Question): Draft | undefined {
  const stems = informativeStems(question);
  if (stems.length === 0) return undefined;
  const paraphrases = stems.flatMap((s) => SYNONYMS.get(s) ?? []);
  const query = [...stems, ...paraphrases].join(' ');
  const results = index.search.search(query, { fuzzy: 0.2, prefix: false, combineWith: 'OR' });
  for (const result of results.slice(0, 5)) {
    const sentence = index.sentenceById.get(String(result.id));
    if (!sentence || !fitsSlot(index, question.slot, sentence.text, question.type)) continue;
    const sentenceStems = new Set(contentStems(sentence.text));
    // A word counts as covered when the sentence holds it or a paraphrase of it.
    const holds = (s: string): boolean =>
      sentenceStems.has(s) || (SYNONYMS.get(s) ?? []).some((alternative) => sentenceStems.has(alternative));
    const covered = stems.filter(holds).length / stems.length;
    if (covered < 0.6 || question.unknownWords.length > 0) return undefined;
    return { answered: true, text: `The article says: “${sentence.text}”`, sentences: [sentence.id] };
  }
  return undefined;
}
