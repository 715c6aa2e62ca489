import { doesNotSay } from '../compose/does-not-say.ts';
import { withoutVerdict, yesNo } from '../compose/yes-no.ts';
import { EN } from '../lexicon/en/index.ts';
import { contentStems, stem, tokenize } from '../lexicon/text.ts';
import { SYNONYMS } from '../lexicon/vocabulary.ts';
import type { ArticleIndex } from '../retrieve/article-index.ts';
import { informativeStems } from '../retrieve/rank.ts';
import type { Draft, Question } from '../types.ts';

/**
 * What a yes/no candidate concludes: yes, no, open (the article says it does not know, or the question is about
 * what is still to come), or a fact shown without a verdict.
 */
export type Ruling = 'yes' | 'no' | 'open' | 'shown';

/**
 * What the verdict rests on, strongest first: the article's own statement that the asked thing is open; a
 * sentence of the evidence denying a word asked ("without a jury") or stating its opposite; one field of the
 * model compared with the question (a date, a place, an ordinal, a figure, a person's post); a fact holding the
 * words asked; a fact merely sharing some of them.
 */
export type Basis = 'stated-gap' | 'denial' | 'checked' | 'stated' | 'loose';

const BASIS_STRENGTH: Readonly<Record<Basis, number>> = {
  'stated-gap': 4,
  denial: 3,
  checked: 2,
  stated: 1,
  loose: 0,
};

/** One candidate's answer to a yes/no, with the evidence it rests on and how strongly. */
export interface Verdict {
  ruling: Ruling;
  basis: Basis;
  /** The wording, with the ids of the sentences it rests on. */
  draft: Draft;
  /** The candidate that gave it (for tests and tracing). */
  candidate?: string;
  /** Share of the question's informative words found in the evidence (0-1). */
  coverage?: number;
  /**
   * The evidence is a subject the article covers ("the minority government"), not a statement: unless it denies
   * what is asked, it answers nothing, and the article doesn't say.
   */
  statesNothing?: boolean;
}

const OPPOSITES = EN.opposites.map(([a, b]) => [a.map(tokenize), b.map(tokenize)] as const);

function holdsPhrase(tokens: readonly string[], phrase: readonly string[]): boolean {
  return tokens.some((_, i) => phrase.every((word, k) => tokens[i + k] === word));
}

/**
 * Whether a text states the opposite of something the question asks ("raise" against "cut its rate", "a majority"
 * against "a minority coalition") without stating the asked thing itself.
 */
export function statesOpposite(questionTokens: readonly string[], text: string): boolean {
  const tokens = tokenize(text);
  return OPPOSITES.some(([a, b]) =>
    [
      [a, b],
      [b, a],
    ].some(
      ([asked, other]) =>
        asked!.some((p) => holdsPhrase(questionTokens, p)) &&
        other!.some((p) => holdsPhrase(tokens, p)) &&
        !asked!.some((p) => holdsPhrase(tokens, p)),
    ),
  );
}

/** Negators as token sequences: a word ("without") or a phrase ("short of"). */
const NEGATORS: readonly (readonly string[])[] = EN.negators.map((n) => tokenize(n));
/** How many words before an asked word a negator still denies it ("does not require the company to recall"). */
const NEGATION_REACH = 4;
/** A negator denies only within its own clause: "rejected his budget, conceded defeat" does not deny "conceded". */
const CLAUSE_BREAK = /[,;:()\u2013\u2014]|\s-\s/;

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from }, (_, k) => from + k);
}

function endsWith(tokens: readonly string[], end: number, phrase: readonly string[]): boolean {
  const start = end - phrase.length + 1;
  return start >= 0 && phrase.every((word, k) => tokens[start + k] === word);
}

function denies(text: string, asked: ReadonlySet<string>): boolean {
  return text.split(CLAUSE_BREAK).some((clause) => {
    const tokens = tokenize(clause);
    return tokens.some(
      (token, i) =>
        asked.has(stem(token)) &&
        range(1, NEGATION_REACH + 1).some(
          (back) => i - back >= 0 && NEGATORS.some((phrase) => endsWith(tokens, i - back, phrase)),
        ),
    );
  });
}

interface Evidence {
  text: string;
  sentences: string[];
}

/**
 * What an answer rests on, to read a denial or an opposite in: its sentences and those of its fact (the cited one
 * may be the fact's headline, not the denial), and its own text (a person's description).
 */
function evidenceOf(index: ArticleIndex, draft: Draft): Evidence[] {
  const factSentences = index.facts.find((f) => f.id === draft.focus?.factId)?.sentences ?? [];
  return [
    ...[...new Set([...draft.sentences, ...factSentences])].map((id) => ({
      text: index.sentenceById.get(id)?.text ?? '',
      sentences: [id],
    })),
    { text: draft.text, sentences: draft.sentences },
  ];
}

/**
 * The evidence that denies a word the question asks about ("Was there a jury?" against "without a jury") or
 * states its opposite ("Did they raise rates?" against "cut its repo rate"), if any.
 */
function contradiction(index: ArticleIndex, question: Question, draft: Draft): Evidence | undefined {
  // The event's own words count too: "Did the film win any awards?" is denied by "won no awards".
  const asked = new Set([...informativeStems(question), ...question.eventStems]);
  const evidence = evidenceOf(index, draft);
  return (
    evidence.find((e) => denies(e.text, asked)) ??
    evidence.find((e) => statesOpposite(question.tokens, e.text))
  );
}

/** "Will there be more cuts?", "Is he going to stay?": a yes/no about what is still to come. */
function asksFuture(question: Question): boolean {
  const [first] = question.tokens;
  return (
    first === 'will' ||
    first === 'shall' ||
    question.tokens.some((t, i) => t === 'going' && question.tokens[i + 1] === 'to')
  );
}

/** What happened on or before the dateline confirms nothing about what will: only a later date or a plan does. */
function aboutTheFuture(index: ArticleIndex, draft: Draft): boolean {
  const fact = index.facts.find((f) => f.id === draft.focus?.factId);
  if (!fact) return true;
  if (fact.source.kind === 'event' || fact.source.kind === 'timeline' || fact.source.kind === 'figure')
    return (fact.date?.value ?? '') > index.article.referenceDate;
  return true;
}

/** Share of the question's informative words (or a synonym) that the verdict's evidence holds. */
function coverageOf(index: ArticleIndex, question: Question, draft: Draft): number {
  const asked = informativeStems(question);
  if (asked.length === 0) return 0;
  const held = new Set(
    contentStems(
      evidenceOf(index, draft)
        .map((e) => e.text)
        .join(' '),
    ),
  );
  const holds = (s: string) => held.has(s) || (SYNONYMS.get(s) ?? []).some((a) => held.has(a));
  return asked.filter(holds).length / asked.length;
}

/**
 * A candidate's verdict read against its own evidence: an affirmative whose evidence denies a word asked, or
 * states its opposite, becomes a "no" resting on that sentence; a "yes" to what is still to come resting on what
 * already happened becomes open.
 */
export function weigh(index: ArticleIndex, question: Question, verdict: Verdict): Verdict {
  const { draft } = verdict;
  const coverage = coverageOf(index, question, draft);
  // A stated gap ("whether ...: he declined to comment") stays open: its "declined" denies nothing asked.
  const gap = index.facts.find((f) => f.id === draft.focus?.factId)?.source.kind === 'gap';
  const contradicted =
    draft.answered && !gap && verdict.ruling !== 'no' && !question.negated
      ? contradiction(index, question, draft)
      : undefined;
  if (contradicted)
    return {
      ...verdict,
      ruling: 'no',
      basis: 'denial',
      coverage,
      // The denial may be the draft's own text: its "Yes — " is what is being overturned.
      draft: {
        ...draft,
        text: yesNo(false, withoutVerdict(contradicted.text)),
        sentences: contradicted.sentences,
      },
    };
  if (verdict.ruling === 'yes' && asksFuture(question) && !aboutTheFuture(index, draft))
    return {
      ...verdict,
      ruling: 'open',
      coverage,
      draft: doesNotSay(index, 'what will happen', { ...draft, text: withoutVerdict(draft.text) }),
    };
  if (verdict.statesNothing)
    return { ...verdict, ruling: 'open', coverage, draft: doesNotSay(index, 'that', draft) };
  return { ...verdict, coverage };
}

/**
 * The one decision among the candidates' verdicts: the firmest basis wins (the article saying it does not know
 * beats a denial, a denial beats a field compared, which beats a fact holding the words, which beats a fact
 * sharing some); between verdicts on the same basis, the one whose evidence covers more of the question; only
 * between equals does the candidates' listing decide.
 */
export function decide(verdicts: readonly Verdict[]): Verdict | undefined {
  return verdicts.reduce<Verdict | undefined>(
    (best, verdict) => (best === undefined || stronger(verdict, best) ? verdict : best),
    undefined,
  );
}

function stronger(a: Verdict, b: Verdict): boolean {
  const basis = BASIS_STRENGTH[a.basis] - BASIS_STRENGTH[b.basis];
  return basis !== 0 ? basis > 0 : (a.coverage ?? 0) > (b.coverage ?? 0) + 1e-9;
}
