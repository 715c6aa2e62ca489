import type { ArticleIndex } from './article-index.ts';
import { informativeStems } from './rank.ts';
import type { Draft } from '../types.ts';
import { SYNONYMS } from '../lexicon/vocabulary.ts';
import type { Question, Slot } from '../analyze/understand.ts';

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

/** Sentence ids by BM25 (binary term frequency) over the query stems, best first; sentences holding none are left out. */
function rankSentences(index: ArticleIndex, query: ReadonlySet<string>): string[] {
  let totalLength = 0;
  for (const stems of index.sentenceStems.values()) totalLength += stems.size;
  const average = Math.max(1, totalLength / Math.max(1, index.sentenceStems.size));
  const scored: Array<[string, number]> = [];
  for (const [id, stems] of index.sentenceStems) {
    let score = 0;
    for (const s of query) if (stems.has(s)) score += index.idf.get(s) ?? index.maxIdf;
    if (score > 0) scored.push([id, (score * 2.2) / (1 + 1.2 * (0.25 + (0.75 * stems.size) / average))]);
  }
  return scored.sort((a, b) => b[1] - a[1]).map(([id]) => id);
}

/**
 * The fallback: BM25 over the article's sentences (stemmed), keeping only sentences that can
 * hold the kind of answer asked for, and only when the best one covers most of the question's informative words.
 */
export function retrieveSentence(index: ArticleIndex, question: Question): Draft | undefined {
  const stems = informativeStems(question);
  if (stems.length === 0) return undefined;
  const paraphrases = stems.flatMap((s) => SYNONYMS.get(s) ?? []);
  for (const id of rankSentences(index, new Set([...stems, ...paraphrases])).slice(0, 5)) {
    const sentence = index.sentenceById.get(id);
    const sentenceStems = index.sentenceStems.get(id);
    if (!sentence || !sentenceStems || !fitsSlot(index, question.slot, sentence.text, question.type))
      continue;
    // A word counts as covered when the sentence holds it or a paraphrase of it.
    const holds = (s: string): boolean =>
      sentenceStems.has(s) || (SYNONYMS.get(s) ?? []).some((alternative) => sentenceStems.has(alternative));
    const covered = stems.filter(holds).length / stems.length;
    if (covered < 0.6 || question.unknownWords.length > 0) return undefined;
    return { answered: true, text: `The article says: “${sentence.text}”`, sentences: [sentence.id] };
  }
  return undefined;
}
