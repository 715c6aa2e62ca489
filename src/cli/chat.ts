import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import type { Command } from '../bot/command.ts';
import type { Services } from '../bot/services.ts';
import { invokeOffline, type OfflineResult } from './invoke.ts';

/**
 * One question a line, one conversation until an empty line; each result handed to `emit` in order.
 * Questions are answered one after another so every follow-up sees the turns before it.
 */
export async function runChat(
  commands: readonly Command[],
  services: Services,
  input: Readable,
  emit: (result: OfflineResult) => void,
  values: Readonly<Record<string, string>> = {},
): Promise<number> {
  const lines = createInterface({ input, crlfDelay: Infinity });
  let conversation = 1;
  let asked = 0;
  for await (const rawLine of lines) {
    const line = rawLine.replace(/\r$/, '');
    if (line === '') {
      conversation++;
      continue;
    }
    const result = await invokeOffline(commands, services, {
      name: 'ask',
      values: { ...values, question: line },
      conversationKey: `cli-chat-${process.pid}-${conversation}`,
    });
    emit(result);
    asked++;
  }
  return asked;
}
