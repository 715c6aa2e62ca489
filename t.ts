import { readFileSync } from 'node:fs';
import { readPlainText } from './src/ingest/read/text.ts';
import { analyze } from './src/ingest/nlp/analyze.ts';
for (const f of process.argv.slice(2)) {
const d = readPlainText(readFileSync(f,'utf8'));
const t=performance.now(); const a = analyze(d, '2026-12-01'); console.log('ms', performance.now()-t, a.referenceDate);
for (const s of a.sentences) { if (s.text !== d.text.slice(s.start,s.end)) throw new Error('offset');
 console.log(s.id, s.kind, s.tense, JSON.stringify(s.text.slice(0,90)), s.dates.map(x=>`${x.text}=${x.value.precision}:${x.value.value??x.value.duration}${x.value.end?'-'+x.value.end:''}`).join('; '), '|', s.numbers.map(n=>n.kind+':'+n.text).join('; ')); }
}
