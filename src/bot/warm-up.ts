import type { Command } from './command.ts';
import type { Services } from './services.ts';
import type { Article } from '../model/schema.ts';
import { invokeOffline } from '../cli/invoke.ts';

/**
 * The newest article gets every sample question (compiling the answer path); the next ones one question each
 * (building their indexes, should the answerer build them lazily).
 */
const WARM_ARTICLES = 3;

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
 * Runs a few /ask and /summary invocations through the same command code as Discord, for the newest articles,
 * before the bot reports ready: the first reader then pays neither for index builds nor for compiling the
 * answer path. Yields to the event loop between questions so the gateway handshake proceeds meanwhile.
 * The conversations it used are forgotten.
 */
export async function warmUp(commands: readonly Command[], services: Services): Promise<WarmUpResult> {
  const started = performance.now();
  const articles = services.library.list().slice(0, WARM_ARTICLES);
  let questions = 0;
  for (const article of articles) {
    const conversationKey = `warm-up:${article.id}`;
    const run = async (name: string, values: Record<string, string>) => {
      await new Promise((resolve) => setImmediate(resolve));
      await invokeOffline(commands, services, {
        name,
        values: { ...values, article: article.id },
        conversationKey,
      });
    };
    const samples = sampleQuestions(article);
    for (const question of article === articles[0] ? samples : samples.slice(0, 1)) {
      await run('ask', { question });
      questions++;
    }
    await run('summary', {});
    services.answerer.forget(conversationKey);
  }
  return { articles: articles.length, questions, ms: Math.round(performance.now() - started) };
}
