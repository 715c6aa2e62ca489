import type { ActionRow, EmbedField, MessagePayload } from './payload.ts';
import { BRAND_COLOR, buildEmbed, buildPayload } from './embed.ts';
import { LIMITS } from './limits.ts';
import { fitText, userText } from './text.ts';

export interface Citation {
  sentenceId: string;
  text: string;
}

export interface AskView {
  question: string;
  answered: boolean;
  text: string;
  citations: readonly Citation[];
  articleId: string;
  /** The article answered from; none when the answer asks which story is meant. */
  headline?: string;
}

const NOT_ANSWERED_COLOR = 0x718096;
const MAX_CITATIONS = 5;
export const ASK_THREAD_PREFIX = 'ask-thread';

/** The button that moves an /ask conversation into a thread (handled by the follow-ups module). */
export function continueInThreadRow(articleId: string): ActionRow {
  return {
    type: 1,
    components: [
      {
        type: 2,
        style: 2,
        label: 'Continue in a thread',
        custom_id: `${ASK_THREAD_PREFIX}:${articleId}`.slice(0, LIMITS.customId),
      },
    ],
  };
}

/**
 * Quotes a source sentence as a Discord block quote, with the id /source shows. A sentence the answer already
 * quotes word for word keeps its id but is not quoted a second time.
 */
export function citationField(citation: Citation, answerText = ''): EmbedField {
  if (citation.text.length > 0 && answerText.includes(citation.text))
    return { name: `Source ${citation.sentenceId}`, value: '(quoted in the answer above)' };
  const quote = fitText(citation.text, LIMITS.fieldValue - 4, '…').replace(/\n/g, ' ');
  return { name: `Source ${citation.sentenceId}`, value: `> ${quote}` };
}

/** /ask: the question echoed safely, the answer, the cited sentences quoted with their ids, a thread button. */
export function renderAsk(view: AskView): MessagePayload {
  const question = userText(view.question) || '(empty question)';
  const fields = view.citations.slice(0, MAX_CITATIONS).map((c) => citationField(c, view.text));
  const footer =
    view.headline === undefined
      ? undefined
      : view.answered
        ? `From “${view.headline}” · check a source with /source`
        : `From “${view.headline}” · the answer is limited to what the article says`;
  const embed = buildEmbed({
    title: `Q: ${fitText(question.replace(/\s+/g, ' '), LIMITS.title - 3, '…')}`,
    description: view.text || 'The article doesn’t say.',
    color: view.answered ? BRAND_COLOR : NOT_ANSWERED_COLOR,
    fields,
    ...(footer ? { footer } : {}),
  });
  return buildPayload({ embeds: [embed], components: [continueInThreadRow(view.articleId)] });
}
