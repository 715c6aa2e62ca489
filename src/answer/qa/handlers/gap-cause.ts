import type { ArticleIndex } from '../retrieve/article-index.ts';
import { composeFact } from '../compose/compose.ts';
import type { Fact } from '../retrieve/facts.ts';
import { informativeStems } from '../retrieve/rank.ts';
import type { ConversationState, Draft } from '../types.ts';
import { stem } from '../lexicon/text.ts';
import type { Question } from '../analyze/understand.ts';

/** The cause stated beside a fact: a cause resting on the same sentence that shares the most of its own words. */
export function statedCauseOf(index: ArticleIndex, fact: Fact): Fact | undefined {
  if (fact.source.kind === 'context' && fact.source.context.kind === 'cause') return undefined;
  let best: { fact: Fact; shared: number } | undefined;
  for (const candidate of index.facts) {
    if (candidate.source.kind !== 'context' || candidate.source.context.kind !== 'cause') continue;
    if (!candidate.sentences.some((id) => fact.sentences.includes(id))) continue;
    let shared = 0;
    for (const [s, weight] of fact.bag) if (weight >= 1 && (candidate.bag.get(s) ?? 0) >= 1) shared++;
    if (!best || shared > best.shared) best = { fact: candidate, shared };
  }
  return best && best.shared > 0 ? best.fact : undefined;
}

/** Words naming a stretch without meetings: "why such a long gap/break/pause?" asks nothing beyond the gap itself. */
const GAP_WORDS = new Set(
  ['gap', 'break', 'pause', 'hiatus', 'absence', 'interval', 'wait', 'long', 'lull', 'silence', 'delay'].map(
    stem,
  ),
);

function yearOf(fact: Fact): string | undefined {
  return /^\d{4}/.exec(fact.date?.value ?? '')?.[0];
}

/**
 * "Why such a long gap?" after the five years since the last talks: the gap began when something stopped, so its
 * cause is the cause stated for what stopped that year (a suspension after a dispute).
 */
export function answerGapCause(
  index: ArticleIndex,
  question: Question,
  memory: ConversationState,
): Draft | undefined {
  if (question.slot !== 'cause' || memory.factId === undefined) return undefined;
  const asked = informativeStems(question).filter((s) => !question.cueStems.has(s));
  if (!asked.every((s) => GAP_WORDS.has(s))) return undefined;
  const remembered = index.facts.find((f) => f.id === memory.factId);
  if (!remembered) return undefined;
  const isSpan =
    remembered.source.kind === 'figure' &&
    /^(years|months|decades)$/.test(remembered.source.figure.unit ?? '');
  // A span of years begins at the dated entry resting on its own sentence; a dated entry ("the previous talks, in
  // 2018") is itself where the gap began.
  const start = isSpan
    ? index.facts.find(
        (f) =>
          f.source.kind === 'timeline' &&
          yearOf(f) &&
          f.sentences.some((id) => remembered.sentences.includes(id)),
      )
    : remembered.source.kind === 'timeline'
      ? remembered
      : undefined;
  const year = start && yearOf(start);
  if (!year) return undefined;
  for (const fact of index.facts) {
    if (fact.source.kind !== 'timeline' || yearOf(fact) !== year) continue;
    const cause = statedCauseOf(index, fact);
    if (cause) return composeFact(index, cause, 'cause');
  }
  return undefined;
}
