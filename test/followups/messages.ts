import type { IncomingMessage, TriggerContext } from '../../src/followups/trigger.ts';

export const BOT = '900000000000000001';
export const ALICE = '100000000000000001';
export const BOB = '100000000000000002';
export const GUILD = '500000000000000001';
export const GENERAL = '600000000000000001';
export const OTHER_CHANNEL = '600000000000000002';
export const BOT_THREAD = '700000000000000001';
export const SOME_THREAD = '700000000000000002';

let nextId = 800000000000000000n;

/** A plain message from Alice in #general that does nothing special; override what a test is about. */
export function message(overrides: Partial<IncomingMessage> = {}): IncomingMessage {
  nextId += 1n;
  return {
    id: String(nextId),
    authorId: ALICE,
    authorIsBot: false,
    webhookId: null,
    content: 'hello',
    mentionedUserIds: [],
    mentionsEveryone: false,
    channelId: GENERAL,
    guildId: GUILD,
    ...overrides,
  };
}

export function mentioning(text: string, overrides: Partial<IncomingMessage> = {}): IncomingMessage {
  return message({ content: `<@${BOT}> ${text}`, mentionedUserIds: [BOT], ...overrides });
}

export function inThread(
  threadId: string,
  overrides: Partial<IncomingMessage> = {},
): Partial<IncomingMessage> {
  return { channelId: threadId, threadId, parentChannelId: GENERAL, ...overrides };
}

export function context(overrides: Partial<TriggerContext> = {}): TriggerContext {
  return {
    botUserId: BOT,
    botThreadIds: new Set([BOT_THREAD]),
    messageContentIntent: true,
    allowed: () => true,
    ...overrides,
  };
}
