/** `<command> [words…] [--option value | --option=value …] [--json]` */
export interface CliArgs {
  command: string | undefined;
  positional: string[];
  values: Record<string, string>;
  json: boolean;
  help: boolean;
}

const FLAGS = new Set(['json', 'help']);

export function parseCliArgs(argv: readonly string[]): CliArgs {
  const args: CliArgs = { command: undefined, positional: [], values: {}, json: false, help: false };
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index] ?? '';
    if (arg === '--') {
      args.positional.push(...argv.slice(index + 1));
      break;
    }
    const option = /^--([a-z][\w-]*)(?:=(.*))?$/is.exec(arg);
    if (option) {
      const name = (option[1] ?? '').toLowerCase();
      if (option[2] !== undefined) args.values[name] = option[2];
      else if (FLAGS.has(name)) args[name as 'json' | 'help'] = true;
      else {
        const next = argv[index + 1];
        // A value may itself start with "-" (a negative number) but not with "--".
        if (next === undefined || next.startsWith('--')) args.values[name] = 'true';
        else {
          args.values[name] = next;
          index++;
        }
      }
    } else if (args.command === undefined) args.command = arg;
    else args.positional.push(arg);
  }
  return args;
}
