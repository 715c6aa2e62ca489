import { SlashCommandBuilder } from '../src/bot/discord.ts';
import type { Command, InvocationContext } from '../src/bot/command.ts';
import { UserError } from '../src/core/errors.ts';
import { SUMMARY_LENGTHS, isSummaryLength, summarizeArticle } from '../src/answer/summary.ts';
import { renderSummary } from '../src/render/summary.ts';
import { articleChoices, articleOption, resolveArticle } from './shared/article.ts';

const data = new SlashCommandBuilder()
  .setName('summary')
  .setDescription('The story in brief, standard or detailed length')
  .addStringOption((option) =>
    option
      .setName('length')
      .setDescription('How much detail (standard by default)')
      .addChoices(...SUMMARY_LENGTHS.map((length) => ({ name: length, value: length }))),
  )
  .addStringOption(articleOption);

function lengthOption(ctx: InvocationContext) {
  const length = ctx.options.getString('length')?.trim().toLowerCase() || 'standard';
  if (!isSummaryLength(length)) {
    throw new UserError(`Length must be one of ${SUMMARY_LENGTHS.join(', ')}.`);
  }
  return length;
}

export default {
  data,
  async execute(ctx) {
    const length = lengthOption(ctx);
    return { payload: renderSummary(summarizeArticle(resolveArticle(ctx), length)) };
  },
  autocomplete: articleChoices,
} satisfies Command;
