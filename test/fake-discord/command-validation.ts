import { FormErrors } from './api-error.ts';
import { asArray, isObject, type JsonObject } from './json.ts';

const NAME = /^[-_'\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;
const SUBCOMMAND = 1;
const SUBCOMMAND_GROUP = 2;
const STRING = 3;
const VALID_OPTION_TYPES = new Set([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);

function checkName(errors: FormErrors, path: Array<string | number>, name: unknown): void {
  if (typeof name !== 'string' || !NAME.test(name) || name !== name.toLowerCase()) {
    errors.add(
      [...path, 'name'],
      'APPLICATION_COMMAND_INVALID_NAME',
      `Command name is invalid: ${String(name)}`,
    );
  }
}

function checkDescription(errors: FormErrors, path: Array<string | number>, description: unknown): void {
  if (typeof description !== 'string' || description.length < 1 || description.length > 100) {
    errors.add([...path, 'description'], 'BASE_TYPE_BAD_LENGTH', 'Must be between 1 and 100 in length.');
  }
}

function checkChoices(errors: FormErrors, path: Array<string | number>, option: JsonObject): void {
  const choices = asArray(option.choices);
  if (choices.length > 25)
    errors.add([...path, 'choices'], 'BASE_TYPE_MAX_LENGTH', 'Must be 25 or fewer in length.');
  if (choices.length > 0 && option.autocomplete === true) {
    errors.add(
      [...path, 'autocomplete'],
      'APPLICATION_COMMAND_OPTION_CHOICES_AUTOCOMPLETE',
      'Autocomplete cannot be set with choices',
    );
  }
  choices.forEach((choice, i) => {
    const c = isObject(choice) ? choice : {};
    if (typeof c.name !== 'string' || c.name.length < 1 || c.name.length > 100) {
      errors.add(
        [...path, 'choices', i, 'name'],
        'BASE_TYPE_BAD_LENGTH',
        'Must be between 1 and 100 in length.',
      );
    }
    if (option.type === STRING && (typeof c.value !== 'string' || c.value.length > 100)) {
      errors.add(
        [...path, 'choices', i, 'value'],
        'BASE_TYPE_BAD_LENGTH',
        'Must be between 1 and 100 in length.',
      );
    }
  });
}

function checkOptions(
  errors: FormErrors,
  path: Array<string | number>,
  options: unknown[],
  depth: number,
): void {
  if (options.length > 25)
    errors.add([...path, 'options'], 'BASE_TYPE_MAX_LENGTH', 'Must be 25 or fewer in length.');
  const names = new Set<string>();
  let sawOptional = false;
  options.forEach((raw, i) => {
    const at = [...path, 'options', i];
    const option = isObject(raw) ? raw : {};
    checkName(errors, at, option.name);
    checkDescription(errors, at, option.description);
    if (!VALID_OPTION_TYPES.has(Number(option.type)))
      errors.add([...at, 'type'], 'BASE_TYPE_CHOICES', 'Invalid option type');
    if (typeof option.name === 'string') {
      if (names.has(option.name))
        errors.add(
          [...at, 'name'],
          'APPLICATION_COMMAND_OPTIONS_NAME_ALREADY_EXISTS',
          'Option names must be unique',
        );
      names.add(option.name);
    }
    const nested = option.type === SUBCOMMAND || option.type === SUBCOMMAND_GROUP;
    if (nested) {
      if (depth >= 2 || (depth === 1 && option.type === SUBCOMMAND_GROUP)) {
        errors.add(
          [...at, 'type'],
          'APPLICATION_COMMAND_OPTIONS_TYPE_INVALID',
          'Sub-command groups nest at most once',
        );
      }
      checkOptions(errors, at, asArray(option.options), depth + 1);
      return;
    }
    if (option.required === true && sawOptional) {
      errors.add(
        [...at, 'required'],
        'APPLICATION_COMMAND_OPTIONS_REQUIRED_INVALID',
        'Required options must be placed before non-required options',
      );
    }
    if (option.required !== true) sawOptional = true;
    checkChoices(errors, at, option);
  });
}

/** Validates a bulk-overwrite body (PUT .../commands) as Discord does; throws 50035 with `<index>.<field>` paths. */
export function validateCommandRegistration(body: unknown): JsonObject[] {
  const errors = new FormErrors();
  if (!Array.isArray(body)) {
    errors.add([], 'BASE_TYPE_ARRAY', 'Must be an array.');
    errors.throwIfAny();
    return [];
  }
  if (body.length > 100) errors.add([], 'BASE_TYPE_MAX_LENGTH', 'Must be 100 or fewer in length.');
  const names = new Set<string>();
  body.forEach((raw, i) => {
    const command = isObject(raw) ? raw : {};
    const type = command.type ?? 1;
    checkName(errors, [i], command.name);
    if (type === 1) checkDescription(errors, [i], command.description);
    const key = `${String(type)}:${String(command.name)}`;
    if (names.has(key))
      errors.add(
        [i, 'name'],
        'APPLICATION_COMMANDS_DUPLICATE_NAME',
        `Application command names must be unique`,
      );
    names.add(key);
    const permissions = command.default_member_permissions;
    if (
      permissions !== undefined &&
      permissions !== null &&
      !(typeof permissions === 'string' && /^\d+$/.test(permissions))
    ) {
      errors.add(
        [i, 'default_member_permissions'],
        'PERMISSIONS_TYPE_INVALID',
        'Must be a permission bit set as a string',
      );
    }
    checkOptions(errors, [i], asArray(command.options), 0);
  });
  errors.throwIfAny();
  return body as JsonObject[];
}
