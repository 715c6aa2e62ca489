import type { InputProblem } from '../normalize/normalize.ts';
import type { ArticleIndex } from '../retrieve/article-index.ts';
import { eventBe, eventHappened, theEvent } from './event-words.ts';
import { coverageParts } from './what-it-covers.ts';

/** What the bot says when the input holds no question to analyse: its examples are what this article covers. */
export function problemReply(index: ArticleIndex, problem: InputProblem): string {
  const parts = coverageParts(index.article).slice(0, 2);
  const examples = parts.length > 0 ? parts.join(' or ') : 'what happened';
  const event = theEvent(index);
  const plural = eventBe(index) === 'were';
  switch (problem) {
    case 'empty':
      return `I didn't get a question. Ask me something about the article, for example ${examples}.`;
    case 'no-words':
      return `I couldn't find a question in that. Ask me something about the article in words, for example ${parts[0] ?? examples}.`;
    case 'not-english':
      return `I can only answer questions in English about this article. Try asking ${examples}.`;
    case 'instruction':
      return "I only answer questions about the article, so I can't do that.";
    case 'opinion':
      return `I don't give opinions: I only report what the article says. Ask me ${parts.length > 0 ? `${parts.join(', ')}, ` : ''}or why ${event} ${plural ? 'matter' : 'matters'} according to the article.`;
    case 'help':
      return `I answer questions about this article, citing the sentences I rely on. Ask me ${parts.length > 0 ? `${parts.join(', ')}, ` : ''}when and where ${event} ${eventHappened(index)}, why ${plural ? 'they matter' : 'it matters'} or what led to ${plural ? 'them' : 'it'}, or ask for a summary. Follow-ups such as "And where?" or "What about her?" work too.`;
  }
}
