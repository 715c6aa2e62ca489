import type { InputProblem } from '../normalize/normalize.ts';

/** What the bot says when the input holds no question to analyse. */
export const PROBLEM_REPLIES: Record<InputProblem, string> = {
  empty:
    "I didn't get a question. Ask me something about the article, for example who took part or what was agreed.",
  'no-words':
    "I couldn't find a question in that. Ask me something about the article in words, for example who took part.",
  'not-english':
    'I can only answer questions in English about this article. Try asking who took part or what was agreed.',
  instruction: "I only answer questions about the article, so I can't do that.",
  opinion:
    "I don't give opinions: I only report what the article says. Ask me who took part, what was agreed, or why the talks matter according to the article.",
  help: 'I answer questions about this article, citing the sentences I rely on. Ask me who took part, what was agreed, when and where the talks were held, why they matter or what led to them, or ask for a summary. Follow-ups such as "And where?" or "What about her?" work too.',
};
