import type { MessagePayload } from './payload.ts';
import { buildPayload } from './embed.ts';
import { neutralizeLinks, stripBidiControls } from './text.ts';

/**
 * A user error (bad option, missing permission): the explanation, only to them. Errors often quote what was
 * typed ("I could not read … as a schedule"), so links and bidi controls in it are made inert: our own
 * messages carry neither.
 */
export function renderUserError(message: string): MessagePayload {
  return buildPayload({ content: `⚠️ ${neutralizeLinks(stripBidiControls(message))}`, ephemeral: true });
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
