/**
 * A Discord message body as plain API JSON (snake_case, exactly what is sent over REST). Built by the
 * render layer, validated against Discord's limits in tests, and handed to discord.js by the adapters.
 */
export interface EmbedField {
  name: string;
  value: string;
  inline?: boolean;
}

export interface Embed {
  title?: string;
  description?: string;
  url?: string;
  color?: number;
  timestamp?: string;
  footer?: { text: string };
  author?: { name: string; url?: string };
  fields?: EmbedField[];
}

export interface AllowedMentions {
  parse: Array<'users' | 'roles' | 'everyone'>;
  users?: string[];
  roles?: string[];
  replied_user?: boolean;
}

export interface ButtonComponent {
  type: 2;
  style: 1 | 2 | 3 | 4 | 5;
  label: string;
  custom_id?: string;
  url?: string;
  disabled?: boolean;
}

export interface ActionRow {
  type: 1;
  components: ButtonComponent[];
}

/** Discord's MessageFlags.Ephemeral. */
export const EPHEMERAL_FLAG = 1 << 6;

export interface MessagePayload {
  content?: string;
  embeds?: Embed[];
  components?: ActionRow[];
  allowed_mentions: AllowedMentions;
  flags?: number;
  message_reference?: { message_id: string; channel_id?: string; fail_if_not_exists?: boolean };
}

/** The default for every message the bot sends: nobody is pinged. */
export const NO_MENTIONS: AllowedMentions = Object.freeze({ parse: [] }) as AllowedMentions;
