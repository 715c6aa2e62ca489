import { randomBytes } from 'node:crypto';
import type { ApplicationCommandOptionType } from 'discord.js';
import type { Command, CommandResult, InvocationContext } from '../bot/command.ts';
import type { Services } from '../bot/services.ts';
import { UserError } from '../core/errors.ts';
import { renderInternalError, renderUnknownCommand, renderUserError } from '../render/errors.ts';
import { optionsFromValues, type OptionValues } from './text-options.ts';

/** Who and where an offline invocation runs as: one operator with Manage Server, in one test server. */
export const OFFLINE_IDENTITY = {
  userId: '100000000000000001',
  userName: 'operator',
  guildId: '100000000000000002',
  channelId: '100000000000000003',
} as const;

export interface OfflineInvocation {
  name: string;
  subcommand?: string;
  values: OptionValues;
  /** Words not given as an option: the subcommand, then the first required text option (e.g. the question). */
  positional?: readonly string[];
  conversationKey?: string;
}

export interface OfflineResult extends CommandResult {
  /** False when the command was unknown or failed (a user error or an internal one). */
  ok: boolean;
}

const SUBCOMMAND = 1 satisfies ApplicationCommandOptionType.Subcommand;
const SUBCOMMAND_GROUP = 2 satisfies ApplicationCommandOptionType.SubcommandGroup;
const STRING = 3 satisfies ApplicationCommandOptionType.String;

interface OptionShape {
  type: number;
  name: string;
  required?: boolean;
}

/** Fills the subcommand and the first required text option from positional words (`ask who attended?`). */
function applyPositional(
  command: Command,
  invocation: OfflineInvocation,
): { subcommand?: string; values: OptionValues } {
  const words = [...(invocation.positional ?? [])];
  const options = (command.data.toJSON().options ?? []) as OptionShape[];
  let subcommand = invocation.subcommand;
  const hasSubcommands = options.some(
    (option) => option.type === SUBCOMMAND || option.type === SUBCOMMAND_GROUP,
  );
  if (hasSubcommands && subcommand === undefined) subcommand = words.shift();
  const values = { ...invocation.values };
  const textOption = options.find((option) => option.type === STRING && option.required);
  if (words.length && textOption && values[textOption.name] === undefined)
    values[textOption.name] = words.join(' ');
  return subcommand === undefined ? { values } : { subcommand, values };
}

/** Runs a command offline through the same `execute` as Discord, sorting errors the way the dispatcher does. */
export async function invokeOffline(
  commands: readonly Command[],
  services: Services,
  invocation: OfflineInvocation,
): Promise<OfflineResult> {
  const name = invocation.name.replace(/^\//, '').toLowerCase();
  const command = commands.find((candidate) => candidate.data.name === name);
  if (!command) return { ok: false, payload: renderUnknownCommand(name) };
  try {
    const { subcommand, values } = applyPositional(command, invocation);
    const ctx: InvocationContext = {
      options: optionsFromValues(values, subcommand),
      user: { id: OFFLINE_IDENTITY.userId, name: OFFLINE_IDENTITY.userName },
      guildId: OFFLINE_IDENTITY.guildId,
      channelId: OFFLINE_IDENTITY.channelId,
      conversationKey:
        invocation.conversationKey ?? `${OFFLINE_IDENTITY.channelId}:${OFFLINE_IDENTITY.userId}`,
      canManageGuild: true,
      services,
    };
    return { ok: true, ...(await command.execute(ctx)) };
  } catch (error) {
    if (error instanceof UserError || (error instanceof Error && error.name === 'UserError')) {
      return { ok: false, payload: renderUserError(error.message) };
    }
    const reference = randomBytes(4).toString('hex');
    services.logger.error(
      { err: error, command: name, reference },
      `command failed (reference ${reference})`,
    );
    return { ok: false, payload: renderInternalError(reference) };
  }
}
