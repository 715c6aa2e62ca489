import summary from './summary.ts';
import participants from './participants.ts';
import background from './background.ts';
import ask from './ask.ts';
import source from './source.ts';
import articles from './articles.ts';
import help from './help.ts';
import digest from './digest.ts';
import followups from './followups.ts';
import feed from './feed.ts';

/** Every slash command, in the order /help and registration list them. */
export const commands = [
  summary,
  participants,
  background,
  ask,
  source,
  articles,
  help,
  digest,
  followups,
  feed,
] as const;
