import type { MessagePayload } from './payload.ts';
import { buildPayload } from './embed.ts';

/** A user error (bad option, missing permission): the explanation, only to them. */
export function renderUserError(message: string): MessagePayload {
  return buildPayload({ content: `⚠️ ${message}`, ephemeral: true });
}

/** Anything unexpected: no details, but a reference id that matches the full log line. */
export function renderInternalError(referenceId: string): MessagePayload {
  return buildPayload({
    content: `Something went wrong on my side. If it keeps happening, tell the server admins (reference \`${referenceId}\`).`,
    ephemeral: true,
  });
}

export function renderUnknownCommand(name: string): MessagePayload {
  return buildPayload({
    content: `I don't know the command \`/${name.slice(0, 40)}\`. Its registration may be out of date: try /help.`,
    ephemeral: true,
  });
}
