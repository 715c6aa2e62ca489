import { mainEvent } from '../../model/events.ts';
import type { ArticleIndex } from './article-index.ts';
import { composeFact } from './compose.ts';
import { compatibility, informativeStems, rankFacts } from './rank.ts';
import type { Draft } from './result.ts';
import type { Fact } from './facts.ts';
import { contentStems, stem } from './text.ts';
import type { Question } from './understand.ts';
import { FURNITURE_STEMS, SYNONYMS } from './vocabulary.ts';

/**
 * Yes/no questions that carry a premise to check against the fact they are about: a cause ("Was the suspension
 * caused by missile tests?") or an occasion ("Was the pact announced at these talks?").
 */

function yesNo(yes: boolean, rest: string): string {
  return `${yes ? 'Yes' : 'No'} — ${rest}`;
}

const CAUSE_ASKED = /\b(caus\w*|because|due to|(led|lead|leads) to|result of|trigger\w*|prompt\w*|sparked)\b/;
/** "X caused by Y" (the thing explained first) and "did Y cause X" (the premise first). */
const EXPLAINED_FIRST =
  /^(?:was|were|is|are|had|has|did)\s+(.+?)\s+(?:(?:caused|triggered|prompted|sparked|brought about) by|due to|owing to|because(?: of)?|(?:as )?(?:the|a) result of|in the aftermath of)\s+(.+)$/;
/** Connectives that state a cause only after a stopping verb: "suspended over / after / amid a dispute". */
const WEAK_CAUSE_FIRST =
  /^(?:was|were|is|are|had|has|did)\s+(.+?\b(?:suspend|halt|stop|freez|froze|frozen|interrupt|break|broke|cut|end|sever|pause|shelv|scrap)\w*)\s+(?:over|after|following|amid|from)\s+(.+)$/;
const PREMISE_FIRST =
  /^(?:did|do|does|had|has|have)\s+(.+?)\s+(?:cause|trigger|prompt|spark|bring about|lead to|led to)\s+(.+)$/;

function splitCausePremise(text: string): { explained: string; premise: string } | undefined {
  const lower = text.toLowerCase().replace(/[?.!]+$/, '');
  const first = EXPLAINED_FIRST.exec(lower) ?? WEAK_CAUSE_FIRST.exec(lower);
  if (first) return { explained: first[1]!, premise: first[2]! };
  const premiseFirst = PREMISE_FIRST.exec(lower);
  return premiseFirst ? { explained: premiseFirst[2]!, premise: premiseFirst[1]! } : undefined;
}

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
  const split = splitCausePremise(question.text);
  if (!split && !CAUSE_ASKED.test(question.text.toLowerCase())) return undefined;
  const explained = split ? new Set(contentStems(split.explained)) : undefined;
  const asked = explained ? { ...question, stems: question.stems.filter((s) => explained.has(s)) } : question;
  const ranked = rankFacts(index, { ...asked, slot: 'cause' });
  // A stated cause that covers the thing explained beats a fact about what came before it.
  const best = (split && ranked.find((r) => isStatedCause(r.fact) && r.coverage >= 0.5)) || ranked[0];
  if (!best || best.fact.source.kind === 'gap' || best.coverage < (split ? 0.5 : 0.3)) return undefined;
  const draft = composeFact(index, best.fact, 'cause');
  const premise = split
    ? contentStems(split.premise).filter((s) => !/^\d+$/.test(s) && !FURNITURE_STEMS.has(s))
    : [];
  const yes = split
    ? premise.length > 0 && premise.every((s) => ownWordsHold(best.fact.bag, s))
    : best.coverage >= 0.9;
  return { ...draft, text: yesNo(yes, draft.text) };
}

/** "at these talks", "during this security dialogue", "at the Seoul talks": the story's own event as an occasion. */
const AT_THE_EVENT =
  /\b(?:at|during|in the course of|on the sidelines of)\s+(?:the|these|this|those|that|monday's|today's)\s+(?:[\w-]+\s+){0,3}?(?:talks|dialogue|consultation|meeting|session)\b/;

/**
 * "Was the pact's normalization announced at these talks?": the fact asked about, found without the occasion's words,
 * answers by its own date — yes when it is the event's, otherwise no with when it happened.
 */
export function aboutOccasion(index: ArticleIndex, question: Question): Draft | undefined {
  const match = AT_THE_EVENT.exec(question.text.toLowerCase());
  const eventDate = mainEvent(index.article).date.value;
  if (!match || !eventDate) return undefined;
  const occasion = new Set(contentStems(match[0]));
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
