import { doesNotSay } from '../compose/does-not-say.ts';
import type { ArticleIndex } from '../retrieve/article-index.ts';
import type { Fact } from '../retrieve/facts.ts';
import type { Draft } from '../types.ts';
import type { Question } from '../analyze/understand.ts';
import { SLOT_CUES } from '../analyze/cues.ts';
import { composeFact } from '../compose/compose.ts';
import { informativeStems, rankFacts } from '../retrieve/rank.ts';
import { contentStems, stem } from '../lexicon/text.ts';
import { dateCovers } from '../lexicon/dates.ts';
import { FURNITURE_WORDS, GENERIC_KIND, SPEAKER_KIND } from '../lexicon/vocabulary.ts';

/**
 * Whether the fact chosen for a question can fill the slot it asks: a question asking for a kind of value the fact
 * does not hold (the exact day of a fact dated only by month, an acronym of a thing the article never abbreviates,
 * "which vessel" when the article names no vessel) is answered "the article doesn't say", with what it does say.
 */

const PRECISION_RANK: Record<string, number> = { year: 1, range: 1, month: 2, day: 3 };

/** The nouns a "which X" / "what kind of X" question asks for. */
function askedKindWords(index: ArticleIndex, question: Question): string[] {
  const asked = question.phrases.kindAsked;
  if (!asked) return [];
  const unfillable = (w: string): boolean =>
    question.unknownWords.includes(w) && !index.facts.some((f) => f.bag.has(stem(w)));
  const cue = (w: string): boolean =>
    question.cueStems.has(stem(w)) ||
    FURNITURE_WORDS.has(w) ||
    SLOT_CUES.some(([, pattern]) => pattern.test(w.replace(/s$/, '')));
  const { head, next } = asked;
  if (cue(head) || GENERIC_KIND.test(head) || SPEAKER_KIND.test(head)) return [];
  if (unfillable(head)) return [head];
  // "what kind of military plane": a known modifier, then the noun asked for.
  return next !== undefined && !cue(next) && unfillable(next) ? [next] : [];
}

export function pointer(index: ArticleIndex, what: string, given: Draft | undefined, fact?: Fact): Draft {
  return { ...doesNotSay(index, what, given), focus: fact ? { factId: fact.id } : {} };
}

/** A "which X" asked for a kind of thing the article never mentions: no fact can fill it, whatever ranks first. */
export function unfillableKind(
  index: ArticleIndex,
  question: Question,
  nearest: () => { draft: Draft; fact: Fact } | undefined,
): Draft | undefined {
  if (question.type === 'yes-no' || question.type === 'who') return undefined;
  const kinds = askedKindWords(index, question);
  const acronym = question.cues.has('acronymAsked');
  if (kinds.length === 0 && !acronym) return undefined;
  const best = nearest();
  if (acronym && best && /\b[A-Z]{2,}\b/.test(best.draft.sentences.map(textOf(index)).join(' ')))
    return undefined;
  const what = acronym ? 'what it is abbreviated to' : `which ${kinds.join(' ')}`;
  return pointer(index, what, best?.draft, best?.fact);
}

/** The fact ranked first for a date question gives a coarser date than the question asks for. */
export function coarserDate(
  index: ArticleIndex,
  question: Question,
  fact: Fact,
  draft: Draft,
): Draft | undefined {
  if (question.type === 'yes-no' || !fact.date) return undefined;
  const asked = question.phrases.datePrecisionAsked;
  if (!asked || (PRECISION_RANK[fact.date.precision] ?? 3) >= asked.rank) return undefined;
  return pointer(index, `the ${asked.word}`, draft, fact);
}

/** A stated gap that says the very thing asked is missing ("the size of the delegations" for "how many in each"). */
export function statedGapFor(index: ArticleIndex, question: Question, content: string[]): Fact | undefined {
  const kindWords = SLOT_GAP_WORDS[question.slot];
  // Words no fact uses ("made up", "members") cannot tell gaps apart: only the article's own words must match.
  const known = content.filter((s) => index.idf.has(s));
  if (!kindWords || known.length === 0) return undefined;
  return index.facts.find(
    (fact) =>
      fact.source.kind === 'gap' &&
      kindWords.test(fact.source.about.toLowerCase()) &&
      known.every((s) => (fact.bag.get(s) ?? 0) >= 1) &&
      // The gap's quote is where the missing value would be: the question must ask about that very phrase.
      contentStems(gapQuote(index, fact)).some((s) => known.includes(s)),
  );
}

/** Words a stated gap uses for a missing value of each slot. */
const SLOT_GAP_WORDS: Partial<Record<Question['slot'], RegExp>> = {
  count: /\b(size|number|how many)\b/,
};

function gapQuote(index: ArticleIndex, fact: Fact): string {
  const gap = index.article.gaps[Number(fact.id.replace(/^gap-/, ''))];
  return gap?.evidence.quotes.join(' ') ?? '';
}

function textOf(index: ArticleIndex): (id: string) => string {
  return (id) => index.sentenceById.get(id)?.text ?? '';
}

export function listGap(gap: Fact, given: Draft | undefined): Draft {
  const about = gap.source.kind === 'gap' ? gap.source.about : '';
  const rest = given?.answered ? ` What it does say: ${given.text}` : '';
  return {
    answered: false,
    text: `The article doesn't say. ${about}${rest}`,
    sentences: [...new Set([...gap.sentences, ...(given?.sentences ?? [])])],
    focus: { factId: gap.id },
  };
}

/** The score a fact needs to be offered as what the article does say (the answerer's own threshold). */
const NEAREST_MIN_SCORE = 0.45;

/** The best non-gap fact for a question, composed: what the article does say near an unanswerable ask. */
export function nearestFact(
  index: ArticleIndex,
  question: Question,
): { draft: Draft; fact: Fact } | undefined {
  const best = rankFacts(index, question).find((r) => r.fact.source.kind !== 'gap');
  return best && best.score >= NEAREST_MIN_SCORE
    ? { draft: composeFact(index, best.fact, question.slot), fact: best.fact }
    : undefined;
}

/** The question's own content words the article knows, without the names it mentions or the words naming its slot. */
export function askedContent(question: Question): string[] {
  const named = new Set(
    question.mentions.flatMap((m) => question.tokens.slice(m.start, m.end).map((t) => stem(t))),
  );
  return informativeStems(question).filter((s) => !named.has(s) && !question.cueStems.has(s));
}

/**
 * "Who was Japan's prime minister in 1998?": the article gives people's posts as of its dateline, so a who-question
 * about another year is answered only by a fact dated that year, never by today's holder of the post.
 */
export function postInAnotherYear(index: ArticleIndex, question: Question): Draft | undefined {
  const year = question.year;
  if (question.type !== 'who' || year === undefined) return undefined;
  if (year === Number(index.article.referenceDate.slice(0, 4))) return undefined;
  const people = new Set(index.article.people.map((p) => p.id));
  const dated = index.facts.filter(
    (f) => f.source.kind !== 'gap' && f.date && dateCovers(f.date, year, undefined),
  );
  if (dated.some((f) => [...f.entities].some((id) => people.has(id)))) return undefined;
  return pointer(
    index,
    `who held that post in ${year}: it gives people's posts as of ${index.article.referenceDate}`,
    undefined,
  );
}
