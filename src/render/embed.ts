import {
  EPHEMERAL_FLAG,
  NO_MENTIONS,
  type ActionRow,
  type Embed,
  type EmbedField,
  type MessagePayload,
} from './payload.ts';
import { LIMITS, embedLength } from './limits.ts';
import { TRIM_HINT, fitText, neutralizeMentions } from './text.ts';

export const BRAND_COLOR = 0x2b6cb0;
export const ERROR_COLOR = 0xc53030;

export interface EmbedSpec {
  title?: string;
  description?: string;
  url?: string;
  color?: number;
  footer?: string;
  fields?: EmbedField[];
}

function clamp(text: string, max: number, hint = '…'): string {
  return fitText(neutralizeMentions(text), max, hint);
}

/** An embed with every text neutralised and fitted to its Discord limit; empty fields are dropped. */
export function buildEmbed(spec: EmbedSpec): Embed {
  const embed: Embed = { color: spec.color ?? BRAND_COLOR };
  if (spec.title) embed.title = clamp(spec.title, LIMITS.title);
  if (spec.url) embed.url = spec.url;
  if (spec.description) embed.description = clamp(spec.description, LIMITS.description, TRIM_HINT);
  const fields = (spec.fields ?? [])
    .filter((field) => field.name.trim() && field.value.trim())
    .slice(0, LIMITS.fields)
    .map((field) => {
      const fitted: EmbedField = {
        name: clamp(field.name, LIMITS.fieldName),
        value: clamp(field.value, LIMITS.fieldValue, TRIM_HINT),
      };
      if (field.inline !== undefined) fitted.inline = field.inline;
      return fitted;
    });
  if (fields.length) embed.fields = fields;
  if (spec.footer) embed.footer = { text: clamp(spec.footer, LIMITS.footer) };
  return embed;
}

const FIELDS_TRIMMED = '… (more not shown — Discord’s message limit)';

/** Shrinks an embed to `room` characters: drops trailing fields, then trims the description. */
function shrinkEmbed(embed: Embed, room: number): Embed | undefined {
  const shrunk: Embed = { ...embed, fields: [...(embed.fields ?? [])] };
  let dropped = false;
  while (embedLength(shrunk) > room && shrunk.fields!.length > 0) {
    shrunk.fields!.pop();
    dropped = true;
  }
  if (shrunk.fields!.length === 0) delete shrunk.fields;
  if (dropped) shrunk.footer = { text: FIELDS_TRIMMED };
  const excess = embedLength(shrunk) - room;
  if (excess > 0 && shrunk.description) {
    const keep = shrunk.description.length - excess;
    if (keep < TRIM_HINT.length + 40) return undefined;
    shrunk.description = fitText(shrunk.description, keep, TRIM_HINT);
  }
  return embedLength(shrunk) <= room && embedLength(shrunk) > 0 ? shrunk : undefined;
}

/** Keeps embeds while they fit Discord's 6000-character total and 10-embed cap; the last one may shrink. */
function fitEmbeds(embeds: Embed[]): Embed[] {
  const kept: Embed[] = [];
  let total = 0;
  for (const embed of embeds.slice(0, LIMITS.embeds)) {
    const length = embedLength(embed);
    if (total + length > LIMITS.embedTotal) {
      const shrunk = shrinkEmbed(embed, LIMITS.embedTotal - total);
      if (shrunk) kept.push(shrunk);
      break;
    }
    kept.push(embed);
    total += length;
  }
  return kept;
}

export interface PayloadSpec {
  content?: string;
  embeds?: Embed[];
  components?: ActionRow[];
  ephemeral?: boolean;
}

/** The one way render functions make a message: no mentions, texts neutralised, within every limit. */
export function buildPayload(spec: PayloadSpec): MessagePayload {
  const payload: MessagePayload = { allowed_mentions: { ...NO_MENTIONS, parse: [] } };
  if (spec.content) payload.content = clamp(spec.content, LIMITS.content, TRIM_HINT);
  if (spec.embeds?.length) payload.embeds = fitEmbeds(spec.embeds);
  if (spec.components?.length) payload.components = spec.components.slice(0, LIMITS.actionRows);
  if (spec.ephemeral) payload.flags = EPHEMERAL_FLAG;
  return payload;
}
