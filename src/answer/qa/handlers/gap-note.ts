import type { ArticleIndex } from '../retrieve/article-index.ts';
import { composeFact } from '../compose/compose.ts';
import { contentStemSet, stem, tokenize } from '../lexicon/text.ts';
import { compatibility, type RankedFact } from '../retrieve/rank.ts';
import type { Draft } from '../types.ts';
import type { Question, Slot } from '../analyze/understand.ts';

/**
 * A stated gap ranked first for a question ("which channels ... is not stated") often sits beside the fact that
 * does hold what was asked ("channels ... designed to discuss issues of mutual interest"). When a fact covers the
 * asked words as fully as the gap, the question is answered from it and the gap is appended as a note; a fact that
 * covers less is only offered beside the gap, and the question stays unanswered.
 */
export function answerBesideGap(
  index: ArticleIndex,
  question: Question,
  ranked: readonly RankedFact[],
  gapDraft: Draft,
): Draft | undefined {
  const gap = ranked[0];
  if (!gap || gap.fact.source.kind !== 'gap') return undefined;
  const related = ranked.find((r) => r.fact.source.kind !== 'gap' && r.coverage >= 0.3);
  if (!related) return undefined;
  const given = composeFact(index, related.fact, question.slot);
  // A name asked is never held by a fact beside a gap saying it is not named, nor a date ("when will power be
  // restored?") by an undated fact beside a gap saying when is not known.
  // A gap whose lead asks another slot ("How many more claims ...: declined to say" for "what did she sign?") leaves
  // open something else than what is asked: a fact holding most of the question answers it.
  const otherAsked = gapAsksOtherSlot(question, gap.fact.source.about) && related.coverage >= 0.5;
  const holdsAsked =
    question.slot !== 'name' &&
    (question.slot !== 'date' || related.fact.date !== undefined) &&
    (otherAsked || related.coverage >= gap.coverage) &&
    given.answered &&
    (otherAsked || compatibility(question.slot, related.fact) >= 0.5);
  return {
    ...gapDraft,
    answered: holdsAsked,
    text: `${given.text} ${gapDraft.text.replace(/^The article doesn't say\. /, 'Beyond that, the article gives no details: ')}`,
    sentences: [...new Set([...given.sentences, ...gapDraft.sentences])],
    ...(holdsAsked ? { focus: { factId: related.fact.id } } : {}),
  };
}

/**
 * "Which suppliers ...?": a which-question asks to identify; a stated gap that covers it as fully as the best fact
 * (the suppliers "were not named") is its answer, and the fact that only shares its words ("two suppliers ...") is
 * what the article does say.
 */
export function gapLeavingWhichOpen(
  question: Question,
  ranked: readonly RankedFact[],
): RankedFact | undefined {
  if (question.type !== 'which') return undefined;
  const at = question.tokens.indexOf('which');
  const head = at >= 0 ? question.tokens[at + 1] : undefined;
  if (head === undefined) return undefined;
  const best = ranked.find((r) => r.fact.source.kind !== 'gap');
  // The gap must say that the very things asked are not named, not leave some other detail open.
  const gap = ranked.find(
    (r) =>
      r.fact.source.kind === 'gap' &&
      contentStemSet(r.fact.source.about).has(stem(head)) &&
      NAMING.some((s) => (r.fact.bag.get(s) ?? 0) >= 1),
  );
  if (!best || !gap || gap.coverage < 0.75 || gap.coverage < best.coverage) return undefined;
  return gap;
}

/** What a gap about naming says ("not named", "declined to name them"). */
const NAMING = ['name', 'named'].map(stem);

/**
 * The slots a gap's lead asks by its first words ("When the council will act: ...", "How many more claims ...: ..."):
 * a question asking another slot is not what the gap leaves open.
 */
const LEAD_SLOTS: Readonly<Record<string, readonly Slot[]>> = {
  when: ['date'],
  where: ['place'],
  who: ['profile', 'role', 'organization', 'participants', 'name'],
  whom: ['profile', 'role', 'organization', 'participants', 'name'],
  why: ['cause'],
  'how many': ['count'],
  'how much': ['count'],
  'how long': ['duration', 'count'],
};

/**
 * Whether a gap's lead (before its colon) asks a slot by its first words and the question, asking a slot of its own,
 * asks another one ("Where does the bike lane end?" beside "When the council will act on extending it: ...").
 */
function gapAsksOtherSlot(question: Question, about: string): boolean {
  if (question.slot === 'general') return false;
  const [first, second] = tokenize(about.split(':')[0] ?? '');
  if (first === undefined) return false;
  const slots = LEAD_SLOTS[`${first} ${second ?? ''}`] ?? (first === 'how' ? undefined : LEAD_SLOTS[first]);
  return slots !== undefined && !slots.includes(question.slot);
}
