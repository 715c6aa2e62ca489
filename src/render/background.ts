import type { BackgroundAnswer } from '../answer/background.ts';
import type { MessagePayload } from './payload.ts';
import { buildEmbed, buildPayload } from './embed.ts';
import { formatDateWithWords } from './dates.ts';
import { fitLines } from './text.ts';
import { LIMITS } from './limits.ts';

const MORE_HINT = '… (more history trimmed — use /source to read the full text)';

/** /background: a dated timeline, oldest first, each date at its own precision; then why it matters now. */
export function renderBackground(answer: BackgroundAnswer): MessagePayload {
  const lines = answer.timeline.map(
    (item) => `**${formatDateWithWords(item.date)}** — ${item.what}\n↳ ${item.relevance}`,
  );
  const description = lines.length
    ? fitLines(lines, LIMITS.description, '\n\n', MORE_HINT)
    : 'The article gives no history behind the story.';
  const whyNow = answer.whyNow.map((item) => `• ${item.statement}`);
  return buildPayload({
    embeds: [
      buildEmbed({
        title: `Background — ${answer.headline}`,
        description,
        fields: whyNow.length
          ? [{ name: 'Why it matters now', value: fitLines(whyNow, LIMITS.fieldValue) }]
          : [],
        footer: 'Dates are shown as precisely as the article gives them · /source to check',
      }),
    ],
  });
}
