import { SlashCommandBuilder } from 'discord.js';
import type { AnswerSummary, Command } from '../src/bot/command.ts';
import { renderAsk, type Citation } from '../src/render/ask.ts';
import { articleChoices, articleOption, resolveArticle } from './shared/article.ts';

const data = new SlashCommandBuilder()
  .setName('ask')
  .setDescription('Ask a question about the article; the answer cites its source sentences')
  .addStringOption((option) =>
    option
      .setName('question')
      .setDescription('Your question, e.g. “Who attended the talks?”')
      .setRequired(true),
  )
  .addStringOption(articleOption);

const EMPTY_QUESTION = {
  answered: false,
  text: 'Ask me something about the article, for example “Who attended the talks?” or “What did they agree?”.',
  citations: [] as Citation[],
};

export default {
  data,
  async execute(ctx) {
    const question = ctx.options.getString('question') ?? '';
    const article = resolveArticle(ctx);
    const hasQuestion = question.replace(/[\s\u200b-\u200d\u2060\ufeff]/g, '').length > 0;
    const result = hasQuestion
      ? await ctx.services.answerer.ask(ctx.conversationKey, question, article)
      : EMPTY_QUESTION;
    const answer: AnswerSummary = {
      answered: result.answered,
      text: result.text,
      sources: result.citations.map((citation: Citation) => citation.text),
    };
    const payload = renderAsk({
      question,
      answered: result.answered,
      text: result.text,
      citations: result.citations,
      articleId: article.id,
      headline: article.headline,
    });
    return { payload, answer };
  },
  autocomplete: articleChoices,
} satisfies Command;
