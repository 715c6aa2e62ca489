import {
  PermissionFlagsBits,
  type AutocompleteInteraction,
  type ChatInputCommandInteraction,
  type CommandInteractionOption,
} from './discord.ts';
import type { CommandOptions, InvocationContext } from './command.ts';
import type { Services } from './services.ts';

interface OptionSource {
  get(name: string, required?: boolean): CommandInteractionOption | null;
  getSubcommand(required: boolean): string | null;
}

/** The command's view of a Discord interaction's options (the same interface the CLI and console build). */
export function optionsFromInteraction(options: OptionSource): CommandOptions {
  const raw = (name: string) => options.get(name, false);
  return {
    getString: (name) => {
      const value = raw(name)?.value;
      return typeof value === 'string' ? value : undefined;
    },
    getInteger: (name) => {
      const value = raw(name)?.value;
      return typeof value === 'number' ? Math.trunc(value) : undefined;
    },
    getBoolean: (name) => {
      const value = raw(name)?.value;
      return typeof value === 'boolean' ? value : undefined;
    },
    getChannel: (name) => {
      const option = raw(name);
      if (!option) return undefined;
      const id = option.channel?.id ?? (typeof option.value === 'string' ? option.value : undefined);
      if (!id) return undefined;
      const type = option.channel?.type;
      return type === undefined ? { id } : { id, type };
    },
    getSubcommand: () => {
      try {
        return options.getSubcommand(false) ?? undefined;
      } catch {
        return undefined;
      }
    },
  };
}

/** Conversation memory key: the thread when in one, else the channel and user. */
export function conversationKeyFor(
  interaction: ChatInputCommandInteraction | AutocompleteInteraction,
): string {
  const inThread = interaction.channel?.isThread() ?? false;
  return inThread ? (interaction.channelId ?? '') : `${interaction.channelId ?? 'dm'}:${interaction.user.id}`;
}

export function contextFromInteraction(
  interaction: ChatInputCommandInteraction,
  services: Services,
): InvocationContext {
  return {
    options: optionsFromInteraction(interaction.options),
    user: { id: interaction.user.id, name: interaction.user.username },
    guildId: interaction.guildId,
    channelId: interaction.channelId,
    conversationKey: conversationKeyFor(interaction),
    canManageGuild: interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild) ?? false,
    services,
  };
}
