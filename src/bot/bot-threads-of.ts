import { BotThreads } from '../followups/bot-threads.ts';
import type { Services } from './services.ts';

const fallbackRegistries = new WeakMap<object, BotThreads>();

/**
 * The bot-opened thread registry of a services object: `services.botThreads` when main() provides one
 * (then the digest runner shares it too), otherwise one registry per services object, so at least the
 * message handler and the thread button built from the same services agree.
 */
export function botThreadsOf(services: Pick<Services, 'botThreads'>): BotThreads {
  if (services.botThreads !== undefined) return services.botThreads;
  let registry = fallbackRegistries.get(services);
  if (registry === undefined) {
    registry = new BotThreads();
    fallbackRegistries.set(services, registry);
  }
  return registry;
}
