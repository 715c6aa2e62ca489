import type { Command } from '../bot/command.ts';

export type ConsoleLine =
  | { kind: 'empty' }
  | { kind: 'quit' }
  | { kind: 'new-conversation' }
  | { kind: 'question'; text: string }
  | { kind: 'command'; name: string; positional: string[]; values: Record<string, string> };

interface OptionShape {
  name: string;
  options?: OptionShape[];
}

/** Every option name a command takes, its subcommands' included. */
function optionNames(command: Command | undefined): string[] {
  const names = new Set<string>();
  const visit = (options: OptionShape[] | undefined) => {
    for (const option of options ?? []) {
      names.add(option.name);
      visit(option.options);
    }
  };
  visit(command?.data.toJSON().options as OptionShape[] | undefined);
  return [...names];
}

function unquote(value: string): string {
  const trimmed = value.trim();
  const quoted = /^"(.*)"$/s.exec(trimmed) ?? /^'(.*)'$/s.exec(trimmed) ?? /^“(.*)”$/s.exec(trimmed);
  return quoted ? (quoted[1] ?? '') : trimmed;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Reads what the operator typed: `/summary length:brief`, `/ask question:who attended?` (a value runs to
 * the next known `option:`), `question:"…"` quoted, `/digest set channel:123 schedule:daily 09:00`,
 * a plain line (a follow-up question), `/new` (a new conversation), `/quit`.
 */
export function parseConsoleLine(line: string, commands: readonly Command[]): ConsoleLine {
  const text = line.trim();
  if (!text) return { kind: 'empty' };
  if (!text.startsWith('/')) return { kind: 'question', text };
  const [, rawName = '', rest = ''] = /^\/(\S*)\s*(.*)$/s.exec(text) ?? [];
  const name = rawName.toLowerCase();
  if (name === 'quit' || name === 'exit') return { kind: 'quit' };
  if (name === 'new') return { kind: 'new-conversation' };

  const names = optionNames(commands.find((command) => command.data.name === name));
  const values: Record<string, string> = {};
  let positionalText = rest;
  if (names.length) {
    const marker = new RegExp(`(?:^|\\s)(${names.map(escapeRegExp).join('|')}):`, 'gi');
    const matches = [...rest.matchAll(marker)];
    if (matches.length) positionalText = rest.slice(0, matches[0]?.index ?? 0);
    matches.forEach((match, index) => {
      const start = (match.index ?? 0) + match[0].length;
      const end = matches[index + 1]?.index ?? rest.length;
      values[(match[1] ?? '').toLowerCase()] = unquote(rest.slice(start, end));
    });
  }
  const positional = positionalText.split(/\s+/).filter(Boolean);
  return { kind: 'command', name, positional, values };
}
