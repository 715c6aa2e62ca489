import { editDistance, STOP_WORDS, stem } from '../lexicon/text.ts';
import { EN } from '../lexicon/en/index.ts';

/** Relation verbs (lexicon/en/role-verbs.json) are words, not slips: "lose" is not a misspelt "loser". */
const ROLE_VERB_FORMS: ReadonlySet<string> = new Set(EN.roleVerbs.flatMap((v) => v.forms));
import { FURNITURE_WORDS, SYNONYMS } from '../lexicon/vocabulary.ts';

const QUESTION_WORDS = ['who', 'what', 'when', 'where', 'which', 'why', 'how', 'whose'];

/** Very common question verbs, misspelt as often as the question words ("happend", "discused"). */
const COMMON_VERBS = ['happened', 'happen', 'agreed', 'discussed', 'attended', 'announced', 'represented'];

/** A swap of two neighbouring letters, or one letter left out or doubled: rarely turns a word into another word. */
function isSlip(word: string, candidate: string): boolean {
  if (word.length !== candidate.length) return true;
  return [...word].sort().join('') === [...candidate].sort().join('');
}

/**
 * Corrects misspelt ordinary words ("frist", "meetign", "whcih", "whne") against the question words, the question
 * furniture and the article's own words, so they are not taken for words the article never uses. Only slips are
 * corrected against long lists (a letter swapped, dropped or doubled); a changed letter only against the question
 * words, as changing one letter of a real word ("plane") often makes another real word ("place").
 */
const AUXILIARIES = /^(was|were|did|do|does|is|are|had|has|have)$/;

/**
 * "were was the meeting held", "were did they meet": "were" opening a question and followed straight by another
 * auxiliary cannot start a yes/no question, so it is the question word "where" misspelt.
 */
function whereForWere(text: string): string {
  const [first, second] = text.trim().split(/\s+/);
  if (first?.toLowerCase() !== 'were' || !AUXILIARIES.test(second?.toLowerCase() ?? '')) return text;
  return text.trim().replace(/^were/i, 'where');
}

export function correctTypos(
  text: string,
  articleWords: ReadonlySet<string>,
  vocabulary: ReadonlySet<string>,
): string {
  return whereForWere(text).replace(/\p{L}[\p{L}']*/gu, (token) => {
    const word = token.toLowerCase();
    if (!/^[a-z]+$/.test(word) || word.length < 3 || isKnown(word, articleWords, vocabulary)) return token;
    // A three-letter word is corrected only by a letter it left out ("wat", "wen"): changing one makes real words.
    const question = QUESTION_WORDS.find(
      (q) => editDistance(word, q, 1) === 1 && (word.length >= 4 || q.length === word.length + 1),
    );
    if (question) return question;
    if (word.length < 4) return token;
    // "lockon", "futureoriented": an article word written without its hyphen.
    const merged = hyphenlessForms(articleWords).get(word);
    if (merged) return merged;
    let found: string | undefined;
    for (const list of [COMMON_VERBS, FURNITURE_WORDS, articleWords]) {
      for (const candidate of list) {
        if (candidate.length < 4 || Math.abs(candidate.length - word.length) > 1) continue;
        if (editDistance(word, candidate, 1) !== 1 || !isSlip(word, candidate)) continue;
        if (found !== undefined && stem(found) !== stem(candidate)) return token;
        found = candidate;
      }
      if (found) return found;
    }
    return token;
  });
}

/** An article's hyphenated words by their form without hyphens (the first, in the set's order), read once per article. */
const hyphenless = new WeakMap<ReadonlySet<string>, Map<string, string>>();
export function hyphenlessForms(articleWords: ReadonlySet<string>): Map<string, string> {
  let forms = hyphenless.get(articleWords);
  if (!forms) {
    forms = new Map();
    for (const w of articleWords)
      if (w.includes('-')) {
        const joined = w.replace(/-/g, '');
        if (!forms.has(joined)) forms.set(joined, w);
      }
    hyphenless.set(articleWords, forms);
  }
  return forms;
}

function isKnown(word: string, articleWords: ReadonlySet<string>, vocabulary: ReadonlySet<string>): boolean {
  const s = stem(word);
  return (
    STOP_WORDS.has(word) ||
    FURNITURE_WORDS.has(word) ||
    articleWords.has(word) ||
    vocabulary.has(s) ||
    SYNONYMS.has(s) ||
    ROLE_VERB_FORMS.has(word)
  );
}
