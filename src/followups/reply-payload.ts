import type { MessagePayload } from '../render/payload.ts';
import { stripBidiControls } from '../render/text.ts';

export const MAX_CONTENT_LENGTH = 2000;
const MAX_QUOTE_LENGTH = 300;

export interface Citation {
  sentenceId: string;
  text: string;
}

/** The reply to a follow-up: references the question, pings nobody (not even its author). */
export function followupPayload(questionMessageId: string, content: string): MessagePayload {
  return {
    content: trimToLimit(defuseMassMentions(stripBidiControls(content)), MAX_CONTENT_LENGTH),
    allowed_mentions: { parse: [], replied_user: false },
    message_reference: { message_id: questionMessageId, fail_if_not_exists: false },
  };
}

/** The first message of a thread the bot opened, when it reads only messages that mention it (no Message Content intent). */
export function threadHintPayload(botUserId: string): MessagePayload {
  return {
    content: `Ask follow-up questions here by mentioning me, for example: <@${botUserId}> who took part?`,
    allowed_mentions: { parse: [] },
  };
}

/**
 * The answer text and a compact citation: the first source sentence as a quote (unless the answer already
 * says it word for word) and a "Source:" line with the sentence ids, which /source numbers.
 */
export function answerContent(text: string, citations: readonly Citation[]): string {
  const sourceLines: string[] = [];
  const first = citations[0];
  if (first !== undefined && !normalise(text).includes(normalise(first.text))) {
    sourceLines.push(`> ${trimToLimit(first.text.replace(/\s+/g, ' ').trim(), MAX_QUOTE_LENGTH)}`);
  }
  const ids = [...new Set(citations.map((citation) => citation.sentenceId))];
  if (ids.length > 0) sourceLines.push(`-# Source: ${ids.join(', ')} (see /source)`);
  // A long answer is shortened, never its citation.
  const sourceBlock = sourceLines.map((line) => `\n${line}`).join('');
  return trimToLimit(defuseMassMentions(text.trim()), MAX_CONTENT_LENGTH - sourceBlock.length) + sourceBlock;
}

/**
 * Cuts text to `limit` characters at the last sentence (or, failing that, word) boundary, marking the cut with
 * an ellipsis.
 */
export function trimToLimit(text: string, limit: number): string {
  if (text.length <= limit) return text;
  const budget = limit - 1; // room for the ellipsis
  const head = text.slice(0, budget);
  const sentenceEnd = Math.max(
    ...['. ', '! ', '? ', '.\n', '!\n', '?\n', '\n'].map((end) => {
      const at = head.lastIndexOf(end);
      return at < 0 ? -1 : at + end.trimEnd().length;
    }),
  );
  if (sentenceEnd > budget * 0.5) return `${head.slice(0, sentenceEnd).trimEnd()}…`;
  const wordEnd = head.lastIndexOf(' ');
  const cut = wordEnd > budget * 0.5 ? head.slice(0, wordEnd) : head;
  return `${dropDanglingSurrogate(cut).trimEnd()}…`;
}

/** `@everyone` / `@here` echoed from a question would not ping (allowed_mentions), but would still read as one. */
export function defuseMassMentions(text: string): string {
  return text.replace(/@(everyone|here)\b/g, '@\u200b$1');
}

function normalise(text: string): string {
  return text.replace(/\s+/g, ' ').trim().toLowerCase();
}

function dropDanglingSurrogate(text: string): string {
  const last = text.charCodeAt(text.length - 1);
  return last >= 0xd800 && last <= 0xdbff ? text.slice(0, -1) : text;
}
