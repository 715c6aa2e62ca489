import { createRequire } from 'node:module';

/**
 * Irregular English forms to their dictionary form ("fled" -> "flee", "went" -> "go", "children" -> "child",
 * "risen" -> "rise"): WordNet's exception lists of verbs and nouns, as shipped (and maintained) with
 * wink-eng-lite-web-model, the lemmatizer src/ingest/nlp already uses. Only the lists are loaded here, not the
 * language model: the answerer normalises words without context, so a word gets one dictionary form whatever its
 * part of speech; regular inflection ("-s", "-ed", "-ing") is left to the stemmer. Comparatives keep their
 * own form ("worse" is not "bad": a question comparing asks something else than one describing).
 */
const require = createRequire(import.meta.url);
type Exceptions = Readonly<Record<string, string>>;
const verbs = require('wink-eng-lite-web-model/dist/wn-verb-exceptions.js') as Exceptions;
const nouns = require('wink-eng-lite-web-model/dist/wn-noun-exceptions.js') as Exceptions;

/**
 * One table, verbs first (news text inflects verbs most). Chains are followed to their end, so that the forms of
 * one word meet whichever entry they come from ("laid" -> "lay" -> "lie": "laid off" and "lay off" meet). A noun
 * or adjective form that is itself a dictionary form stays as written ("dive" is a verb, not the plural of "diva").
 */
const IRREGULAR: ReadonlyMap<string, string> = (() => {
  const lemmas = new Set<string>();
  for (const list of [verbs, nouns]) for (const lemma of Object.values(list)) lemmas.add(lemma);
  const table = new Map<string, string>();
  const add = (list: Exceptions, keepLemmas: boolean): void => {
    for (const [form, lemma] of Object.entries(list)) {
      if (form === lemma || table.has(form) || !/^[a-z]+$/.test(form)) continue;
      if (keepLemmas && lemmas.has(form)) continue;
      table.set(form, lemma);
    }
  };
  add(verbs, false);
  add(nouns, true);
  for (const [form, lemma] of table) {
    let end = lemma;
    for (let step = 0; step < 3 && table.has(end) && table.get(end) !== form; step++) end = table.get(end)!;
    table.set(form, end);
  }
  return table;
})();

/** The dictionary form of an irregular word form (lower case in, lower case out); other words come back as given. */
export function irregularLemma(word: string): string {
  return IRREGULAR.get(word) ?? word;
}

/**
 * Whether a word is a verb's past form ("got", "fled", "attended", "died"), by the word after it: an irregular verb form of WordNet's
 * list, or a regular "-ed" form. "How many got headaches?" counts whoever did it; "got" is not the thing counted.
 */
export function isPastVerbForm(
  word: string,
  next: string | undefined,
  stopWords: ReadonlySet<string>,
): boolean {
  const irregular = verbs[word];
  if (irregular !== undefined) return irregular !== word;
  // "How many seeded players": a regular "-ed" before a noun describes it; before nothing or a function word it
  // is done ("how many attended?", "how many died in the fire?").
  return /^[a-z]{2,}ed$/.test(word) && (next === undefined || stopWords.has(next));
}
