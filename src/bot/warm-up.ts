import type { Command } from './command.ts';
import type { Services } from './services.ts';
import type { Article } from '../model/schema.ts';
import { invokeOffline, type OfflineInvocation } from '../cli/invoke.ts';
import { prepareArticles } from '../answer/qa/index.ts';

/**
 * The newest article gets every sample question (compiling the answer path); the next ones one question each
 * (building their indexes, should the answerer build them lazily).
 */
const WARM_ARTICLES = 3;
/** Sample questions also asked without the article option (routed over the library). */
const ROUTED_QUESTIONS = 3;

export interface WarmUpResult {
  articles: number;
  questions: number;
  ms: number;
}

/**
 * Questions built from an article's own fields (its people, its headline), asked the way a reader would, so
 * the answer path runs over that article's own words. Only the question frames are fixed English.
 */
function sampleQuestions(article: Article): string[] {
  const person = article.people.find((p) => p.involvement === 'participant') ?? article.people[0];
  const headlineWords = article.headline.split(/\s+/).slice(0, 4).join(' ');
  return [
    'Who attended?',
    'What did they agree?',
    'When was it?',
    'Where was it held?',
    'Why does it matter?',
    'How many people took part?',
    ...(person ? [`Who is ${person.name}?`, `What did ${person.name} say?`] : []),
    `Is there any news about ${headlineWords}?`,
    'And after that?',
  ];
}

/**
 * Runs a few /ask (pinned to an article and routed), /summary and /digest show invocations through the same
 * command code as Discord, for the newest articles, before the bot reports ready: the first reader then pays
 * neither for index builds nor for compiling the answer path. Yields to the event loop between questions so the gateway handshake proceeds meanwhile.
 * The conversations it used are forgotten.
 */
export async function warmUp(commands: readonly Command[], services: Services): Promise<WarmUpResult> {
  const started = performance.now();
  // Every article's index and the router over the library, before the first user asks.
  prepareArticles(services.library.list());
  const articles = services.library.list().slice(0, WARM_ARTICLES);
  const run = async (invocation: OfflineInvocation) => {
    await new Promise((resolve) => setImmediate(resolve));
    await invokeOffline(commands, services, invocation);
  };
  let questions = 0;
  for (const article of articles) {
    const conversationKey = `warm-up:${article.id}`;
    const ask = async (question: string, values: Record<string, string>) => {
      await run({ name: 'ask', values: { ...values, question }, conversationKey });
      questions++;
    };
    const samples = sampleQuestions(article);
    const first = article === articles[0];
    for (const question of first ? samples : samples.slice(0, 1))
      await ask(question, { article: article.id });
    // Without the article option a question is routed over the library, as most readers ask.
    if (first) for (const question of samples.slice(0, ROUTED_QUESTIONS)) await ask(question, {});
    await run({ name: 'summary', values: { article: article.id }, conversationKey });
    services.answerer.forget(conversationKey);
  }
  // A read of the store, so that the query builder and the database driver are compiled before the first
  // command (or the start-up bookkeeping right after "ready") needs them.
  await run({ name: 'digest', subcommand: 'show', values: {} });
  return { articles: articles.length, questions, ms: Math.round(performance.now() - started) };
}
