import { mainEvent } from '../../../model/events.ts';
import { contentStems } from '../lexicon/text.ts';
import { SYNONYMS } from '../lexicon/vocabulary.ts';
import type { ArticleIndex } from '../retrieve/article-index.ts';
import { informativeStems } from '../retrieve/rank.ts';
import type { Draft, Question } from '../types.ts';

/** A clock time as articles write it: "3:17 a.m.", "10 a.m.", "18:24", "noon" (a sentence may end inside "p.m."). */
const CLOCK =
  /\b(\d{1,2}(?::\d{2})?)\s*([ap])\.?\s?(?:m\b\.?)?(?=\s|$|[,;)])|\b(\d{1,2}:\d{2})\b|\b(noon|midnight)\b|\b(\d{1,2}) o'clock\b/i;

function clockTime(text: string): string | undefined {
  const m = CLOCK.exec(text);
  if (!m) return undefined;
  if (m[1] && m[2]) return `${m[1]} ${m[2].toLowerCase()}.m.`;
  return m[3] ?? m[4] ?? (m[5] ? `${m[5]} o'clock` : undefined);
}

/**
 * "What time did it start?": the clock time the article gives in the sentence that best matches what is asked (the
 * question's words, else the story's event); where no sentence about it gives a time, the article only dates it to
 * the day, and says so.
 */
export function answerTimeOfDay(index: ArticleIndex, question: Question): Draft | undefined {
  if (!question.timeOfDay) return undefined;
  const event = mainEvent(index.article);
  const words = informativeStems(question);
  const eventWords = new Set(
    contentStems([event.name, ...event.nouns, ...event.aliases, ...(event.keywords ?? [])].join(' ')),
  );
  let best: { id: string; text: string; time: string; score: number } | undefined;
  let tied = false;
  for (const sentence of index.article.sentences) {
    if (sentence.kind !== 'body' && sentence.kind !== 'caption') continue;
    const time = clockTime(sentence.text);
    if (!time) continue;
    const stems = new Set(contentStems(sentence.text));
    const hits = words.filter(
      (s) => stems.has(s) || (SYNONYMS.get(s) ?? []).some((a) => stems.has(a)),
    ).length;
    // Every word asked must be in the sentence; with none, the sentence must be about the story's event.
    if (hits < words.length) continue;
    const aboutEvent =
      event.evidence.sentences.includes(sentence.id) || [...eventWords].some((s) => stems.has(s));
    if (words.length === 0 && !aboutEvent) continue;
    const score = hits + (aboutEvent ? 0.5 : 0);
    if (best && score === best.score) tied = true;
    if (!best || score > best.score) {
      best = { id: sentence.id, text: sentence.text, time, score };
      tied = false;
    }
  }
  if (best && !tied)
    return {
      answered: true,
      text: `At ${best.time.replace(/\.$/, '')}. The article says: “${best.text}”`,
      sentences: [best.id],
    };
  return {
    answered: false,
    text: `The article doesn't give the time of day. It dates the ${event.name} only to the day: ${event.date.asWritten}.`,
    sentences: event.evidence.sentences.slice(0, 1),
  };
}
