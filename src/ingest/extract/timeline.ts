import type { AnalyzedDocument } from '../nlp/types.ts';
import { slug, uniqueKey } from './text-utils.ts';
import type { EventFact, ExtractionInput, PersonFact, PlaceFact, TimelineFact } from './types.ts';

/**
 * The timeline: every other body sentence with a calendar date (a year, a month, a day or a range; not
 * a bare duration), each entry resting on its sentence and keeping the date's words, in date order.
 */
export function extractTimeline(
  input: ExtractionInput,
  event: EventFact,
  people: readonly PersonFact[],
  places: readonly PlaceFact[],
): TimelineFact[] {
  const keys = new Set<string>();
  const entries: TimelineFact[] = [];
  for (const sentence of input.sentences) {
    if (sentence.kind !== 'body') continue;
    const seen = new Set<string>();
    for (const date of sentence.dates) {
      const key = `${date.value.precision}|${date.value.value}|${date.value.end ?? ''}`;
      if (seen.has(key)) continue;
      seen.add(key);
      // "Today" inside a quotation is the speaker's day, not a date of the story.
      if (
        /^(?:today|tonight|yesterday|tomorrow)$/i.test(date.text) &&
        insideQuote(sentence.text, date.start - sentence.start)
      )
        continue;
      if (date.value.precision === 'duration' || date.value.value === undefined) continue;
      if (
        event.date &&
        event.evidence.sentences.includes(sentence.id) &&
        date.value.value === event.date.value
      )
        continue;
      entries.push({
        key: uniqueKey(`tl-${date.value.value}-${slug(sentence.text, 30)}`, keys),
        date: date.value,
        what: sentence.text,
        people: people.filter((p) => p.mentions.some((m) => m.sentence === sentence.id)).map((p) => p.key),
        places: places.filter((p) => p.evidence.sentences.includes(sentence.id)).map((p) => p.key),
        evidence: { sentences: [sentence.id], quotes: [date.text] },
      });
    }
  }
  return entries.sort((a, b) => (a.date.value ?? '').localeCompare(b.date.value ?? ''));
}

export function relevanceOf(entry: TimelineFact, doc: AnalyzedDocument): string {
  const value = entry.date.value ?? '';
  const ref = doc.referenceDate.slice(0, value.length);
  if (value < ref) return 'Before the story, as the article recounts it.';
  if (value > ref) return 'After the story’s date, as the article expects it.';
  return 'Around the time of the story.';
}

export function insideQuote(text: string, at: number): boolean {
  const before = text.slice(0, at);
  const straight = (before.match(/"/g) ?? []).length % 2 === 1;
  const curly = before.lastIndexOf('“') > before.lastIndexOf('”');
  // A quotation opened in an earlier sentence and closed in this one.
  const closesLater = !/["“]/.test(before) && /^[^"“]*["”]/.test(text.slice(at));
  return straight || curly || closesLater;
}
