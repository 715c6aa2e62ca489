import { randomBytes } from 'node:crypto';
import type { Command, CommandResult, InvocationContext } from '../bot/command.ts';
import type { Services } from '../bot/services.ts';
import { UserError } from '../core/errors.ts';
import { renderInternalError, renderUnknownCommand, renderUserError } from '../render/errors.ts';
import { OPTION_TYPE, checkOptions, type CheckedInvocation, type OptionJson } from './check-options.ts';
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

/**
 * Fills the subcommand and the first required text option from positional words (`ask who attended?`);
 * returns the words nothing took.
 */
function applyPositional(
  command: Command,
  invocation: OfflineInvocation,
): { invocation: CheckedInvocation; leftover: string[] } {
  const words = [...(invocation.positional ?? [])];
  const options = (command.data.toJSON().options ?? []) as OptionJson[];
  let subcommand = invocation.subcommand;
  const hasSubcommands = options.some(
    (option) => option.type === OPTION_TYPE.subcommand || option.type === OPTION_TYPE.subcommandGroup,
  );
  if (hasSubcommands && subcommand === undefined) subcommand = words.shift();
  const values = { ...invocation.values };
  const textOption = options.find((option) => option.type === OPTION_TYPE.string && option.required);
  if (words.length && textOption && values[textOption.name] === undefined)
    values[textOption.name] = words.splice(0).join(' ');
  return { invocation: subcommand === undefined ? { values } : { subcommand, values }, leftover: words };
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
    const typed = applyPositional(command, invocation);
    const { subcommand, values } = checkOptions(command, typed.invocation, typed.leftover);
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
