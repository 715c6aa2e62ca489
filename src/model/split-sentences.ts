import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Sentence, SentenceKind } from './schema.ts';

// Made on first use: ingest imports splitAtWordPeriods only and has its own wink pipeline.
let nlp: ReturnType<typeof winkNLP> | undefined;

/** "AUSTIN, Texas, Oct. 23 (Reuters) -", "BOSTON (AP) --", "Tokyo, May 2 --": a wire dateline before the lead. */
const DATELINE_PREFIX =
  /^([A-Z][\p{L}.'’ -]*(?:, [\p{L}.'’ ]+)*(?:, [A-Z][a-z]{2,4}\.? \d{1,2})?(?: \([\p{L} ]+\))? ?(?:--|—|–|-)) +(?=\S)/u;
/** A line the source carries as metadata ("date 2023-04-17"). */
const DATE_LINE = /^date \d{4}-\d{2}-\d{2}$/;

/**
 * The sentences of a source text with their offsets, ready for an article model: one paragraph per
 * non-empty line, sentences found by wink-nlp, ids `p<paragraph>s<index>`, offsets in UTF-16 code units
 * (end exclusive) such that `text.slice(start, end) === sentence.text`. Kinds are a first guess for the
 * curator to check: a first line without final punctuation is the headline, a wire dateline before the
 * lead and a "date YYYY-MM-DD" line are datelines, a line in parentheses is a credit, the rest is body.
 */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  const lines = [...text.matchAll(/[^\n]+/g)].filter((match) => match[0].trim() !== '');
  lines.forEach((match, paragraph) => {
    const line = match[0];
    const lineStart = match.index;
    const pieces: { start: number; end: number; kind: SentenceKind }[] = [];
    let bodyStart = line.length - line.trimStart().length;
    const bodyEnd = line.trimEnd().length;
    const lineKind = guessLineKind(line.trim(), paragraph, lines.length);
    if (lineKind === 'body') {
      const dateline = DATELINE_PREFIX.exec(line.slice(bodyStart));
      if (dateline?.[1] !== undefined) {
        pieces.push({ start: bodyStart, end: bodyStart + dateline[1].length, kind: 'dateline' });
        bodyStart += dateline[0].length;
      }
    }
    if (lineKind !== 'body') pieces.push({ start: bodyStart, end: bodyEnd, kind: lineKind });
    else {
      let cursor = bodyStart;
      const body = line.slice(0, bodyEnd);
      nlp ??= winkNLP(model);
      for (const found of nlp.readDoc(body.slice(bodyStart)).sentences().out()) {
        const wanted = found.trim();
        if (!wanted) continue;
        const at = body.indexOf(wanted, cursor);
        if (at === -1) continue; // wink-nlp normalised something: keep going from the same place
        for (const [start, end] of splitAtWordPeriods(wanted))
          pieces.push({ start: at + start, end: at + end, kind: 'body' });
        cursor = at + wanted.length;
      }
    }
    pieces.forEach((piece, index) => {
      const start = lineStart + piece.start;
      const end = lineStart + piece.end;
      sentences.push({
        id: `p${paragraph}s${index}`,
        paragraph,
        index,
        start,
        end,
        text: text.slice(start, end),
        kind: piece.kind,
      });
    });
  });
  return sentences;
}

/**
 * wink-nlp reads an ordinary word before a full stop as an abbreviation when it is also one ("fell in. Police
 * said" stays one sentence, "in." being inches). A lowercase word that is not after a number (where it would
 * be a unit: "3 in.") and not a lowercase abbreviation used mid-sentence, followed by a capital, ends a sentence.
 */
const WORD_PERIOD = /(?<![\d.]\s)(?<![\p{L}.])(\p{Ll}{2,})\.(?=\s+["“]?\p{Lu})/gu;
const MID_SENTENCE_ABBREVIATIONS = new Set(['vs', 'etc', 'approx', 'incl', 'al', 'cf', 'viz', 'ca', 'esp']);

export function splitAtWordPeriods(sentence: string): [number, number][] {
  const spans: [number, number][] = [];
  let start = 0;
  for (const match of sentence.matchAll(WORD_PERIOD)) {
    if (MID_SENTENCE_ABBREVIATIONS.has(match[1]!)) continue;
    const end = match.index + match[0].length;
    spans.push([start, end]);
    start = end + (/^\s+/.exec(sentence.slice(end))?.[0].length ?? 0);
  }
  spans.push([start, sentence.length]);
  return spans;
}

function guessLineKind(line: string, paragraph: number, paragraphs: number): SentenceKind {
  if (DATE_LINE.test(line)) return 'dateline';
  if (/^\([^()]*\)$/.test(line)) return 'credit';
  if (paragraph === 0 && paragraphs > 1 && !/[.!?"”]$/.test(line) && line.length <= 300) return 'headline';
  return 'body';
}
