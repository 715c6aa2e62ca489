import { linkEntities } from '../analyze/entities.ts';
import { EN } from '../lexicon/en/index.ts';
import { STOP_WORDS, tokenize } from '../lexicon/text.ts';
import type { ArticleIndex } from '../retrieve/article-index.ts';
import type { ConversationState, Draft, EntityRef, Mention, Question, Referent, Slot } from '../types.ts';

/**
 * What an "it" or a "they" means: the organizations and thing-like places the last turn named, in its question
 * ("what museum will show the finds?") or in its answer ("made by Corvane Biosciences, a company based in ...").
 */

/** Places that are things ("it" can be the bridge, the wreck, the museum building), not areas things happen in. */
const THING_PLACES: ReadonlySet<string> = new Set(['venue', 'other']);

function thingLike(index: ArticleIndex, ref: EntityRef): boolean {
  if (ref.kind === 'organization') return true;
  if (ref.kind !== 'place') return false;
  const place = index.article.places.find((p) => p.id === ref.id);
  return place !== undefined && THING_PLACES.has(place.kind);
}

const NONE_NAMED: ReadonlyMap<string, { ref: EntityRef; words: string[] }> = new Map();

/** The thing-like entities a text names, each with its longest naming; a span naming two entities names neither. */
function namedIn(
  index: ArticleIndex,
  tokens: readonly string[],
  mentions: readonly Mention[],
): ReadonlyMap<string, { ref: EntityRef; words: string[] }> {
  // Most turns name people only: nothing to group then.
  if (!mentions.some((m) => thingLike(index, m.ref))) return NONE_NAMED;
  const bySpan = new Map<string, Mention[]>();
  for (const m of mentions) {
    const key = `${m.start}:${m.end}`;
    bySpan.set(key, [...(bySpan.get(key) ?? []), m]);
  }
  const named = new Map<string, { ref: EntityRef; words: string[] }>();
  for (const spanMentions of bySpan.values()) {
    const [m] = spanMentions;
    if (spanMentions.length !== 1 || !m || !thingLike(index, m.ref)) continue;
    const key = `${m.ref.kind}:${m.ref.id}`;
    const words = [...(tokens[m.start - 1] === 'the' ? ['the'] : []), ...tokens.slice(m.start, m.end)];
    const seen = named.get(key);
    if (!seen || words.length > seen.words.length) named.set(key, { ref: m.ref, words });
  }
  return named;
}

interface LinkedAnswer {
  tokens: readonly string[];
  /** The full (not partial) mentions among the tokens. */
  mentions: readonly Mention[];
}

type LinkedByText = WeakMap<ArticleIndex, Map<string, LinkedAnswer>>;

const LINKED_LIMIT = 512;
/**
 * Per article index, answer text -> its tokens and names: two bounded generations (answers repeat, as one fact
 * answers many wordings of a question), holding no index alive.
 */
let linkedYoung: LinkedByText = new WeakMap();
let linkedOld: LinkedByText = new WeakMap();
let linkedYoungSize = 0;

/** An answer's tokens and the full mentions of names in them (remembered: a pure function of article and text). */
function linkedAnswer(index: ArticleIndex, text: string): LinkedAnswer {
  let linked = linkedYoung.get(index)?.get(text);
  if (linked) return linked;
  linked = linkedOld.get(index)?.get(text);
  if (!linked) {
    const tokens = tokenize(text);
    const mentions = linkEntities(tokens, index.lexicon, () => true).filter((m) => !m.partial);
    linked = { tokens, mentions };
  }
  if (linkedYoungSize >= LINKED_LIMIT) {
    linkedOld = linkedYoung;
    linkedYoung = new WeakMap();
    linkedYoungSize = 0;
  }
  let texts = linkedYoung.get(index);
  if (!texts) linkedYoung.set(index, (texts = new Map()));
  texts.set(text, linked);
  linkedYoungSize++;
  return linked;
}

const namedInAnswers = new WeakMap<LinkedAnswer, ReadonlyMap<string, { ref: EntityRef; words: string[] }>>();

/** namedIn of an answer (remembered with it: linkedAnswer is one object per article and answer text). */
function namedInAnswer(index: ArticleIndex, linked: LinkedAnswer) {
  let named = namedInAnswers.get(linked);
  if (!named) namedInAnswers.set(linked, (named = namedIn(index, linked.tokens, linked.mentions)));
  return named;
}

/** The referents a turn leaves: what its question named and what its answer (if it answered) named. */
export function namedReferents(index: ArticleIndex, question: Question, draft: Draft): Referent[] {
  const asked = namedIn(index, question.tokens, question.mentions);
  const linked = draft.answered ? linkedAnswer(index, draft.text) : undefined;
  const answered = linked ? namedInAnswer(index, linked) : NONE_NAMED;
  return [...new Set([...asked.keys(), ...answered.keys()])].map((key) => {
    const naming = answered.get(key) ?? asked.get(key)!;
    return { ref: naming.ref, words: naming.words, asked: asked.has(key), answered: answered.has(key) };
  });
}

/**
 * The one referent an "it" or "they" most plausibly means: one named by both the question and its answer, else
 * one the question named, else one the answer named. Two alike (two companies in the answer) mean neither.
 */
function mostSalient(referents: readonly Referent[]): Referent | undefined {
  const both = referents.filter((r) => r.asked && r.answered);
  const asked = referents.filter((r) => r.asked);
  const tier = both.length > 0 ? both : asked.length > 0 ? asked : referents;
  return tier.length === 1 ? tier[0] : undefined;
}

const THING_FORMS: ReadonlySet<string> = new Set(EN.pronouns.thing);
/** Slots asking who someone is: a "their" there is a person's, whatever the question before named. */
const WHO_SOMEONE_IS: ReadonlySet<Slot> = new Set([
  'profile',
  'role',
  'organization',
  'country',
  'photo',
  'name',
]);
const PLURAL_FORMS: ReadonlySet<string> = new Set(EN.pronouns.plural);
const OWNER_FORMS: ReadonlySet<string> = new Set(['its', 'their', 'theirs']);
const AUXILIARIES: ReadonlySet<string> = new Set(EN.pronouns.auxiliaries);
const MODALS: ReadonlySet<string> = new Set(EN.pronouns.modals);

/**
 * "its director", "are they based", "will it reopen", "how long is it": the pronoun owns a noun, is the subject of
 * a verb, or ends a how/where/what question after its verb. "what happened after it", "fix it" are not.
 */
function subjectOrOwner(question: Question, at: number): boolean {
  const token = question.tokens[at]!;
  if (OWNER_FORMS.has(token)) return at + 1 < question.tokens.length;
  const before = question.tokens[at - 1];
  const after = question.tokens[at + 1];
  if (before === undefined || !(AUXILIARIES.has(before) || MODALS.has(before))) return false;
  if (after === undefined) return ['how', 'where', 'what'].includes(question.type);
  return !STOP_WORDS.has(after);
}

/**
 * "What museum will show the finds?" / "Who is its director?": an "it" (or a "they", an organization) after a turn
 * that named one organization or thing-like place is that one, named, so the question is asked as if it had been
 * written with the name. A "he"/"she", a question naming something itself, or a "they" after people is left alone.
 * Returns the question rewritten, or undefined.
 */
export function pronounAsNamed(fragment: Question, memory: ConversationState): string | undefined {
  const referents = memory.referents ?? [];
  const photo = memory.lastAsk?.photo === true && !referents.some((r) => r.asked);
  if ((referents.length === 0 && !photo) || fragment.personPronoun) return undefined;
  if (fragment.mentions.some((m) => m.ref.kind !== 'event')) return undefined;
  const at = fragment.tokens.findIndex((t) => THING_FORMS.has(t) || PLURAL_FORMS.has(t));
  if (at < 0 || !subjectOrOwner(fragment, at)) return undefined;
  const token = fragment.tokens[at]!;
  // "Why do they want to drop them?": a subject and an object pronoun mean two different things; which is which
  // the last turn cannot tell.
  if (fragment.tokens.some((t) => t !== token && (THING_FORMS.has(t) || PLURAL_FORMS.has(t))))
    return undefined;
  const plural = PLURAL_FORMS.has(token);
  // "Who's in the photo?" / "Where was it taken?": the photo the question asked about, not a name its answer wrote.
  if (photo && !plural) {
    const name = token === 'its' ? ['the', "photo's"] : ['the', 'photo'];
    return [...fragment.tokens.slice(0, at), ...name, ...fragment.tokens.slice(at + 1)].join(' ');
  }
  // "They" after people are those people, a "they" that is a thing an organization ("where are they based").
  // After one person answering for an organization the question named ("what did the shipyard's boss say?"),
  // "they" is that organization (one person is a "he" or "she"), unless it asks who someone is ("their title").
  const organizations = referents.filter((r) => r.ref.kind === 'organization');
  const afterPeople = memory.focus === 'people';
  const aboutOnePerson = memory.people.length === 1 && !WHO_SOMEONE_IS.has(fragment.slot);
  if (plural && afterPeople && !(aboutOnePerson && organizations.some((r) => r.asked))) return undefined;
  const chosen = mostSalient(plural ? organizations : referents);
  if (!chosen || (plural && afterPeople && !chosen.asked)) return undefined;
  // "What happened to the old bridge?" / "When was it built?": an "it" is what the question asked about in its own
  // words ("the old bridge", "the union's strike fund": itAsThing) before a name only the answer wrote, or a name
  // the question wrote as a part of them. Only an "its" takes the name the question and answer share ("what
  // museum will show the finds?" / "who is its director?").
  const owner = OWNER_FORMS.has(token);
  if (!plural && memory.lastAsk?.thing && !(owner && chosen.asked)) return undefined;
  const name = owner ? [...chosen.words.slice(0, -1), `${chosen.words.at(-1)!}'s`] : chosen.words;
  return [...fragment.tokens.slice(0, at), ...name, ...fragment.tokens.slice(at + 1)].join(' ');
}
