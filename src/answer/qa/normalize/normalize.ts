import { expandShorthand, questionFocus } from './focus.ts';

/** Cleans what a user typed into something the answerer can analyse, and says when there is nothing to analyse. */

export const MAX_ANALYSED_CHARS = 500;

export type InputProblem = 'empty' | 'no-words' | 'not-english' | 'instruction' | 'help' | 'opinion';

export interface NormalizedQuestion {
  /** Cleaned text, at most MAX_ANALYSED_CHARS characters. */
  text: string;
  problem?: InputProblem;
}

const ZERO_WIDTH = /[\u200B-\u200F\u202A-\u202E\u2060-\u2064\uFEFF\u00AD]/g;
const DISCORD_MENTION = /<(?:@[!&]?|#)\d+>|<a?:\w+:\d+>|@(?:everyone|here)\b/g;
const MARKDOWN = /(\*\*|__|~~|\|\||`{1,3}|[*_>#])/g;
const URL = /https?:\/\/\S+/g;

/** Requests aimed at the bot itself rather than questions about the article. */
const INSTRUCTION_PATTERNS: readonly RegExp[] = [
  /\b(ignore|disregard|forget)\b.{0,40}\b(instructions?|prompts?|rules?|everything|above)\b/,
  /\b(write|compose|generate|create)\b.{0,20}\b(poem|song|story|essay|code|script|joke|haiku|limerick)\b/,
  /\b(system prompt|jailbreak|you are now|pretend (to be|you)|act as|roleplay)\b/,
  /\b(translate|summari[sz]e)\b.{0,30}\b(into|in)\s+(french|spanish|german|korean|japanese|chinese)\b/,
];

/** Asking the bot for its own view: it reports what the article says and has none. */
const OPINION =
  /\b(your|ur) (own )?(opinion|view|views|take|thoughts?|feelings?|stance)\b|\b(do|would) you (\w+ )?(think|feel|believe|like|prefer|support)\b|\bwhat do you make of\b|\bwho do you (side|agree) with\b/;

/** Questions about the bot itself. */
const HELP =
  /^(help|\?+|commands?|menu|options|usage|how does this work|how do (i|you) use (this|you|it)|what can (you|i) (do|ask)|what do you do|who are you|what are you|are you (a )?(bot|human|ai|real))\b/;

/**
 * What a user typed without what is not words: zero-width characters, links, Discord mentions, markdown, runs of
 * spaces and a phrase pasted over and over. The whole message, before its asking clause is picked out: the
 * router reads this (a story named before the question still counts).
 */
export function cleanInput(raw: unknown): string {
  const input = typeof raw === 'string' ? raw : '';
  // Cap before the heavier regexes so a huge paste costs no more than a short one.
  let text = input.slice(0, MAX_ANALYSED_CHARS * 4).normalize('NFKC');
  text = text.replace(ZERO_WIDTH, '').replace(URL, ' ').replace(DISCORD_MENTION, ' ').replace(MARKDOWN, ' ');
  return collapseRepeats(text.replace(/\s+/g, ' ').trim());
}

export function normalizeQuestion(raw: unknown): NormalizedQuestion {
  // The asking clause of a long message is found before the cap, so a question at the end of a ramble survives it.
  const text = questionFocus(cleanInput(raw)).slice(0, MAX_ANALYSED_CHARS).trim();
  if (text === '') return { text, problem: 'empty' };
  const letters = text.match(/\p{L}/gu) ?? [];
  if (letters.length === 0) return { text, problem: 'no-words' };
  const latin = text.match(/\p{Script=Latin}/gu) ?? [];
  if (latin.length < letters.length / 2) return { text, problem: 'not-english' };
  const lower = text.toLowerCase();
  if (INSTRUCTION_PATTERNS.some((pattern) => pattern.test(lower))) return { text, problem: 'instruction' };
  if (HELP.test(lower.replace(/[?!.]+$/, '').trim())) return { text, problem: 'help' };
  if (OPINION.test(lower)) return { text, problem: 'opinion' };
  return { text: expandShorthand(text) };
}

/** "what did they say what did they say ..." -> "what did they say": a phrase pasted over and over is asked once. */
function collapseRepeats(text: string): string {
  const words = text.split(' ');
  if (words.length < 8) return text;
  for (let size = 1; size <= 8; size++) {
    const unit = words.slice(0, size).join(' ').toLowerCase();
    let repeats = 0;
    for (let i = 0; i + size <= words.length; i += size) {
      if (
        words
          .slice(i, i + size)
          .join(' ')
          .toLowerCase() !== unit
      )
        break;
      repeats++;
    }
    if (repeats >= 3 && repeats * size >= words.length - size) return words.slice(0, size).join(' ');
  }
  return text;
}
