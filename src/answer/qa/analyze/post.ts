import { STOP_WORDS, parseNumber } from '../lexicon/text.ts';
import { FURNITURE_WORDS, ROLE_NOUNS } from '../lexicon/vocabulary.ts';
import type { Mention, PostAsk } from '../types.ts';

const COPULAS: ReadonlySet<string> = new Set(['is', 'was', 'are', 'were']);
const DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'their', 'its', 'his', 'her']);
const LINKS: ReadonlySet<string> = new Set(['of', 'at', 'for', 'in']);

/** A word that can head the noun asked: not a function word, a number or a verb form ("standing", "injured"). */
function nounLike(token: string | undefined): token is string {
  return (
    token !== undefined &&
    !STOP_WORDS.has(token) &&
    !FURNITURE_WORDS.has(token) &&
    parseNumber(token) === undefined &&
    !/\d/.test(token) &&
    !/(ing|ed)$/.test(token)
  );
}

function mentionAt(mentions: readonly Mention[], at: number): Mention | undefined {
  return mentions.find((m) => m.start === at);
}

/**
 * "Who is the captain?", "who was Eko's coach?", "who is the boss of X?", "what was the captain's name?": the post
 * asked by its noun, and the party it belongs to when the question names one. Only a noun after a determiner or an
 * owner counts ("who was injured" asks no post); a named person is asked about, not a post.
 */
export function askedPost(tokens: readonly string[], mentions: readonly Mention[]): PostAsk | undefined {
  let at: number;
  let owner: Mention | undefined;
  if (tokens[0] === 'who') {
    at = COPULAS.has(tokens[1] ?? '') ? 2 : 1;
    let determined = false;
    if (DETERMINERS.has(tokens[at] ?? '')) {
      at++;
      determined = true;
    }
    // "the highways board's captain": the owner's name may take the determiner in.
    const possessor = mentionAt(mentions, at) ?? (determined ? mentionAt(mentions, at - 1) : undefined);
    if (possessor) {
      if (possessor.ref.kind === 'person' || possessor.ref.kind === 'event') return undefined;
      owner = possessor;
      at = possessor.end;
      determined = true;
    }
    if (!determined) return undefined;
  } else if (tokens[0] === 'what' && COPULAS.has(tokens[1] ?? '') && tokens[2] === 'the') {
    // "what was the name of the captain" / "what was the captain's name": only an office noun asks a person's name.
    const ofName = tokens[3] === 'name' && tokens[4] === 'of' ? (tokens[5] === 'the' ? 6 : 5) : -1;
    const named = tokens[4] === 'name' && tokens.length === 5 ? 3 : -1;
    at = Math.max(ofName, named);
    if (at < 0 || !ROLE_NOUNS.has(tokens[at] ?? '')) return undefined;
  } else return undefined;
  const noun = tokens[at];
  if (!nounLike(noun) || mentions.some((m) => at >= m.start && at < m.end)) return undefined;
  // "the chief executive of X": the post may be written in two words before the party it belongs to.
  const second = tokens[at + 1];
  const link =
    nounLike(second) && !mentions.some((m) => at + 1 >= m.start && at + 1 < m.end) ? at + 2 : at + 1;
  if (!owner && LINKS.has(tokens[link] ?? '')) {
    const next = tokens[link + 1] === 'the' ? link + 2 : link + 1;
    const of = mentionAt(mentions, next);
    if (of && of.ref.kind !== 'person' && of.ref.kind !== 'event') owner = of;
  }
  return owner ? { noun, owner: owner.ref } : { noun };
}
