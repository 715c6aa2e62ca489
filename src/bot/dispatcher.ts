import { randomBytes } from 'node:crypto';
import {
  type AutocompleteInteraction,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type Interaction,
  type RepliableInteraction,
} from './discord.ts';
import {
  MAX_AUTOCOMPLETE_CHOICES,
  type AutocompleteChoice,
  type Command,
  type CommandResult,
} from './command.ts';
import type { Services } from './services.ts';
import { UserError } from '../core/errors.ts';
import { renderInternalError, renderUnknownCommand, renderUserError } from '../render/errors.ts';
import { buildPayload } from '../render/embed.ts';
import { contextFromInteraction, optionsFromInteraction } from './interaction-context.ts';
import { deferReply, respondWith } from './interaction-reply.ts';
import { metrics, type InteractionOutcome } from '../ops/metrics.ts';

/** Handles a button whose custom_id starts with the key it is registered under (`ask-thread:<articleId>`). */
export type ComponentHandler = (interaction: ButtonInteraction) => Promise<void>;

export interface DispatcherOptions {
  /** Defer a command still running after this long (Discord wants a response within 3 s). */
  autoDeferMs?: number;
  /** A short id tying an error message a user sees to the log line behind it. */
  referenceId?: () => string;
  /** False for the rehearsal before "ready" (src/bot/rehearsal.ts): its interactions are not users'. */
  recordMetrics?: boolean;
}

const AUTO_DEFER_MS = 1500;
const NOT_SETTLED_MARK = Symbol('not settled');
const NOT_SETTLED = Promise.resolve(NOT_SETTLED_MARK);
const MAX_CHOICE_TEXT = 100;
/** Unknown interaction (token expired or already used) and interaction already acknowledged. */
const GONE_CODES = new Set([10062, 40060]);

function errorCode(error: unknown): number | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'number' ? code : undefined;
}

function isUserError(error: unknown): error is Error {
  return error instanceof UserError || (error instanceof Error && error.name === 'UserError');
}

function outcomeOf(error: unknown): InteractionOutcome {
  if (isUserError(error)) return 'user_error';
  return GONE_CODES.has(errorCode(error) ?? 0) ? 'expired' : 'failed';
}

function clip(text: string): string {
  return text.length <= MAX_CHOICE_TEXT ? text : `${text.slice(0, MAX_CHOICE_TEXT - 1)}…`;
}

/**
 * The discord.js `interactionCreate` listener: runs slash commands (deferring when declared or slow),
 * answers autocomplete, routes buttons, and sorts every error into a reply. It never rejects.
 */
export function createInteractionHandler(
  commands: readonly Command[],
  services: Services,
  componentHandlers: Readonly<Record<string, ComponentHandler>> = {},
  options: DispatcherOptions = {},
): (interaction: Interaction) => Promise<void> {
  const byName = new Map(commands.map((command) => [command.data.name, command]));
  const autoDeferMs = options.autoDeferMs ?? AUTO_DEFER_MS;
  const newReferenceId = options.referenceId ?? (() => randomBytes(4).toString('hex'));
  const { logger } = services;
  const countInteraction: typeof metrics.interaction =
    options.recordMetrics === false ? () => undefined : (...args) => metrics.interaction(...args);

  /** Replies with whatever the error calls for; a failure to reply is logged, never thrown. */
  async function reportError(
    interaction: RepliableInteraction,
    error: unknown,
    what: Record<string, unknown>,
    deferredEphemerally = false,
  ): Promise<void> {
    let payload;
    if (isUserError(error)) {
      payload = renderUserError(error.message);
    } else if (GONE_CODES.has(errorCode(error) ?? 0)) {
      logger.warn({ ...what, code: errorCode(error) }, 'interaction expired or already answered');
      return;
    } else {
      const reference = newReferenceId();
      logger.error({ ...what, err: error, reference }, `interaction failed (reference ${reference})`);
      payload = renderInternalError(reference);
    }
    await safely(() => respondWith(interaction, payload, deferredEphemerally), what);
  }

  async function safely(send: () => Promise<unknown>, what: Record<string, unknown>): Promise<void> {
    try {
      await send();
    } catch (error) {
      const code = errorCode(error);
      if (code !== undefined && GONE_CODES.has(code)) {
        logger.warn({ ...what, code }, 'interaction expired or already answered');
      } else {
        logger.error({ ...what, err: error }, 'could not respond to an interaction');
      }
    }
  }

  /** Runs execute; if it has not settled after autoDeferMs, defers publicly and waits for it. */
  async function executeWithAutoDefer(
    interaction: ChatInputCommandInteraction,
    run: Promise<CommandResult>,
  ): Promise<CommandResult> {
    // A command that has already settled (an answer computed synchronously, as /ask and /summary are) wins
    // the race against an already resolved marker, and needs no timer.
    const settled = await Promise.race([run, NOT_SETTLED]);
    if (settled !== NOT_SETTLED_MARK) return settled;
    let timer: NodeJS.Timeout | undefined;
    const slow = new Promise<'slow'>((resolve) => {
      timer = setTimeout(() => resolve('slow'), autoDeferMs);
    });
    try {
      const first = await Promise.race([run, slow]);
      if (first !== 'slow') return first;
    } finally {
      clearTimeout(timer);
    }
    logger.info({ command: interaction.commandName, afterMs: autoDeferMs }, 'command is slow: deferring');
    await deferReply(interaction, false);
    return run;
  }

  async function onCommand(interaction: ChatInputCommandInteraction): Promise<void> {
    const what = { command: interaction.commandName, interaction: interaction.id, user: interaction.user.id };
    const command = byName.get(interaction.commandName);
    const started = performance.now();
    if (!command) {
      logger.warn(what, 'unknown command');
      await safely(() => respondWith(interaction, renderUnknownCommand(interaction.commandName)), what);
      countInteraction('unknown', 'unknown_command', (performance.now() - started) / 1000);
      return;
    }
    const deferredEphemerally = command.defer === 'ephemeral';
    let outcome: InteractionOutcome = 'answered';
    try {
      if (command.defer) await deferReply(interaction, deferredEphemerally);
      const run = command.execute(contextFromInteraction(interaction, services));
      const result = interaction.deferred ? await run : await executeWithAutoDefer(interaction, run);
      await respondWith(interaction, result.payload, deferredEphemerally);
    } catch (error) {
      outcome = outcomeOf(error);
      await reportError(interaction, error, what, deferredEphemerally);
    } finally {
      countInteraction(command.data.name, outcome, (performance.now() - started) / 1000);
    }
  }

  async function onAutocomplete(interaction: AutocompleteInteraction): Promise<void> {
    const what = { command: interaction.commandName, interaction: interaction.id, autocomplete: true };
    let choices: AutocompleteChoice[] = [];
    try {
      const command = byName.get(interaction.commandName);
      if (command?.autocomplete) {
        const focused = interaction.options.getFocused(true);
        choices = await command.autocomplete({
          options: optionsFromInteraction(interaction.options),
          focused: { name: focused.name, value: String(focused.value) },
          guildId: interaction.guildId,
          services,
        });
      }
    } catch (error) {
      logger.error({ ...what, err: error }, 'autocomplete failed');
    }
    const valid = choices
      .filter((choice) => choice.value.length > 0)
      .slice(0, MAX_AUTOCOMPLETE_CHOICES)
      .map((choice) => ({ name: clip(choice.name || choice.value), value: clip(choice.value) }));
    if (interaction.responded) return;
    await safely(() => interaction.respond(valid), what);
  }

  async function onButton(interaction: ButtonInteraction): Promise<void> {
    const prefix = interaction.customId.split(':')[0] ?? '';
    const what = { button: prefix, interaction: interaction.id, user: interaction.user.id };
    const handler = componentHandlers[prefix];
    if (!handler) {
      logger.warn(what, 'no handler for this button');
      const payload = buildPayload({ content: 'This button no longer works.', ephemeral: true });
      await safely(() => respondWith(interaction, payload), what);
      return;
    }
    const started = performance.now();
    let outcome: InteractionOutcome = 'answered';
    try {
      await handler(interaction);
    } catch (error) {
      outcome = outcomeOf(error);
      await reportError(interaction, error, what);
    } finally {
      countInteraction(`button:${prefix}`, outcome, (performance.now() - started) / 1000);
    }
  }

  return async function onInteraction(interaction: Interaction): Promise<void> {
    try {
      if (interaction.isChatInputCommand()) await onCommand(interaction);
      else if (interaction.isAutocomplete()) await onAutocomplete(interaction);
      else if (interaction.isButton()) await onButton(interaction);
      else logger.debug({ type: interaction.type, interaction: interaction.id }, 'ignored interaction');
    } catch (error) {
      logger.error({ err: error, interaction: interaction.id }, 'interaction handler failed');
    }
  };
}
