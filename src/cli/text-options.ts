import type { CommandOptions } from '../bot/command.ts';
import { UserError } from '../core/errors.ts';

/** Option values typed as text (CLI flags, console `name:value` pairs). */
export type OptionValues = Readonly<Record<string, string>>;

/** Command options backed by typed text: integers, booleans and channels parsed as Discord would (names, required options and bounds: check-options.ts). */
export function optionsFromValues(values: OptionValues, subcommand?: string): CommandOptions {
  const value = (name: string) => values[name];
  return {
    getString: (name) => value(name),
    getInteger: (name) => {
      const raw = value(name)?.trim();
      if (raw === undefined || raw === '') return undefined;
      if (!/^-?\d+$/.test(raw))
        throw new UserError(`Option "${name}" must be a whole number (got "${raw.slice(0, 40)}").`);
      return Number(raw);
    },
    getBoolean: (name) => {
      const raw = value(name)?.trim().toLowerCase();
      if (raw === undefined || raw === '') return undefined;
      if (['true', 'yes', '1', 'on'].includes(raw)) return true;
      if (['false', 'no', '0', 'off'].includes(raw)) return false;
      throw new UserError(`Option "${name}" must be true or false.`);
    },
    getChannel: (name) => {
      const raw = value(name)?.trim();
      if (!raw) return undefined;
      const id = /^<#(\d+)>$/.exec(raw)?.[1] ?? raw;
      if (!/^\d+$/.test(id)) throw new UserError(`Option "${name}" must be a channel id (digits) or <#id>.`);
      return { id };
    },
    getSubcommand: () => subcommand,
  };
}
