import type { ArticleIndex } from '../retrieve/article-index.ts';
import { informativeStems } from '../retrieve/rank.ts';
import type { ConversationState, Draft } from '../types.ts';
import { carryFilter } from './person-turn.ts';
import { lastAsk } from './last-ask.ts';
import { namedReferents } from './referents.ts';
import type { Question } from '../analyze/understand.ts';

/**
 * How a turn reads the conversation's memory (a continuation's slot, an elliptical follow-up's fact and people, a
 * possessive fragment's question) and how its answer updates that memory.
 */

/** Facts already given in a conversation, remembered so "what else" can leave them out. */
const MAX_GIVEN = 20;

/** Fills the slot of a continuation ("And Smith?") from the previous turn. */
export function carrySlot(question: Question, memory: ConversationState): Question {
  // "Who's on the left in the photo?" / "and the right?": the photo place asked again at the other side.
  if (question.continuation && question.sideNamed && memory.slot === 'photo' && !question.photo) {
    const { sideNamed, ...rest } = question;
    return { ...rest, slot: 'photo', photo: sideNamed };
  }
  if (
    question.continuation &&
    question.type === 'other' &&
    memory.focus === 'people' &&
    memory.slot &&
    question.mentions.length > 0
  ) {
    return { ...question, slot: memory.slot, slotExplicit: false };
  }
  if (!question.continuation || question.slotExplicit || !memory.slot || question.type === 'yes-no')
    return question;
  if (['when', 'where', 'why'].includes(question.type)) return question;
  return { ...question, slot: memory.slot };
}

/**
 * A follow-up that names nothing new ("what did they agree", "how many since", "anything else announced?") is read
 * against the fact and people of the previous turn.
 */
export function isElliptical(question: Question, memory: ConversationState): boolean {
  if (memory.turns === 0 || (memory.factId === undefined && memory.people.length === 0)) return false;
  if (question.mentions.length > 0 || question.year !== undefined || question.month !== undefined)
    return false;
  const content = informativeStems(question).filter((s) => !question.cueStems.has(s));
  const short = question.tokens.length <= 4;
  // "across what span of time?": a question with no content of its own can only be about what was just said.
  return (
    content.length === 0 || (content.length <= 1 && (question.continuation || question.pronoun || short))
  );
}

/** The remembered fact and people an elliptical follow-up leans on. */
export function withContext(question: Question, memory: ConversationState): Question {
  const previous = memory.factId === undefined ? question : { ...question, previousFactId: memory.factId };
  if (!isElliptical(question, memory)) return previous;
  return {
    ...previous,
    context: {
      factId: memory.factId,
      people: memory.people,
      excludeFact: question.cues.has('excludesGiven'),
      given: memory.given ?? [],
    },
  };
}

/**
 * An answer that says nothing of what it was about ("Jones beat Smith in the semifinal", a quote) is about the
 * people it names: "where's she from?" after it means them.
 */
function namedFocus(index: ArticleIndex, draft: Draft): Draft['focus'] {
  if (!draft.answered) return undefined;
  const named = index.article.people.filter((person) =>
    [person.name, ...person.aliases, ...(person.familyName ? [person.familyName] : [])].some(
      (form) => /^\p{Lu}/u.test(form) && form.length >= 3 && writes(draft.text, form),
    ),
  );
  return named.length > 0 ? { people: named.map((p) => p.id) } : undefined;
}

function writes(text: string, form: string): boolean {
  const at = text.indexOf(form);
  if (at < 0) return false;
  const before = text.charAt(at - 1);
  const after = text.charAt(at + form.length);
  return !/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after);
}

export function nextMemory(
  index: ArticleIndex,
  memory: ConversationState,
  draft: Draft,
  question: Question,
): ConversationState {
  const next: ConversationState = {
    ...memory,
    turns: memory.turns + 1,
    lastAsk: lastAsk(question),
    referents: namedReferents(index, question, draft),
  };
  const focus = draft.focus ?? namedFocus(index, draft);
  if (!focus) return next;
  if (focus.people && focus.people.length > 0) next.people = focus.people;
  const givenIds = focus.given ?? (focus.factId ? [focus.factId] : []);
  if (givenIds.length > 0) next.given = [...(memory.given ?? []), ...givenIds].slice(-MAX_GIVEN);
  if (focus.factId) {
    next.factId = focus.factId;
    // "Who are they?" after a fact about people (the two leaders' agreement) means those people.
    const involved = [...(index.facts.find((f) => f.id === focus.factId)?.entities ?? [])].filter((id) =>
      index.personById.has(id),
    );
    if (involved.length > 0 && !(focus.people && focus.people.length > 0)) next.people = involved;
  }
  next.focus = focus.people && focus.people.length > 0 ? 'people' : 'fact';
  if (focus.slot) next.slot = focus.slot;
  const filter = carryFilter(index, question, memory);
  if (filter.countries.length > 0) next.countries = filter.countries;
  if (filter.organizations.length > 0) next.organizations = filter.organizations;
  return next;
}
