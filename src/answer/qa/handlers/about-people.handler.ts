import { carryFilter, isPersonQuestion } from '../resolve/person-turn.ts';
import { answerAboutPeople } from './who.ts';
import { draftHandler } from './draft-handler.ts';
import { listGap } from './slot-fill.ts';
import { uncoveredWords } from '../compose/coverage.ts';
import { doesNotSay } from '../compose/does-not-say.ts';
import { irregularLemma } from '../lexicon/lemma.ts';
import { joinList, stem } from '../lexicon/text.ts';
import { ROLE_NOUNS } from '../lexicon/vocabulary.ts';
import { rankFacts } from '../retrieve/rank.ts';
import type { ArticleIndex } from '../retrieve/article-index.ts';
import type { ConversationState, Draft, Question } from '../types.ts';

/** About a person: who they are, their title, organization, side or place in the photo. */
export default draftHandler('about-people', 260, (q, { index, people, memory }) => {
  if (!isPersonQuestion(q, people, memory)) return undefined;
  const draft = answerAboutPeople(index, q, people, carryFilter(index, q, memory));
  return (
    (draft?.answered &&
      (beyondThoseNamed(index, q, memory, draft) ??
        notWhoDid(index, q, people, draft) ??
        notInThatPost(index, q, draft))) ||
    draft
  );
});

/**
 * "Who audited the bank's accounts?" with nobody named and a verb the article never uses: the people found (the
 * bank's chief, through the bank named) are not said to have done it; the article does not say who did. Their
 * profile is what it does say.
 */
function notWhoDid(
  index: ArticleIndex,
  question: Question,
  people: readonly unknown[],
  draft: Draft,
): Draft | undefined {
  if (question.type !== 'who' || people.length > 0 || question.photo) return undefined;
  // The question names an organization, and its verb ("who audited ...") is a word the article never uses (one it
  // uses may be a paraphrase: "won" for "named best actor") and the answer leaves out.
  if (!question.mentions.some((m) => m.ref.kind === 'organization')) return undefined;
  const [who, verb] = question.tokens;
  if (who !== 'who' || verb === undefined || !question.unknownWords.includes(verb)) return undefined;
  const missing = new Set(uncoveredWords(index, question, draft));
  if (!missing.has(stem(verb))) return undefined;
  // Said in the question's own words ("scored", not the stem "scor").
  const written = [...new Set(question.tokens.filter((t) => missing.has(stem(t))))];
  return doesNotSay(index, `anything about ${joinList(written.length > 0 ? written : [...missing])}`, draft);
}

/**
 * "Who else was part of the delegations?" with nobody named yet asks beyond the people the article names: a stated
 * gap saying who else is not given, covering the question fully and ranked first, is the answer; the people it
 * names are what it does say.
 */
function beyondThoseNamed(
  index: ArticleIndex,
  question: Question,
  memory: ConversationState,
  draft: Draft,
): Draft | undefined {
  if (!question.cues.has('othersThanNamed') || memory.people.length > 0) return undefined;
  const [best] = rankFacts(index, { ...question, slot: 'general' });
  if (!best || best.fact.source.kind !== 'gap' || best.coverage < 0.8) return undefined;
  return listGap(best.fact, draft);
}

/**
 * Posts whose verb any senior title may do ("who led the delegation?" is answered by its minister): leading is
 * no post of its own.
 */
const LEADING_POSTS: ReadonlySet<string> = new Set(['leader', 'head', 'chief', 'boss', 'chair', 'captain']);

/** The post a verb names the doer of, by its agent noun ("directed" -> "director", "founded" -> "founder"). */
function postOfVerb(verb: string): string | undefined {
  const lemma = irregularLemma(verb);
  const bases = [lemma, lemma.replace(/ed$/, ''), lemma.replace(/d$/, ''), lemma.replace(/s$/, '')];
  const forms = bases.flatMap((b) => [`${b}or`, `${b}er`, `${b}r`]);
  return forms.find((form) => ROLE_NOUNS.has(form) && !LEADING_POSTS.has(form));
}

/**
 * "Who directed the film?": a verb naming the doer of a post ("director") is answered only by someone the article
 * gives that post; people found by the rest of the question (an actor named for the film) did not do it.
 */
function notInThatPost(index: ArticleIndex, question: Question, draft: Draft): Draft | undefined {
  const [who, verb] = question.tokens;
  if (who !== 'who' || verb === undefined || question.photo) return undefined;
  const post = postOfVerb(verb);
  const found = draft.focus?.people ?? [];
  if (post === undefined || found.length === 0) return undefined;
  const holds = found.some((id) => {
    const person = index.personById.get(id);
    return (
      person !== undefined &&
      [person.titleAsWritten, ...person.titleVariants, person.role].join(' ').toLowerCase().includes(post)
    );
  });
  return holds ? undefined : doesNotSay(index, `who ${question.tokens.slice(1).join(' ')}`, draft);
}
