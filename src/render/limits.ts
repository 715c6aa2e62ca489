import type { Embed, MessagePayload } from './payload.ts';

/** Discord's message limits (discord-api-docs; see DESIGN.md). */
export const LIMITS = Object.freeze({
  content: 2000,
  embeds: 10,
  embedTotal: 6000,
  title: 256,
  description: 4096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  author: 256,
  actionRows: 5,
  buttonsPerRow: 5,
  buttonLabel: 80,
  customId: 100,
});

const PINGING_TEXT = /@(everyone|here)\b|<@[!&]?\d/i;

/** Characters Discord counts towards the 6000 across all embeds. */
export function embedLength(embed: Embed): number {
  return (
    (embed.title?.length ?? 0) +
    (embed.description?.length ?? 0) +
    (embed.footer?.text.length ?? 0) +
    (embed.author?.name.length ?? 0) +
    (embed.fields ?? []).reduce((sum, field) => sum + field.name.length + field.value.length, 0)
  );
}

function checkText(
  problems: string[],
  path: string,
  text: string | undefined,
  max: number,
  required = false,
): void {
  if (text === undefined) {
    if (required) problems.push(`${path} is missing`);
    return;
  }
  if (required && text.trim().length === 0) problems.push(`${path} is empty`);
  if (text.length > max) problems.push(`${path} has ${text.length} characters (max ${max})`);
  if (PINGING_TEXT.test(text)) problems.push(`${path} contains mention syntax that could ping`);
}

function checkEmbed(problems: string[], embed: Embed, index: number): void {
  const path = `embeds[${index}]`;
  checkText(problems, `${path}.title`, embed.title, LIMITS.title);
  checkText(problems, `${path}.description`, embed.description, LIMITS.description);
  checkText(problems, `${path}.footer.text`, embed.footer?.text, LIMITS.footer);
  checkText(problems, `${path}.author.name`, embed.author?.name, LIMITS.author);
  if (embed.description !== undefined && embed.description.length === 0) {
    problems.push(`${path}.description is empty`);
  }
  const fields = embed.fields ?? [];
  if (fields.length > LIMITS.fields)
    problems.push(`${path} has ${fields.length} fields (max ${LIMITS.fields})`);
  fields.forEach((field, fieldIndex) => {
    checkText(problems, `${path}.fields[${fieldIndex}].name`, field.name, LIMITS.fieldName, true);
    checkText(problems, `${path}.fields[${fieldIndex}].value`, field.value, LIMITS.fieldValue, true);
  });
  if (embedLength(embed) === 0) problems.push(`${path} is empty`);
}

/** Every way the payload would break a Discord limit or the bot's no-ping rule; empty when it is fine. */
export function validatePayload(payload: MessagePayload): string[] {
  const problems: string[] = [];
  const mentions = payload.allowed_mentions;
  if (!mentions || !Array.isArray(mentions.parse)) problems.push('allowed_mentions.parse is missing');
  else if (mentions.parse.length > 0)
    problems.push(`allowed_mentions.parse is ${JSON.stringify(mentions.parse)}`);
  if (mentions?.replied_user === true) problems.push('allowed_mentions.replied_user would ping');

  checkText(problems, 'content', payload.content, LIMITS.content);
  const embeds = payload.embeds ?? [];
  if (embeds.length > LIMITS.embeds) problems.push(`${embeds.length} embeds (max ${LIMITS.embeds})`);
  embeds.forEach((embed, index) => checkEmbed(problems, embed, index));
  const total = embeds.reduce((sum, embed) => sum + embedLength(embed), 0);
  if (total > LIMITS.embedTotal) problems.push(`embeds total ${total} characters (max ${LIMITS.embedTotal})`);

  const rows = payload.components ?? [];
  if (rows.length > LIMITS.actionRows) problems.push(`${rows.length} action rows (max ${LIMITS.actionRows})`);
  rows.forEach((row, rowIndex) => {
    if (row.components.length === 0 || row.components.length > LIMITS.buttonsPerRow) {
      problems.push(
        `components[${rowIndex}] has ${row.components.length} buttons (1-${LIMITS.buttonsPerRow})`,
      );
    }
    row.components.forEach((button, buttonIndex) => {
      const path = `components[${rowIndex}].components[${buttonIndex}]`;
      checkText(problems, `${path}.label`, button.label, LIMITS.buttonLabel, true);
      if (button.style === 5 ? !button.url : !button.custom_id)
        problems.push(`${path} needs a custom_id or url`);
      if (button.custom_id && button.custom_id.length > LIMITS.customId) {
        problems.push(`${path}.custom_id has ${button.custom_id.length} characters (max ${LIMITS.customId})`);
      }
    });
  });

  const hasBody = (payload.content?.trim().length ?? 0) > 0 || embeds.length > 0 || rows.length > 0;
  if (!hasBody) problems.push('the message is empty');
  return problems;
}
