import { doesNotSay } from '../compose/does-not-say.ts';
import { EN } from '../lexicon/en/index.ts';
import { joinList, stem, tokenize } from '../lexicon/text.ts';
import type { ArticleIndex } from '../retrieve/article-index.ts';
import { informativeStems } from '../retrieve/rank.ts';
import type { Draft, Handler, Question } from '../types.ts';
import { titleCase } from './unknown-names.handler.ts';
import { answerYesNo, statesOpposite } from './yes-no.ts';

/** Negators as token sequences: a word ("without") or a phrase ("short of"). */
const NEGATORS: readonly (readonly string[])[] = EN.negators.map((n) => tokenize(n));
/** How many words before an asked word a negator still denies it ("does not require the company to recall"). */
const NEGATION_REACH = 4;
/** A negator denies only within its own clause: "rejected his budget, conceded defeat" does not deny "conceded". */
const CLAUSE_BREAK = /[,;:()\u2013\u2014]|\s-\s/;

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

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from }, (_, k) => from + k);
}

/**
 * The cited sentence that denies a word the question asks about ("Was there a jury?" against "without a jury"),
 * if any: then the answer is no, whatever fact matched the word.
 */
function deniedInEvidence(index: ArticleIndex, question: Question, draft: Draft): Evidence | undefined {
  const asked = new Set(informativeStems(question));
  return evidenceOf(index, draft).find((e) => denies(e.text, asked));
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
 * The evidence sentence that states the opposite of what the question asks ("Did they raise rates?" against "cut
 * its repo rate", "a majority?" against "a minority coalition") and not the asked word itself, if any: the answer is no.
 */
function contradictedInEvidence(index: ArticleIndex, question: Question, draft: Draft): Evidence | undefined {
  return evidenceOf(index, draft).find((e) => statesOpposite(question.tokens, e.text));
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

/** A yes/no question: yes only when a fact states it, no when one contradicts it, else the article doesn't say. */
const handler: Handler<Question> = {
  name: 'yes-no',
  priority: 180,
  match: (q) => (q.type === 'yes-no' ? q : undefined),
  answer: (q, { index, people }) => {
    const draft = answerYesNo(index, q, people);
    // A stated gap ("whether ...: he declined to comment") stays open: its "declined" denies nothing asked.
    const open = index.facts.find((f) => f.id === draft?.focus?.factId)?.source.kind === 'gap';
    const contradicted =
      draft?.answered && !open && !/^No\b/.test(draft.text) && !q.negated
        ? (deniedInEvidence(index, q, draft) ?? contradictedInEvidence(index, q, draft))
        : undefined;
    if (draft && contradicted !== undefined)
      return {
        ...draft,
        // The denial may be the draft's own text: its "Yes — " is what is being overturned.
        text: `No — ${contradicted.text.replace(/^(?:Yes|No) — /, '')}`,
        sentences: contradicted.sentences,
      };
    if (draft && /^Yes\b/.test(draft.text) && asksFuture(q) && !aboutTheFuture(index, draft))
      return doesNotSay(index, 'what will happen', { ...draft, text: draft.text.replace(/^Yes — /, '') });
    return (
      draft ??
      doesNotSay(
        index,
        q.unknownNames.length > 0 ? `anything about ${joinList(q.unknownNames.map(titleCase))}` : 'that',
      )
    );
  },
};
export default handler;
