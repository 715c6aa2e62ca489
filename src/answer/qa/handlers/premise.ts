import { mainEvent } from '../../../model/events.ts';
import type { ArticleIndex } from '../retrieve/article-index.ts';
import { composeFact } from '../compose/compose.ts';
import { yesNo } from '../compose/yes-no.ts';
import { compatibility, informativeStems, rankFacts } from '../retrieve/rank.ts';
import type { Draft } from '../types.ts';
import type { Fact } from '../retrieve/facts.ts';
import { stem } from '../lexicon/text.ts';
import type { Question } from '../analyze/understand.ts';
import { FURNITURE_STEMS, SYNONYMS } from '../lexicon/vocabulary.ts';

/**
 * Yes/no questions that carry a premise to check against the fact they are about: a cause ("Was the suspension
 * caused by missile tests?") or an occasion ("Was the pact announced at these talks?").
 */

function isStatedCause(fact: Fact): boolean {
  return fact.source.kind === 'context' && fact.source.context.kind === 'cause';
}

function ownWordsHold(bag: ReadonlyMap<string, number>, s: string): boolean {
  return [s, ...(SYNONYMS.get(s) ?? [])].some((alternative) => (bag.get(alternative) ?? 0) >= 1);
}

/**
 * "Was the suspension caused by a trade dispute?": the fact stating the cause of what is asked about answers it — found
 * by the thing explained alone — yes when it names every word of the premise, otherwise no with the cause it gives.
 */
export function aboutCause(index: ArticleIndex, question: Question): Draft | undefined {
  const split = question.phrases.causePremise;
  if (!split && !question.cues.has('causeAsked')) return undefined;
  const explained = split ? new Set(split.explained) : undefined;
  const asked = explained ? { ...question, stems: question.stems.filter((s) => explained.has(s)) } : question;
  const ranked = rankFacts(index, { ...asked, slot: 'cause' });
  // A stated cause that covers the thing explained beats a fact about what came before it.
  const best = (split && ranked.find((r) => isStatedCause(r.fact) && r.coverage >= 0.5)) || ranked[0];
  if (!best || best.fact.source.kind === 'gap' || best.coverage < (split ? 0.5 : 0.3)) return undefined;
  const draft = composeFact(index, best.fact, 'cause');
  const premise = split ? split.premise.filter((s) => !/^\d+$/.test(s) && !FURNITURE_STEMS.has(s)) : [];
  const yes = split
    ? premise.length > 0 && premise.every((s) => ownWordsHold(best.fact.bag, s))
    : best.coverage >= 0.9;
  return { ...draft, text: yesNo(yes, draft.text) };
}

/**
 * "Was the pact's normalization announced at these talks?": the fact asked about, found without the occasion's words,
 * answers by its own date — yes when it is the event's, otherwise no with when it happened.
 */
export function aboutOccasion(index: ArticleIndex, question: Question): Draft | undefined {
  const occasionStems = question.phrases.occasionStems;
  const eventDate = mainEvent(index.article).date.value;
  if (!occasionStems || !eventDate) return undefined;
  const occasion = new Set(occasionStems);
  const asked = {
    ...question,
    stems: question.stems.filter((s) => !occasion.has(s)),
    mentions: question.mentions.filter((m) => m.ref.kind !== 'place' && m.ref.kind !== 'event'),
  };
  const rest = informativeStems(asked);
  if (rest.length === 0) return undefined;
  const slotOnly = slotFilledOnTheDay(index, question, asked, rest, eventDate);
  if (slotOnly) return slotOnly;
  const [best] = rankFacts(index, { ...asked, slot: 'general' });
  const date = best?.fact.date?.value;
  if (!best || best.coverage < 0.5 || best.fact.source.kind === 'event' || best.fact.source.kind === 'gap')
    return undefined;
  if (!date) return undefined;
  const draft = composeFact(index, best.fact, 'date');
  return { ...draft, text: yesNo(date === eventDate, draft.text) };
}

/**
 * "Was an agreement reached at the consultation?": nothing is asked but the slot itself (its cue word and verbs the
 * article never uses), so a fact filling that slot dated on the event's day answers yes.
 */
function slotFilledOnTheDay(
  index: ArticleIndex,
  question: Question,
  asked: Question,
  rest: string[],
  eventDate: string,
): Draft | undefined {
  const unknown = new Set(question.unknownWords.map(stem));
  if (!question.slotExplicit || !rest.every((s) => question.cueStems.has(s) || unknown.has(s)))
    return undefined;
  const filler = rankFacts(index, asked).find(
    (r) => compatibility(question.slot, r.fact) === 1 && r.fact.date?.value === eventDate,
  );
  if (!filler) return undefined;
  const draft = composeFact(index, filler.fact, question.slot);
  return { ...draft, text: yesNo(true, draft.text) };
}
