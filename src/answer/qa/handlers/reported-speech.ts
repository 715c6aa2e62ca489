import { EN } from '../lexicon/en/index.ts';
import { tokenize } from '../lexicon/text.ts';
import type { ArticleIndex } from '../retrieve/article-index.ts';
import type { Draft, EntityRef } from '../types.ts';
import { entityForms } from './entity-forms.ts';

const SPEECH_VERBS: ReadonlySet<string> = new Set(EN.speechVerbs);
/** How far after a party's name its speech verb may come ("an analyst at the firm, Jane Doe, said"). */
const WINDOW = 6;

/** Whether the tokens hold the form at `at`. */
function startsAt(tokens: readonly string[], form: readonly string[], at: number): boolean {
  return form.every((t, i) => tokens[at + i] === t);
}

/**
 * "What did the bankers' association say?" where the model has no quotation of it: the sentences in which the party
 * is the one speaking, its name followed closely by a verb of saying ("..., the association said."), in
 * article order (at most two).
 */
export function reportedSpeech(index: ArticleIndex, refs: readonly EntityRef[]): Draft | undefined {
  const forms = refs
    .flatMap((ref) => entityForms(index, ref))
    .map((f) => tokenize(f))
    .filter((f) => f.length > 0);
  const found: { id: string; text: string }[] = [];
  for (const sentence of index.article.sentences) {
    if (sentence.kind !== 'body') continue;
    const tokens = tokenize(sentence.text);
    const speaks = tokens.some((_, at) =>
      forms.some((form) => {
        if (!startsAt(tokens, form, at)) return false;
        const after = tokens.slice(at + form.length, at + form.length + WINDOW);
        return after.some((t) => SPEECH_VERBS.has(t));
      }),
    );
    if (speaks) found.push({ id: sentence.id, text: sentence.text });
    if (found.length === 2) break;
  }
  if (found.length === 0) return undefined;
  return {
    answered: true,
    text: `The article reports: ${found.map((s) => `“${s.text}”`).join(' ')}`,
    sentences: found.map((s) => s.id),
  };
}
