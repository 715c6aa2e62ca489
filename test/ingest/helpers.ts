import { analyze } from '../../src/ingest/nlp/analyze.ts';
import { extractFacts } from '../../src/ingest/extract/index.ts';
import { readPlainText } from '../../src/ingest/read/index.ts';

export function analyzed(text: string, published = '2024-04-17') {
  const source = readPlainText(text);
  const doc = analyze(
    {
      ...source,
      published: source.published ?? { value: published, asWritten: published, from: 'metadata' },
    },
    published,
  );
  return { source, doc };
}

export function factsOf(text: string, published = '2024-04-17') {
  const { source, doc } = analyzed(text, published);
  return { source, doc, facts: extractFacts(source, doc) };
}
