import { SlashCommandBuilder } from '../src/bot/discord.ts';
import {
  MAX_AUTOCOMPLETE_CHOICES,
  type AutocompleteChoice,
  type AutocompleteContext,
  type Command,
} from '../src/bot/command.ts';
import { listParticipants, participantCountries } from '../src/answer/participants.ts';
import { renderParticipants } from '../src/render/participants.ts';
import { flagEmoji } from '../src/render/text.ts';
import { ARTICLE_OPTION, articleChoices, articleOption, resolveArticle } from './shared/article.ts';

const data = new SlashCommandBuilder()
  .setName('participants')
  .setDescription('Who took part, grouped by country')
  .addStringOption((option) =>
    option
      .setName('country')
      .setDescription('Only this country (type to pick from the article’s countries)')
      .setAutocomplete(true)
      .setMaxLength(60),
  )
  .addStringOption(articleOption);

function countryChoices(ctx: AutocompleteContext): AutocompleteChoice[] {
  let article;
  try {
    article = resolveArticle(ctx);
  } catch {
    return [];
  }
  const typed = ctx.focused.value.trim().toLowerCase();
  return participantCountries(article)
    .filter(
      (country) =>
        !typed ||
        [country.id, country.name, country.demonym, ...country.aliases].some((label) =>
          label.toLowerCase().includes(typed),
        ),
    )
    .slice(0, MAX_AUTOCOMPLETE_CHOICES)
    .map((country) => ({ name: `${flagEmoji(country.id)} ${country.name}`.trim(), value: country.id }));
}

export default {
  data,
  async execute(ctx) {
    const answer = listParticipants(resolveArticle(ctx), ctx.options.getString('country'));
    return { payload: renderParticipants(answer) };
  },
  autocomplete(ctx) {
    return ctx.focused.name === ARTICLE_OPTION ? articleChoices(ctx) : countryChoices(ctx);
  },
} satisfies Command;
