import { readFileSync } from 'node:fs';
import { readPlainText } from './src/ingest/read/text.ts';
import { analyze } from './src/ingest/nlp/analyze.ts';
import { extractFacts } from './src/ingest/extract/index.ts';
import { buildModel, defaultId } from './src/ingest/build.ts';
import { checkArticleText } from '../wt-model/src/model/loader.ts';
for (const f of process.argv.slice(2)) {
  const source = readPlainText(readFileSync(f, 'utf8'));
  const pub = source.published?.value ?? '2026-12-01';
  const doc = analyze(source, pub);
  const facts = extractFacts(source, doc);
  const headline = source.headline?.text ?? 'Derived';
  const id = defaultId(headline, pub);
  const model = buildModel(source, doc, facts, { id, headline, headlineDerived: false, published: { value: pub, asWritten: pub, fromMetadata: true }, agency: source.source ?? 'x', ingestedOn: '2026-12-01' });
  try { checkArticleText(`${id}.json`, JSON.stringify(model), () => source.text); console.log('OK', f); }
  catch (e) { console.log('FAIL', f, (e as { issues?: { path: string; message: string }[] }).issues?.map((i) => `${i.path}: ${i.message}`).join('\n') ?? e); }
}
