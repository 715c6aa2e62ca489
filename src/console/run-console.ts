import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { Command } from '../bot/command.ts';
import type { Services } from '../bot/services.ts';
import { invokeOffline, OFFLINE_IDENTITY } from '../cli/invoke.ts';
import { payloadToText } from '../render/text-view.ts';
import { parseConsoleLine } from './parse-line.ts';

const GREETING = `Local console: type slash commands as in Discord (/summary length:brief, /participants country:jp,
/ask question:who attended?), or just a question to ask a follow-up. /new starts a new conversation, /help lists
the commands, /quit leaves.`;

/**
 * A read-eval-print loop over the same commands as Discord. Plain lines are /ask follow-ups in one
 * conversation. Resolves when the input ends or the operator types /quit.
 */
export async function runConsole(
  services: Services,
  commands: readonly Command[],
  input: Readable,
  output: Writable,
): Promise<void> {
  const lines = createInterface({ input, output, terminal: false, crlfDelay: Infinity });
  let conversation = 1;
  const conversationKey = () => `console:${OFFLINE_IDENTITY.channelId}:${conversation}`;
  const prompt = () => output.write('> ');
  output.write(`${GREETING}\n`);
  prompt();
  for await (const line of lines) {
    const parsed = parseConsoleLine(line, commands);
    if (parsed.kind === 'quit') break;
    if (parsed.kind === 'new-conversation') {
      conversation++;
      output.write('(new conversation)\n');
    } else if (parsed.kind !== 'empty') {
      const invocation =
        parsed.kind === 'question'
          ? { name: 'ask', values: { question: parsed.text }, conversationKey: conversationKey() }
          : {
              name: parsed.name,
              values: parsed.values,
              positional: parsed.positional,
              conversationKey: conversationKey(),
            };
      const result = await invokeOffline(commands, services, invocation);
      output.write(`${payloadToText(result.payload, services.clock.now())}\n\n`);
    }
    prompt();
  }
  lines.close();
  output.write('bye\n');
}
