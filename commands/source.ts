import { SlashCommandBuilder } from '../src/bot/discord.ts';
import type { Command } from '../src/bot/command.ts';
import { sourceOf } from '../src/answer/source.ts';
import { renderSource } from '../src/render/source.ts';
import { articleChoices, articleOption, resolveArticle } from './shared/article.ts';

const data = new SlashCommandBuilder()
  .setName('source')
  .setDescription('The article’s source, date, link and numbered sentences')
  .addStringOption(articleOption);

export default {
  data,
  async execute(ctx) {
    return { payload: renderSource(sourceOf(resolveArticle(ctx))) };
  },
  autocomplete: articleChoices,
} satisfies Command;
