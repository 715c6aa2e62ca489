import { SlashCommandBuilder } from '../src/bot/discord.ts';
import type { AnswerSummary, Command } from '../src/bot/command.ts';
import type { RoutedAnswer } from '../src/answer/qa/index.ts';
import { renderAsk, type Citation } from '../src/render/ask.ts';
import { ARTICLE_OPTION, articleChoices, articleOption, resolveArticle } from './shared/article.ts';

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
    // The article option pins one article; without it the question goes to the article it is about.
    const pinned = ctx.options.getString(ARTICLE_OPTION)?.trim() ? resolveArticle(ctx) : undefined;
    const library = ctx.services.library.list();
    if (!pinned && library.length === 0) resolveArticle(ctx); // throws the "library has no articles" error
    const hasQuestion = question.replace(/[\s\u200b-\u200d\u2060\ufeff]/g, '').length > 0;
    const result: RoutedAnswer = hasQuestion
      ? ctx.services.answerer.ask(ctx.conversationKey, question, pinned ?? { library }, {
          channel: ctx.channelId,
        })
      : EMPTY_QUESTION;
    const article =
      result.article ??
      pinned ??
      library.find((a) => a.id === ctx.services.answerer.articleOf(ctx.conversationKey)) ??
      resolveArticle(ctx);
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
      // An answer asking which story is meant comes from none.
      ...(result.route?.candidates && !result.article ? {} : { headline: article.headline }),
    });
    return { payload, answer };
  },
  autocomplete: articleChoices,
} satisfies Command;
