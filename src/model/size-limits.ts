import type { IssueCollector } from './issue-collector.ts';
import { MAX } from './schema-primitives.ts';

/**
 * Length ceilings of the article model, by field name (docs/article-model.md, "Size limits"), checked in one
 * walk before the schema runs. Kept out of the zod schema on purpose: a `.max()` on every string and list
 * doubled the schema's cost per file (bench/load.ts), while this walk costs a fraction of JSON.parse.
 */
const STRING_CAPS: Record<string, number> = {
  headline: MAX.headline,
  dek: MAX.dek,
  id: MAX.id,
  name: MAX.name,
  givenName: MAX.name,
  familyName: MAX.name,
  role: MAX.name,
  portfolio: MAX.name,
  side: MAX.name,
  speaker: MAX.name,
  verb: MAX.name,
  medium: MAX.name,
  series: MAX.name,
  unit: MAX.name,
  agency: MAX.name,
  publication: MAX.name,
  credit: MAX.name,
  demonym: MAX.name,
  value: MAX.name,
  asWritten: MAX.phrase,
  titleAsWritten: MAX.phrase,
  period: MAX.phrase,
  comparedWith: MAX.phrase,
  statement: MAX.statement,
  description: MAX.statement,
  speakerDescription: MAX.statement,
  detail: MAX.statement,
  label: MAX.statement,
  what: MAX.statement,
  relevance: MAX.statement,
  about: MAX.statement,
  method: MAX.note,
  url: 2_000,
};

/** Lists of short strings, and the ceiling of each item. */
const LIST_ITEM_CAPS: Record<string, number> = {
  aliases: MAX.name,
  namesAsWritten: MAX.name,
  acronyms: MAX.name,
  parties: MAX.name,
  titleVariants: MAX.phrase,
  nouns: MAX.phrase,
  keywords: MAX.phrase,
  quotes: MAX.quote,
  notes: MAX.note,
  from: MAX.name,
};

const LIST_CAPS: Record<string, number> = {
  sentences: MAX.sentences,
  aliases: MAX.listItems,
  namesAsWritten: MAX.listItems,
  acronyms: MAX.listItems,
  titleVariants: MAX.listItems,
  nouns: MAX.listItems,
  keywords: MAX.listItems,
  parties: MAX.listItems,
  quotes: MAX.collectionItems,
  notes: 50,
  from: 20,
};

/** Any list longer than this is refused and not walked further (nor given to the schema). */
export const MAX_ARRAY_ITEMS = 10_000;

/**
 * Reports every string and list over its ceiling (path, limit, size and a short preview). Returns false when
 * a list is so long that the schema must not be run on the document (its issue list could exhaust memory).
 */
export function checkSizes(document: unknown, collector: IssueCollector): boolean {
  let schemaSafe = true;
  const path: PropertyKey[] = [];
  const visit = (value: unknown, key: string, inSummaries: boolean): void => {
    if (typeof value === 'string') {
      const cap = capOf(key, inSummaries);
      if (value.length > cap)
        collector.report(path, `at most ${cap} characters, found ${previewLong(value)}`);
      return;
    }
    if (value === null || typeof value !== 'object') return;
    if (Array.isArray(value)) {
      if (value.length > MAX_ARRAY_ITEMS) {
        collector.report(path, `at most ${MAX_ARRAY_ITEMS} items, found ${value.length}`);
        schemaSafe = false;
        return;
      }
      const cap = LIST_CAPS[key] ?? MAX.collectionItems;
      if (value.length > cap) collector.report(path, `at most ${cap} items, found ${value.length}`);
      const itemCap = LIST_ITEM_CAPS[key];
      for (let i = 0; i < value.length; i++) {
        const item: unknown = value[i];
        path.push(i);
        if (typeof item === 'string') {
          const limit = itemCap ?? MAX.sentence;
          if (item.length > limit)
            collector.report(path, `at most ${limit} characters, found ${previewLong(item)}`);
        } else if (item !== null && typeof item === 'object') visit(item, key, inSummaries);
        path.pop();
      }
      return;
    }
    for (const childKey in value) {
      path.push(childKey);
      visit((value as Record<string, unknown>)[childKey], childKey, inSummaries || childKey === 'summaries');
      path.pop();
    }
  };
  visit(document, '', false);
  return schemaSafe;
}

function capOf(key: string, inSummaries: boolean): number {
  if (key === 'text') return inSummaries ? MAX.summary : MAX.sentence;
  return STRING_CAPS[key] ?? MAX.sentence;
}

function previewLong(text: string): string {
  return text.length > 60
    ? `${JSON.stringify(text.slice(0, 57))}... (${text.length} characters)`
    : JSON.stringify(text);
}
