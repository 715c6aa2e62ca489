import { words } from '../lexicon/index.ts';
import type { AnalyzedSentence } from '../nlp/types.ts';
import { slug, uniqueKey } from './text-utils.ts';
import type { ExtractionInput, FactEvidence } from './types.ts';

/**
 * Topics: every body sentence that no other fact rests on (no quote, outcome, context, gap, timeline entry
 * or the main event) becomes a topic of its own, so a question about it ("is the power out?") meets a fact
 * of the model and is answered with that sentence cited. The label is the sentence's first nouns as written
 * ("power and province"), the keywords its content words (lemmas): matching aids, never shown as quotes.
 * Extractive: the evidence is the whole sentence.
 */
export interface TopicFact {
  key: string;
  label: string;
  keywords: string[];
  evidence: FactEvidence;
}

const STOP = new Set([...words.stopwords, ...words.speechVerbs, 'say', 'tell']);
const CONTENT = new Set(['NOUN', 'PROPN', 'VERB', 'ADJ', 'NUM']);

export function extractTopics(input: ExtractionInput, covered: ReadonlySet<string>): TopicFact[] {
  const keys = new Set<string>();
  const out: TopicFact[] = [];
  for (const sentence of input.sentences) {
    if (sentence.kind !== 'body' || covered.has(sentence.id)) continue;
    const nouns = labelNouns(sentence);
    if (nouns.length === 0) continue;
    const keywords = contentWords(sentence);
    if (keywords.length < 2) continue;
    const label = nouns.length === 1 ? nouns[0]! : `${nouns.slice(0, -1).join(', ')} and ${nouns.at(-1)!}`;
    out.push({
      key: uniqueKey(`topic-${slug(sentence.text, 40)}`, keys),
      label,
      keywords,
      evidence: { sentences: [sentence.id], quotes: [sentence.text] },
    });
  }
  return out;
}

function labelNouns(sentence: AnalyzedSentence): string[] {
  const nouns: string[] = [];
  for (const t of sentence.tokens) {
    if (t.pos !== 'NOUN' || t.text.length < 3 || STOP.has(t.lemma.toLowerCase())) continue;
    if (!/^\p{L}[\p{L}-]*$/u.test(t.text)) continue;
    const word = t.text.toLowerCase();
    if (!nouns.includes(word)) nouns.push(word);
    if (nouns.length === 3) break;
  }
  return nouns;
}

function contentWords(sentence: AnalyzedSentence): string[] {
  const out: string[] = [];
  for (const t of sentence.tokens) {
    if (!CONTENT.has(t.pos) || t.text.length < 3) continue;
    const lemma = (t.pos === 'PROPN' ? t.text : t.lemma).toLowerCase();
    if (STOP.has(lemma) || !/^[\p{L}\p{N}][\p{L}\p{N}.-]*$/u.test(lemma)) continue;
    if (!out.includes(lemma)) out.push(lemma);
    if (out.length === 16) break;
  }
  return out;
}
