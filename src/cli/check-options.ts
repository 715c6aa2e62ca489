import type { ApplicationCommandOptionType } from '../bot/discord.ts';
import type { Command } from '../bot/command.ts';
import { UserError } from '../core/errors.ts';
import type { OptionValues } from './text-options.ts';

/** The option type numbers of Discord's API, checked against discord.js's enum at compile time. */
export const OPTION_TYPE = {
  subcommand: 1 satisfies ApplicationCommandOptionType.Subcommand,
  subcommandGroup: 2 satisfies ApplicationCommandOptionType.SubcommandGroup,
  string: 3 satisfies ApplicationCommandOptionType.String,
  integer: 4 satisfies ApplicationCommandOptionType.Integer,
  number: 10 satisfies ApplicationCommandOptionType.Number,
} as const;

export interface OptionJson {
  type: number;
  name: string;
  required?: boolean;
  choices?: { name: string; value: string | number }[];
  min_value?: number;
  max_value?: number;
  min_length?: number;
  max_length?: number;
  options?: OptionJson[];
}

export interface CheckedInvocation {
  subcommand?: string;
  values: OptionValues;
}

function list(names: readonly string[]): string {
  return names.map((name) => `\`${name}\``).join(', ');
}

/** The options a subcommand (or the command itself) takes; a missing or unknown subcommand is a UserError. */
function optionsOf(commandName: string, top: OptionJson[], subcommand: string | undefined): OptionJson[] {
  const subcommands = top.filter(
    (option) => option.type === OPTION_TYPE.subcommand || option.type === OPTION_TYPE.subcommandGroup,
  );
  if (subcommands.length === 0) return top;
  const chosen = subcommands.find((option) => option.name === subcommand?.toLowerCase());
  if (!chosen) {
    const what = subcommand === undefined ? 'needs a subcommand' : `has no subcommand \`${subcommand}\``;
    throw new UserError(`\`/${commandName}\` ${what}: one of ${list(subcommands.map((s) => s.name))}.`);
  }
  return chosen.options ?? [];
}

function checkValue(option: OptionJson, raw: string): string {
  const value = raw.trim();
  if (option.choices?.length) {
    const choice = option.choices.find((c) => String(c.value).toLowerCase() === value.toLowerCase());
    if (!choice) {
      throw new UserError(
        `\`${option.name}\` must be one of ${list(option.choices.map((c) => String(c.value)))} (got "${value.slice(0, 40)}").`,
      );
    }
    return String(choice.value);
  }
  if (
    (option.type === OPTION_TYPE.integer || option.type === OPTION_TYPE.number) &&
    value !== '' &&
    Number.isFinite(Number(value))
  ) {
    const number = Number(value);
    if (option.min_value !== undefined && number < option.min_value)
      throw new UserError(`\`${option.name}\` must be at least ${option.min_value}.`);
    if (option.max_value !== undefined && number > option.max_value)
      throw new UserError(`\`${option.name}\` must be at most ${option.max_value}.`);
  }
  if (
    option.type === OPTION_TYPE.string &&
    option.max_length !== undefined &&
    raw.length > option.max_length
  ) {
    throw new UserError(
      `\`${option.name}\` takes at most ${option.max_length} characters (got ${raw.length}).`,
    );
  }
  return raw;
}

/**
 * Checks typed options against the command's definition the way Discord does before a command runs:
 * only options the command declares, required ones present, choices and numeric and length bounds kept.
 * Words left over (not taken as the subcommand or the main text option) are an error, not silently dropped.
 */
export function checkOptions(
  command: Command,
  invocation: CheckedInvocation,
  leftoverWords: readonly string[],
): CheckedInvocation {
  const name = command.data.name;
  const declared = optionsOf(
    name,
    (command.data.toJSON().options ?? []) as OptionJson[],
    invocation.subcommand,
  );
  const usage = declared.length
    ? `Its options: ${list(declared.map((o) => o.name))}.`
    : 'It takes no options.';
  const where = invocation.subcommand ? `/${name} ${invocation.subcommand}` : `/${name}`;
  const values: Record<string, string> = {};
  for (const [key, raw] of Object.entries(invocation.values)) {
    const option = declared.find((candidate) => candidate.name === key.toLowerCase());
    if (!option) throw new UserError(`\`${where}\` has no option \`${key}\`. ${usage}`);
    values[option.name] = checkValue(option, raw);
  }
  const missing = declared.filter((option) => option.required && values[option.name] === undefined);
  if (missing.length) throw new UserError(`\`${where}\` needs ${list(missing.map((o) => o.name))}. ${usage}`);
  if (leftoverWords.length) {
    const typedOption = /^([a-z][\w-]*):/i.exec(leftoverWords[0] ?? '')?.[1];
    throw new UserError(
      typedOption
        ? `\`${where}\` has no option \`${typedOption}\`. ${usage}`
        : `I did not understand "${leftoverWords.join(' ').slice(0, 60)}": give options by name. ${usage}`,
    );
  }
  return invocation.subcommand === undefined ? { values } : { subcommand: invocation.subcommand, values };
}
