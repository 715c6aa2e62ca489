import type { Handler } from '../types.ts';
import aboutPeople from './about-people.handler.ts';
import age from './age.handler.ts';
import between from './between.handler.ts';
import cast from './cast.handler.ts';
import consequence from './consequence.handler.ts';
import countries from './countries.handler.ts';
import coveredSentence from './covered-sentence.handler.ts';
import dateArithmetic from './date-arithmetic.handler.ts';
import expansion from './expansion.handler.ts';
import facts from './facts.handler.ts';
import figure from './figure.handler.ts';
import future from './future.handler.ts';
import gapCause from './gap-cause.handler.ts';
import host from './host.handler.ts';
import judgementAsked from './judgement-asked.handler.ts';
import name from './name.handler.ts';
import organizationKind from './organization-kind.handler.ts';
import orgBase from './org-base.handler.ts';
import otherEvent from './other-event.handler.ts';
import otherOrdinal from './other-ordinal.handler.ts';
import otherYear from './other-year.handler.ts';
import peopleFilter from './people-filter.handler.ts';
import published from './published.handler.ts';
import quoteBySpeaker from './quote-by-speaker.handler.ts';
import relation from './relation.handler.ts';
import sentence from './sentence.handler.ts';
import source from './source.handler.ts';
import statedGap from './stated-gap.handler.ts';
import summary from './summary.handler.ts';
import timeOfDay from './time-of-day.handler.ts';
import unfillableKind from './unfillable-kind.handler.ts';
import unknownAttribute from './unknown-attribute.handler.ts';
import unknownFocus from './unknown-focus.handler.ts';
import unknownHeavy from './unknown-heavy.handler.ts';
import unknownNamed from './unknown-named.handler.ts';
import unknownNames from './unknown-names.handler.ts';
import unheldPost from './unheld-post.handler.ts';
import nameMeaning from './name-meaning.handler.ts';
import nameSpelling from './name-spelling.handler.ts';
import whoDid from './who-did.handler.ts';
import whoSaid from './who-said.handler.ts';
import yesNo from './yes-no.handler.ts';

/**
 * Every kind of question the answerer knows, run by priority (lowest first; the first whose `match` returns
 * arguments answers). To add a kind of question: write one `<name>.handler.ts` and add it here. Refusals that
 * must win over any answer (a name the article lacks, a judgement asked) come first; the general fact and
 * sentence retrieval last.
 */
const REGISTERED: readonly Handler<unknown>[] = [
  unknownNames,
  judgementAsked,
  expansion,
  nameSpelling,
  otherOrdinal,
  dateArithmetic,
  age,
  figure,
  relation,
  organizationKind,
  peopleFilter,
  consequence,
  gapCause,
  host,
  orgBase,
  timeOfDay,
  whoDid,
  coveredSentence,
  future,
  source,
  published,
  quoteBySpeaker,
  whoSaid,
  otherYear,
  otherEvent,
  between,
  countries,
  yesNo,
  unfillableKind,
  statedGap,
  unknownNamed,
  name,
  cast,
  unknownAttribute,
  unknownFocus,
  aboutPeople,
  summary,
  unknownHeavy,
  facts,
  sentence,
  unheldPost,
  nameMeaning,
];

/** The handlers in the order they are tried: by priority, which must be unique (a test checks it). */
export const HANDLERS: readonly Handler<unknown>[] = inPriorityOrder(REGISTERED);

/** Handlers in the order the pipeline tries them: by priority, lowest first, whatever order they are listed in. */
export function inPriorityOrder(handlers: readonly Handler<unknown>[]): readonly Handler<unknown>[] {
  return [...handlers].sort((a, b) => a.priority - b.priority);
}
