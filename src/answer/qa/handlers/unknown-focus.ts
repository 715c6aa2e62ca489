import type { ArticleIndex } from '../retrieve/article-index.ts';
import { stem } from '../lexicon/text.ts';
import type { Question } from '../analyze/understand.ts';

const QUALIFIERS = /^(kind|sort|type|exact|exactly|specific|particular|the|of|a|an)$/;

/**
 * The thing a "what/which <noun>" question asks about ("which hotel did they stay at"): when the article has no word
 * for it, the question is out of scope whatever verbs and slot surround it. Other unknown words only lower confidence.
 */
export function unknownFocus(index: ArticleIndex, question: Question): string | undefined {
  const { tokens } = question;
  if (question.type === 'yes-no') return undefined;
  const actor = unknownActor(question);
  if (actor !== undefined) return actor;
  const wh = tokens.findIndex((t) => t === 'what' || t === 'which');
  if (wh < 0) return undefined;
  let i = wh + 1;
  while (i < tokens.length && QUALIFIERS.test(tokens[i]!)) i++;
  const head = tokens[i];
  // A head naming the slot itself ("which building", "what edition") is answered by whatever fills that slot.
  // So is a kind of thing the article holds ("which region": Northeast Asia is one).
  if (head === undefined || question.cueStems.has(stem(head))) return undefined;
  if (index.article.places.some((place) => stem(place.kind) === stem(head))) return undefined;
  return question.unknownWords.includes(head) ? head : undefined;
}

const AUXILIARIES = /^(did|does|do|will|would|can|could|should|has|have|had)$/;
const DETERMINERS = /^(the|a|an|this|that|these|those)$/;

/**
 * The one whose doing is asked, when the article never names it: "what did the jury decide?" of a story with no
 * jury (the question word, an auxiliary, the actor, and last the verb naming what is asked, a cue word). Whatever
 * fills the slot ("decide": an outcome) would be someone else's.
 */
function unknownActor(question: Question): string | undefined {
  const { tokens } = question;
  const aux = tokens.findIndex((t, i) => i > 0 && AUXILIARIES.test(t));
  if (aux < 0) return undefined;
  let actor = aux + 1;
  while (actor < tokens.length && DETERMINERS.test(tokens[actor]!)) actor++;
  const verb = tokens[actor + 1];
  if (actor + 2 !== tokens.length || verb === undefined || !question.cueStems.has(stem(verb)))
    return undefined;
  return question.unknownWords.includes(tokens[actor]!) ? tokens[actor] : undefined;
}
