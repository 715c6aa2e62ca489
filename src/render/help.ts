import type { MessagePayload } from './payload.ts';
import { buildEmbed, buildPayload } from './embed.ts';

const COMMAND_LINES = [
  '`/summary [length] [article]` — the story, brief, standard or detailed',
  '`/participants [country] [article]` — who took part, by country, role or organization',
  '`/background [article]` — the history behind it, as a timeline',
  '`/ask question:<text> [article]` — ask anything; the answer cites its source sentences',
  '`/source [article]` — the source, date, link and numbered sentences',
  '`/articles [page]` — every article in the library',
  '`/digest …` — scheduled digests for this server (Manage Server)',
  '`/followups …` — where the bot answers follow-up questions (Manage Server)',
  '`/help` — this message',
];

const FOLLOWUP_LINES = [
  '• Mention the bot with your question, or reply to one of its messages.',
  '• Under an /ask answer, press **Continue in a thread** and keep asking there.',
  '• Follow-ups remember the conversation: “Who led the talks?” then “What is his title?”.',
  '• Every `article` option defaults to the newest article and autocompletes by headline.',
];

/** /help: what the bot does, its commands, and how follow-ups work. */
export function renderHelp(): MessagePayload {
  return buildPayload({
    embeds: [
      buildEmbed({
        title: 'News digest bot',
        description:
          'I summarise news stories from a curated library and answer questions about them — only from what the article says, with the sentences I rely on.',
        fields: [
          { name: 'Commands', value: COMMAND_LINES.join('\n') },
          { name: 'Follow-up questions', value: FOLLOWUP_LINES.join('\n') },
        ],
        footer: 'Nothing I send pings anyone.',
      }),
    ],
    ephemeral: true,
  });
}
