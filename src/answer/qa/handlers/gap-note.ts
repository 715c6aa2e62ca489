import type { ArticleIndex } from '../retrieve/article-index.ts';
import { composeFact } from '../compose/compose.ts';
import { compatibility, type RankedFact } from '../retrieve/rank.ts';
import type { Draft } from '../types.ts';
import type { Question } from '../analyze/understand.ts';

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
  const holdsAsked =
    question.slot !== 'name' &&
    (question.slot !== 'date' || related.fact.date !== undefined) &&
    related.coverage >= gap.coverage &&
    given.answered &&
    compatibility(question.slot, related.fact) >= 0.5;
  return {
    ...gapDraft,
    answered: holdsAsked,
    text: `${given.text} ${gapDraft.text.replace(/^The article doesn't say\. /, 'Beyond that, the article gives no details: ')}`,
    sentences: [...new Set([...given.sentences, ...gapDraft.sentences])],
    ...(holdsAsked ? { focus: { factId: related.fact.id } } : {}),
  };
}
