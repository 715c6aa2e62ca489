import type { ItemEntity, ItemSentence } from 'wink-nlp';
import { splitAtWordPeriods } from '../../model/split-sentences.ts';
import type { SourceDocument } from '../read/types.ts';
import { findDates, referenceDateOf } from './dates.ts';
import { sentenceTense } from './tense.ts';
import type {
  AnalyzedDocument,
  AnalyzedSentence,
  NumericEntity,
  NumericKind,
  SentenceKind,
  Token,
} from './types.ts';
import { wink } from './wink.ts';

const NUMERIC_KINDS = new Set<NumericKind>([
  'MONEY',
  'PERCENT',
  'ORDINAL',
  'CARDINAL',
  'DATE',
  'DURATION',
  'TIME',
]);

/**
 * Sentences (wink's sentence boundaries inside each body or caption block; a headline, dateline or
 * credit block is one sentence), tokens with exact offsets (wink is lossless: each token's preceding
 * spaces are kept, so offsets add up), parts of speech, wink's numeric entities, dates and tense.
 */
export function analyze(source: SourceDocument, referenceDateFallback: string): AnalyzedDocument {
  const { nlp } = wink();
  const its = nlp.its;
  const referenceDate =
    referenceDateOf(source.published?.value ?? referenceDateFallback, source.dateline?.date) ??
    referenceDateFallback;
  const sentences: AnalyzedSentence[] = [];
  const indexInParagraph = new Map<number, number>();
  const nextId = (paragraph: number) => {
    const index = indexInParagraph.get(paragraph) ?? 0;
    indexInParagraph.set(paragraph, index + 1);
    return { id: `p${paragraph}s${index}`, index };
  };

  for (const block of source.blocks) {
    const doc = nlp.readDoc(block.text);
    const values = doc.tokens().out(its.value) as string[];
    const spaces = doc.tokens().out(its.precedingSpaces) as string[];
    const pos = doc.tokens().out(its.pos) as string[];
    const types = doc.tokens().out(its.type) as string[];
    const lemmas = doc.tokens().out(its.lemma as never) as string[];
    const tokens: Token[] = [];
    let at = 0;
    values.forEach((value, i) => {
      at += spaces[i]!.length;
      let start = at;
      if (block.text.slice(start, start + value.length) !== value) {
        const found = block.text.indexOf(value, at);
        if (found >= 0) start = found;
      }
      tokens.push({
        text: value,
        start: block.start + start,
        end: block.start + start + value.length,
        pos: pos[i]!,
        type: types[i]!,
        lemma: lemmas[i] ?? value,
      });
      at = start + value.length;
    });
    const entities: NumericEntity[] = [];
    doc.entities().each((entity: ItemEntity) => {
      const [first, last] = entity.out(its.span) as unknown as [number, number];
      const detail = entity.out(its.detail) as unknown as { type: string };
      const kind = NUMERIC_KINDS.has(detail.type as NumericKind) ? (detail.type as NumericKind) : 'OTHER';
      const start = tokens[first]!.start;
      const end = tokens[last]!.end;
      entities.push({ kind, text: source.text.slice(start, end), start, end });
    });

    const spans: [number, number][] = [];
    if (block.kind === 'body' || block.kind === 'caption') {
      doc.sentences().each((sentence: ItemSentence) => {
        const [first, last] = sentence.out(its.span) as unknown as [number, number];
        spans.push([first, last]);
      });
    } else {
      spans.push([0, tokens.length - 1]);
    }
    for (const [first, last] of splitSpansAtWordPeriods(mergeDanglingQuotes(spans, tokens), tokens)) {
      const start = tokens[first]!.start;
      const end = tokens[last]!.end;
      const text = source.text.slice(start, end);
      const sentenceTokens = tokens.slice(first, last + 1);
      const tense = sentenceTense(sentenceTokens, text);
      const { id, index } = nextId(block.paragraph);
      sentences.push({
        id,
        paragraph: block.paragraph,
        index,
        start,
        end,
        text,
        kind: sentenceKind(block.kind),
        tokens: sentenceTokens,
        numbers: entities.filter((e) => e.start >= start && e.end <= end),
        dates:
          block.kind === 'body' || block.kind === 'caption'
            ? findDates(text, start, referenceDate, tense)
            : [],
        tense,
      });
    }
  }
  return { text: source.text, sentences, referenceDate };
}

function sentenceKind(kind: SourceDocument['blocks'][number]['kind']): SentenceKind {
  return kind === 'date-marker' ? 'dateline' : kind;
}

/** A closing quotation mark wink put at the start of the next sentence belongs to the one before. */
function mergeDanglingQuotes(spans: [number, number][], tokens: Token[]): [number, number][] {
  const out: [number, number][] = [];
  for (const [first, last] of spans) {
    const previous = out.at(-1);
    if (previous && first === last && /^["”’)]$/.test(tokens[first]!.text)) previous[1] = last;
    else out.push([first, last]);
  }
  return out;
}

/**
 * wink reads an ordinary word before a full stop as an abbreviation when it is also one ("fell in. Police
 * said" stays one sentence): the same rule as the loader's sentence splitter cuts such a span, so ingested
 * sentences match the ones a curated model's source text gives.
 */
function splitSpansAtWordPeriods(spans: [number, number][], tokens: Token[]): [number, number][] {
  const out: [number, number][] = [];
  for (const [first, last] of spans) {
    const start = tokens[first]!.start;
    const text = tokens
      .slice(first, last + 1)
      .map((t, i) => ' '.repeat(i === 0 ? 0 : t.start - tokens[first + i - 1]!.end) + t.text)
      .join('');
    let from = first;
    for (const [, end] of splitAtWordPeriods(text).slice(0, -1)) {
      let to = from;
      while (to < last && tokens[to]!.end < start + end) to++;
      if (tokens[to]!.end !== start + end || to >= last) continue;
      out.push([from, to]);
      from = to + 1;
    }
    out.push([from, last]);
  }
  return out;
}
