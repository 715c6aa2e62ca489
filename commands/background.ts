import { SlashCommandBuilder } from '../src/bot/discord.ts';
import type { Command } from '../src/bot/command.ts';
import { backgroundOf } from '../src/answer/background.ts';
import { renderBackground } from '../src/render/background.ts';
import { articleChoices, articleOption, resolveArticle } from './shared/article.ts';

const data = new SlashCommandBuilder()
  .setName('background')
  .setDescription('The history behind the story, as a dated timeline')
  .addStringOption(articleOption);

export default {
  data,
  async execute(ctx) {
    return { payload: renderBackground(backgroundOf(resolveArticle(ctx))) };
  },
  autocomplete: articleChoices,
} satisfies Command;
