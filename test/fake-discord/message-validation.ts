import { FormErrors, emptyMessage } from './api-error.ts';
import { asArray, isObject, type JsonObject } from './json.ts';

/** Discord's documented limits (discord-api-docs: Message, Embed limits, Components). */
export const LIMITS = {
  content: 2000,
  embeds: 10,
  embedTotal: 6000,
  title: 256,
  description: 4096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  author: 256,
  actionRows: 5,
  rowComponents: 5,
  buttonLabel: 80,
  customId: 100,
} as const;

const ALLOWED_MESSAGE_FLAGS = 4 | 64 | 4096 | 32768;

const tooLong = (max: number): [string, string] => [
  'BASE_TYPE_MAX_LENGTH',
  `Must be ${max} or fewer in length.`,
];
const required = (): [string, string] => ['BASE_TYPE_REQUIRED', 'This field is required'];

function checkString(
  errors: FormErrors,
  path: Array<string | number>,
  value: unknown,
  max: number,
  min = 0,
): number {
  if (value === undefined || value === null) {
    if (min > 0) errors.add(path, ...required());
    return 0;
  }
  if (typeof value !== 'string') {
    errors.add(path, 'STRING_TYPE_CONVERT', 'Could not interpret value as string.');
    return 0;
  }
  if (value.length > max) errors.add(path, ...tooLong(max));
  if (value.trim().length < min)
    errors.add(path, 'BASE_TYPE_BAD_LENGTH', `Must be between ${min} and ${max} in length.`);
  return value.length;
}

function checkEmbed(errors: FormErrors, embed: unknown, index: number): number {
  const at = (...rest: Array<string | number>) => ['embeds', index, ...rest];
  if (!isObject(embed)) {
    errors.add(at(), 'MODEL_TYPE_CONVERT', 'Only dictionaries may be used in a ModelType');
    return 0;
  }
  let chars = checkString(errors, at('title'), embed.title, LIMITS.title);
  chars += checkString(errors, at('description'), embed.description, LIMITS.description);
  if (embed.url !== undefined && (typeof embed.url !== 'string' || !/^https?:\/\/\S+$/.test(embed.url))) {
    errors.add(at('url'), 'URL_TYPE_INVALID_URL', 'Not a well formed URL.');
  }
  if (
    embed.color !== undefined &&
    !(Number.isInteger(embed.color) && Number(embed.color) >= 0 && Number(embed.color) <= 0xffffff)
  ) {
    errors.add(at('color'), 'NUMBER_TYPE_MAX', 'int value should be less than or equal to 16777215.');
  }
  if (
    embed.timestamp !== undefined &&
    (typeof embed.timestamp !== 'string' || Number.isNaN(Date.parse(embed.timestamp)))
  ) {
    errors.add(at('timestamp'), 'DATE_TYPE_PARSE', 'Could not parse timestamp. Should be ISO8601.');
  }
  if (embed.footer !== undefined)
    chars += checkString(
      errors,
      at('footer', 'text'),
      isObject(embed.footer) ? embed.footer.text : undefined,
      LIMITS.footer,
      1,
    );
  if (embed.author !== undefined)
    chars += checkString(
      errors,
      at('author', 'name'),
      isObject(embed.author) ? embed.author.name : undefined,
      LIMITS.author,
      1,
    );
  const fields = asArray(embed.fields);
  if (fields.length > LIMITS.fields)
    errors.add(at('fields'), 'BASE_TYPE_MAX_LENGTH', `Must be ${LIMITS.fields} or fewer in length.`);
  fields.forEach((field, i) => {
    const f = isObject(field) ? field : {};
    chars += checkString(errors, at('fields', i, 'name'), f.name, LIMITS.fieldName, 1);
    chars += checkString(errors, at('fields', i, 'value'), f.value, LIMITS.fieldValue, 1);
  });
  return chars;
}

function checkComponents(errors: FormErrors, components: unknown): void {
  const rows = asArray(components);
  if (rows.length > LIMITS.actionRows) errors.add(['components'], ...tooLong(LIMITS.actionRows));
  const customIds = new Set<string>();
  rows.forEach((row, r) => {
    if (!isObject(row) || row.type !== 1) {
      errors.add(
        ['components', r, 'type'],
        'UNION_TYPE_CHOICES',
        'Value of field "type" must be one of (1,).',
      );
      return;
    }
    const children = asArray(row.components);
    if (children.length === 0 || children.length > LIMITS.rowComponents) {
      errors.add(
        ['components', r, 'components'],
        'BASE_TYPE_BAD_LENGTH',
        'Must be between 1 and 5 in length.',
      );
    }
    children.forEach((child, c) => {
      const at = (key: string) => ['components', r, 'components', c, key];
      const button = isObject(child) ? child : {};
      if (button.type !== 2) {
        if (children.length > 1)
          errors.add(
            at('type'),
            'COMPONENT_LAYOUT_WIDTH_EXCEEDED',
            'The specified component exceeds the maximum width',
          );
        return;
      }
      checkString(errors, at('label'), button.label, LIMITS.buttonLabel);
      if (button.style === 5) {
        if (typeof button.url !== 'string') errors.add(at('url'), ...required());
        if (button.custom_id !== undefined)
          errors.add(
            at('custom_id'),
            'BUTTON_COMPONENT_CUSTOM_ID_INVALID',
            'A custom id is not allowed on a link button',
          );
      } else if ([1, 2, 3, 4].includes(Number(button.style))) {
        checkString(errors, at('custom_id'), button.custom_id, LIMITS.customId, 1);
        if (typeof button.custom_id === 'string') {
          if (customIds.has(button.custom_id))
            errors.add(
              at('custom_id'),
              'COMPONENT_CUSTOM_ID_DUPLICATED',
              'Component custom id cannot be duplicated',
            );
          customIds.add(button.custom_id);
        }
      } else {
        errors.add(at('style'), 'BASE_TYPE_CHOICES', 'Value must be one of {1, 2, 3, 4, 5, 6}.');
      }
    });
  });
}

/**
 * Validates a message body as Discord does for create / edit / interaction responses: throws 50035 with
 * the field path, or 50006 for an empty create.
 */
export function validateMessageBody(body: JsonObject, mode: 'create' | 'edit'): void {
  const errors = new FormErrors();
  checkString(errors, ['content'], body.content, LIMITS.content);
  const embeds = asArray(body.embeds);
  if (embeds.length > LIMITS.embeds) errors.add(['embeds'], ...tooLong(LIMITS.embeds));
  const totalChars = embeds.reduce<number>((sum, embed, i) => sum + checkEmbed(errors, embed, i), 0);
  if (totalChars > LIMITS.embedTotal)
    errors.add(['embeds'], 'MAX_EMBED_SIZE_EXCEEDED', 'Embed size exceeds maximum size of 6000');
  if (body.components !== undefined && body.components !== null) checkComponents(errors, body.components);
  if (
    body.flags !== undefined &&
    body.flags !== null &&
    (Number(body.flags) & ~ALLOWED_MESSAGE_FLAGS) !== 0
  ) {
    errors.add(['flags'], 'MESSAGE_FLAGS_INVALID', 'Invalid message flags');
  }
  checkAllowedMentions(errors, body.allowed_mentions);
  if (mode === 'create') checkNonce(errors, body);
  errors.throwIfAny();
  const hasContent = typeof body.content === 'string' && body.content.length > 0;
  const hasOther =
    embeds.length > 0 ||
    asArray(body.components).length > 0 ||
    asArray(body.attachments).length > 0 ||
    asArray(body.sticker_ids).length > 0;
  if (mode === 'create' && !hasContent && !hasOther) throw emptyMessage();
}

/** A nonce is an integer or a string of at most 25 characters; enforce_nonce a boolean. */
function checkNonce(errors: FormErrors, body: JsonObject): void {
  const { nonce, enforce_nonce: enforce } = body;
  if (nonce !== undefined && nonce !== null) {
    if (typeof nonce === 'string') {
      if (nonce.length > 25) errors.add(['nonce'], ...tooLong(25));
    } else if (!Number.isSafeInteger(nonce)) {
      errors.add(['nonce'], 'NONCE_TYPE_INVALID', 'Nonce must be an integer or a string.');
    }
  }
  if (enforce !== undefined && enforce !== null && typeof enforce !== 'boolean')
    errors.add(['enforce_nonce'], 'BOOLEAN_TYPE_CONVERT', 'Must be either true or false.');
}

function checkAllowedMentions(errors: FormErrors, value: unknown): void {
  if (value === undefined || value === null) return;
  if (!isObject(value)) {
    errors.add(['allowed_mentions'], 'MODEL_TYPE_CONVERT', 'Only dictionaries may be used in a ModelType');
    return;
  }
  const parse = asArray(value.parse);
  for (const [i, kind] of parse.entries()) {
    if (!['users', 'roles', 'everyone'].includes(String(kind)))
      errors.add(
        ['allowed_mentions', 'parse', i],
        'BASE_TYPE_CHOICES',
        "Value must be one of ('users', 'roles', 'everyone').",
      );
  }
  if (parse.includes('users') && asArray(value.users).length > 0) {
    errors.add(
      ['allowed_mentions', '_errors'],
      'MESSAGE_ALLOWED_MENTIONS_PARSE_EXCLUSIVE',
      'parse:["users"] and users: [ids] are mutually exclusive.',
    );
  }
}

export interface Pings {
  everyone: boolean;
  users: string[];
  roles: string[];
  repliedUser: boolean;
}

/**
 * Who a message would actually notify, as Discord computes it. Without `allowed_mentions`, channel messages
 * parse everything; interaction responses parse users only.
 */
export function computePings(body: JsonObject, source: 'channel' | 'interaction', isReply: boolean): Pings {
  const content = typeof body.content === 'string' ? body.content : '';
  const allowed = isObject(body.allowed_mentions) ? body.allowed_mentions : undefined;
  const parse = new Set(
    allowed
      ? asArray(allowed.parse).map(String)
      : source === 'channel'
        ? ['users', 'roles', 'everyone']
        : ['users'],
  );
  const explicitUsers = new Set(allowed ? asArray(allowed.users).map(String) : []);
  const explicitRoles = new Set(allowed ? asArray(allowed.roles).map(String) : []);
  const mentionedUsers = [...content.matchAll(/<@!?(\d+)>/g)].map((m) => m[1] ?? '');
  const mentionedRoles = [...content.matchAll(/<@&(\d+)>/g)].map((m) => m[1] ?? '');
  return {
    everyone: parse.has('everyone') && /@(everyone|here)/.test(content),
    users: mentionedUsers.filter((id) => parse.has('users') || explicitUsers.has(id)),
    roles: mentionedRoles.filter((id) => parse.has('roles') || explicitRoles.has(id)),
    repliedUser: isReply && (allowed ? allowed.replied_user === true : true),
  };
}

export interface PolicyViolation {
  route: string;
  kind: 'allowed_mentions-missing' | 'allowed_mentions-parse-not-empty' | 'pings-someone';
  detail: string;
}

/** The project's own rule (not Discord's): every message sets allowed_mentions and pings nobody. */
export function checkMentionPolicy(route: string, body: JsonObject, pings: Pings): PolicyViolation[] {
  const violations: PolicyViolation[] = [];
  const carriesText = typeof body.content === 'string' || asArray(body.embeds).length > 0;
  if (!carriesText) return violations;
  if (!isObject(body.allowed_mentions)) {
    violations.push({
      route,
      kind: 'allowed_mentions-missing',
      detail: 'no allowed_mentions in the payload',
    });
  } else if (asArray(body.allowed_mentions.parse).length > 0) {
    violations.push({
      route,
      kind: 'allowed_mentions-parse-not-empty',
      detail: JSON.stringify(body.allowed_mentions),
    });
  }
  if (pings.everyone || pings.users.length > 0 || pings.roles.length > 0 || pings.repliedUser) {
    violations.push({ route, kind: 'pings-someone', detail: JSON.stringify(pings) });
  }
  return violations;
}
