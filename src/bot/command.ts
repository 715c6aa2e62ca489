import type { RESTPostAPIChatInputApplicationCommandsJSONBody } from './discord.ts';
import type { MessagePayload } from '../render/payload.ts';
import type { Services } from './services.ts';

/**
 * What a command sees of an interaction. The Discord adapter builds it from a ChatInputCommandInteraction;
 * the CLI and the local console build it from typed text. Both run the same `execute`.
 */
export interface CommandOptions {
  getString(name: string): string | undefined;
  getInteger(name: string): number | undefined;
  getBoolean(name: string): boolean | undefined;
  /** A channel option: its id, and its type when known. */
  getChannel(name: string): { id: string; type?: number } | undefined;
  getSubcommand(): string | undefined;
}

export interface InvocationContext {
  options: CommandOptions;
  user: { id: string; name: string };
  /** Null in DMs. */
  guildId: string | null;
  channelId: string;
  /** Conversation memory key: the thread, or channel + user. */
  conversationKey: string;
  /** Whether the invoking member has Manage Server (checked again at run time, not only by Discord). */
  canManageGuild: boolean;
  services: Services;
}

export interface AnswerSummary {
  answered: boolean;
  text: string;
  sources: string[];
}

export interface CommandResult {
  payload: MessagePayload;
  /** For /ask and follow-ups: the answer as plain data (the CLI prints it with --json). */
  answer?: AnswerSummary;
}

/** Discord answers an autocomplete with at most this many choices. */
export const MAX_AUTOCOMPLETE_CHOICES = 25;

export interface AutocompleteChoice {
  name: string;
  value: string;
}

export interface AutocompleteContext {
  options: CommandOptions;
  focused: { name: string; value: string };
  guildId: string | null;
  services: Services;
}

export interface Command {
  data: { name: string; toJSON(): RESTPostAPIChatInputApplicationCommandsJSONBody };
  /** Defer before running (the dispatcher applies it) when the command may take longer than about a second. */
  defer?: 'ephemeral' | 'public';
  execute(ctx: InvocationContext): Promise<CommandResult>;
  autocomplete?(ctx: AutocompleteContext): AutocompleteChoice[] | Promise<AutocompleteChoice[]>;
}
