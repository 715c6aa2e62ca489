import type { SlashCommandStringOption } from '../../src/bot/discord.ts';
import {
  MAX_AUTOCOMPLETE_CHOICES,
  type AutocompleteChoice,
  type AutocompleteContext,
  type InvocationContext,
} from '../../src/bot/command.ts';
import { UserError } from '../../src/core/errors.ts';
import type { Article } from '../../src/model/schema.ts';
import type { ArticleView } from '../../src/model/server-library.ts';

export const ARTICLE_OPTION = 'article';
const MAX_CHOICE_TEXT = 100;

/** The `article` option every article command takes: autocompleted by headline, newest by default. */
export function articleOption(option: SlashCommandStringOption): SlashCommandStringOption {
  return option
    .setName(ARTICLE_OPTION)
    .setDescription('Which article (type to search headlines; the newest by default)')
    .setAutocomplete(true)
    .setMaxLength(MAX_CHOICE_TEXT);
}

function clip(text: string, max = MAX_CHOICE_TEXT): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

/** The library as this server sees it: bundled articles plus its own feeds' (no other server's). */
export function libraryOf(ctx: Pick<InvocationContext, 'services' | 'guildId'>): ArticleView {
  return ctx.services.libraryFor?.(ctx.guildId) ?? ctx.services.library;
}

/** The article named by the `article` option (an id, or a headline typed in full), else the newest. */
export function resolveArticle(ctx: Pick<InvocationContext, 'options' | 'services' | 'guildId'>): Article {
  const library = libraryOf(ctx);
  const wanted = ctx.options.getString(ARTICLE_OPTION)?.trim();
  if (!wanted) {
    const latest = library.latest();
    if (!latest)
      throw new UserError(
        "The library has no articles yet: the operator can add one to the bot's articles folder (ARTICLES_DIR).",
      );
    return latest;
  }
  const byId = library.get(wanted.toLowerCase());
  if (byId) return byId;
  const byHeadline = library
    .list()
    .find((article) => article.headline.toLowerCase() === wanted.toLowerCase());
  if (byHeadline) return byHeadline;
  throw new UserError(
    `I have no article "${clip(wanted, 60)}". Pick one from the suggestions while typing, see /articles for the ids, or leave the option out for the newest article.`,
  );
}

/** Autocomplete for the `article` option: headlines matching what was typed (newest first when empty). */
export function articleChoices(ctx: AutocompleteContext): AutocompleteChoice[] {
  const typed = ctx.focused.value.trim();
  const library = libraryOf(ctx);
  const matches = typed
    ? library.search(typed, MAX_AUTOCOMPLETE_CHOICES)
    : library.list().slice(0, MAX_AUTOCOMPLETE_CHOICES);
  return matches
    .slice(0, MAX_AUTOCOMPLETE_CHOICES)
    .map((article) => ({ name: clip(article.headline), value: article.id }));
}
