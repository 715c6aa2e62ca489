import type { MessagePayload } from './payload.ts';
import { timestampsToWords } from './dates.ts';

/**
 * A payload as plain text for a terminal (CLI, local console): embeds as titled blocks, buttons in brackets,
 * Discord timestamps as a reader would see them at `nowMs` (relative ones as "in 10 hours").
 */
export function payloadToText(payload: MessagePayload, nowMs: number = Date.now()): string {
  const readable = (text: string) => timestampsToWords(text, nowMs).replace(/\u200b/g, '');
  const blocks: string[] = [];
  if (payload.content) blocks.push(readable(payload.content));
  for (const embed of payload.embeds ?? []) {
    const lines: string[] = [];
    if (embed.title) lines.push(`== ${readable(embed.title)} ==`);
    if (embed.url) lines.push(embed.url);
    if (embed.description) lines.push(readable(embed.description));
    for (const field of embed.fields ?? [])
      lines.push('', `[${readable(field.name)}]`, readable(field.value));
    if (embed.footer) lines.push('', `-- ${readable(embed.footer.text)}`);
    blocks.push(lines.join('\n'));
  }
  const buttons = (payload.components ?? []).flatMap((row) =>
    row.components.map((button) => `[ ${button.label} ]`),
  );
  if (buttons.length) blocks.push(buttons.join(' '));
  if (payload.flags !== undefined && (payload.flags & (1 << 6)) !== 0) blocks.push('(only you can see this)');
  return blocks.join('\n\n');
}
