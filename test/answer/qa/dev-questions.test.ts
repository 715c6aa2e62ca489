import { describe, expect, it } from 'vitest';
import { ConversationAnswerer } from '../../../src/answer/qa/index.ts';
import { judge, loadSeedArticle, readQuestionFile } from './question-file.ts';

const article = loadSeedArticle();
const items = readQuestionFile(new URL('../../fixtures/dev-questions.jsonl', import.meta.url));

describe('GIVEN the dev questions about the seed article', () => {
  it.each(items.map((item) => [item.id, item.turns.at(-1)?.slice(0, 60), item] as const))(
    'WHEN %s (%s) is asked THEN the answer meets its contract',
    (_id, _question, item) => {
      const answerer = new ConversationAnswerer();
      let answer = answerer.ask(item.id, item.turns[0]!, article);
      for (const turn of item.turns.slice(1)) answer = answerer.ask(item.id, turn, article);
      expect(judge(item, answer), answer.text).toEqual([]);
    },
  );
});
