import type { Writable } from 'node:stream';
import type { ChannelGateway } from '../core/channel-gateway.ts';
import type { MessagePayload } from '../render/payload.ts';
import { payloadToText } from '../render/text-view.ts';

/** Offline posting: prints what would be posted (digests, follow-ups) to a stream, by default stderr. */
export class PrintingChannelGateway implements ChannelGateway {
  private nextId = 1;
  readonly sent: { channelId: string; payload: MessagePayload }[] = [];

  constructor(private readonly out: Writable = process.stderr) {}

  async send(channelId: string, payload: MessagePayload): Promise<{ messageId: string }> {
    this.sent.push({ channelId, payload });
    this.out.write(`\n[post to channel ${channelId}]\n${payloadToText(payload)}\n`);
    return { messageId: String(900000000000000000n + BigInt(this.nextId++)) };
  }

  async startThread(channelId: string, messageId: string, name: string): Promise<{ threadId: string }> {
    this.out.write(`[thread "${name}" on message ${messageId} in channel ${channelId}]\n`);
    return { threadId: messageId };
  }

  messageUrl(guildId: string, channelId: string, messageId: string): string {
    return `https://discord.com/channels/${guildId}/${channelId}/${messageId}`;
  }
}
