import { SlashCommandBuilder } from '../src/bot/discord.ts';
import type { Command } from '../src/bot/command.ts';
import { pageOfArticles } from '../src/answer/articles.ts';
import { renderArticles } from '../src/render/articles.ts';
import { libraryOf } from './shared/article.ts';

const data = new SlashCommandBuilder()
  .setName('articles')
  .setDescription('The articles in the library, newest first')
  .addIntegerOption((option) =>
    option.setName('page').setDescription('Page number (10 per page)').setMinValue(1),
  );

export default {
  data,
  async execute(ctx) {
    const page = ctx.options.getInteger('page') ?? 1;
    return { payload: renderArticles(pageOfArticles(libraryOf(ctx).list(), page)) };
  },
} satisfies Command;
