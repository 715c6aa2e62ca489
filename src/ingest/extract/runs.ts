import type { AnalyzedSentence } from '../nlp/types.ts';
import { organizationWords, words } from '../lexicon/index.ts';
import { lookupPlace } from './gazetteer.ts';

/**
 * Runs of capitalised words in a sentence ("U.S. District Judge Margaret Ellison", "Ministry of Foreign
 * Affairs", "Seo Min-jung"): the raw material of people, organizations and places. A run ends at
 * punctuation, a possessive or a lowercase word (except a connector such as "of" between capitals).
 */
export interface RunWord {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

export interface Run {
  readonly sentence: AnalyzedSentence;
  readonly words: readonly RunWord[];
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** Followed by ’s / 's. */
  readonly possessive: boolean;
}

/** Lowercase words that join the parts of one name ("Bank of Korea", "Ines da Silva"). */
export const NAME_CONNECTORS: ReadonlySet<string> = new Set([
  'of',
  'for',
  'de',
  'da',
  'do',
  'dos',
  'del',
  'van',
  'von',
  'bin',
  'al',
  'la',
  'le',
  'du',
  'des',
  'di',
  'della',
  'dello',
  'delle',
  'degli',
  'der',
  'y',
]);
export const ABBREVIATION =
  /^(?:\p{Lu}\.)+$|^(?:Inc|Corp|Co|Ltd|Jr|Sr|St|Mt|Ft|Gen|Sen|Rep|Gov|Lt|Col|Sgt|Capt|Prof|Bros|Ave|Blvd|Rd|Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Ky|La|Md|Mass|Mich|Minn|Miss|Mo|Mont|Neb|Nev|Okla|Ore|Pa|Tenn|Tex|Va|Vt|Wash|Wis|Wyo)\.$/u;
const NOT_NAME = new Set(words.notNames);
/** A possessive of an office or a group ("Prosecutor's", "King's", "Workers'"), not of a person. */
const TITLE_LIKE =
  /^(?:King|Queen|Prince|Princess|Prosecutor|People|Women|Men|Children|Workers|Employers|Teachers|Nurses|Farmers|Veterans|Citizens|Saint|St\.)$/u;
const GROUP_POSSESSIVE =
  /^(?:People|Women|Men|Children|Workers|Employers|Teachers|Nurses|Farmers|Veterans|Citizens|Doctors|Journalists|Writers|Consumers)$/u;
/**
 * "Kessler & Aue Bank": an ampersand between capitals; "Union of the Netherlands": "the" after the "of" of an
 * organization head, before a capital.
 */
function joinsInsideName(
  word: string,
  current: readonly RunWord[],
  text: string,
  m: RegExpExecArray,
): boolean {
  const nextCapital = /^\s+\p{Lu}/u.test(text.slice(m.index + m[0].length));
  if (!nextCapital) return false;
  if (word === '&') return true;
  return (
    word === 'the' &&
    current.at(-1)?.text === 'of' &&
    current.length >= 2 &&
    ORG_SUFFIXES.has(current.at(-2)!.text)
  );
}
const isPlaceName = (ws: readonly RunWord[]) => lookupPlace(ws.map((w) => w.text).join(' ')) !== undefined;
const HEAD_WORDS: ReadonlySet<string> = new Set([
  ...Object.keys(organizationWords.heads),
  ...organizationWords.companySuffixes,
]);
const ORG_SUFFIXES = new Set([
  ...words.orgSuffixes,
  ...Object.keys(organizationWords.heads),
  ...organizationWords.companySuffixes,
]);
const HYPHEN_SUFFIX =
  /-(?:based|born|made|led|owned|listed|style|era|level|backed|run|year|old|area|wide|bound|focused)$/i;

/**
 * The text with the full stop of each abbreviation ("Gov.", "U.S.") replaced by a one-dot leader (same
 * length, so offsets hold): a pattern that stops at a full stop then reads "Davao Oriental Gov. Corazon
 * Dumalagan" as one phrase.
 */
export function maskAbbreviations(text: string): string {
  return text.replace(/(?<![\p{L}.])[\p{L}.]+\./gu, (w) =>
    ABBREVIATION.test(w) || /^(?:\p{Lu}\.)+$/u.test(w) ? w.replace(/\./g, '\u2024') : w,
  );
}

export function findRuns(sentence: AnalyzedSentence): Run[] {
  const runs: Run[] = [];
  let current: RunWord[] = [];
  let possessive = false;
  const flush = () => {
    while (
      current.length > 0 &&
      (NAME_CONNECTORS.has(current.at(-1)!.text) || /^(?:the|&)$/.test(current.at(-1)!.text))
    )
      current.pop();
    // Sentence-initial and function words are not part of a name ("The", "But", "Monday").
    while (current.length > 0 && NOT_NAME.has(current[0]!.text)) current.shift();
    // "and" stays inside a name that ends in an organization word ("National Disaster Risk Reduction and
    // Management Council") or has an "of" ("Ministry of Science and ICT"); else it separates two names.
    // A trailing "and" belongs to the next phrase ("the Fish and Wildlife Administration and the ...").
    while (current.length > 0 && current.at(-1)!.text === 'and') current.pop();
    const parts: RunWord[][] = [];
    const keepAnd = current.some((w) => w.text === 'of') || ORG_SUFFIXES.has(current.at(-1)?.text ?? '');
    for (const [i, w] of current.entries()) {
      // "Carrington Hospital and Kingsbay Hospital": an "and" after a complete name (a head word ends it)
      // separates two names even where the last word would keep it.
      const afterName =
        i >= 2 && HEAD_WORDS.has(current[i - 1]!.text) && /^\p{Lu}/u.test(current[i - 2]!.text);
      if (w.text === 'and' && (!keepAnd || afterName)) parts.push([]);
      else if (parts.length === 0) parts.push([w]);
      else parts.at(-1)!.push(w);
    }
    parts.forEach((part, k) => {
      while (part.length > 0 && NAME_CONNECTORS.has(part.at(-1)!.text)) part.pop();
      while (part.length > 0 && NOT_NAME.has(part[0]!.text)) part.shift();
      if (part.length === 0) return;
      const start = part[0]!.start;
      const end = part.at(-1)!.end;
      runs.push({
        sentence,
        words: part,
        text: sentence.text.slice(start - sentence.start, end - sentence.start),
        start,
        end,
        possessive: k === parts.length - 1 && possessive,
      });
    });
    current = [];
    possessive = false;
  };
  const pattern = /\S+/g;
  for (let m = pattern.exec(sentence.text); m; m = pattern.exec(sentence.text)) {
    let raw = m[0];
    let offset = m.index;
    const lead = /^[("“‘'[]+/.exec(raw)?.[0].length ?? 0;
    if (lead > 0) {
      flush();
      raw = raw.slice(lead);
      offset += lead;
    }
    const atEnd = m.index + m[0].length === sentence.text.length;
    let trail =
      /[,;:!?)"”’\]]+$|(?<=[\p{Ll}\p{N}]{2})\.$|(?<=\p{Lu}\p{Ll}+)\.$/u.exec(raw)?.[0] ??
      (atEnd && /\p{Lu}{2,}\.$/u.test(raw) ? '.' : '');
    let word = raw.slice(0, raw.length - trail.length);
    let isPossessive = false;
    const poss = /['’]s$/.exec(word);
    if (poss) {
      word = word.slice(0, -2);
      isPossessive = true;
    } else if (/s['’]$/.test(word)) {
      word = word.slice(0, -1);
      isPossessive = true;
    }
    if (ABBREVIATION.test(word + trail.slice(0, 1)) && trail.startsWith('.')) {
      word += '.';
      trail = trail.slice(1);
    }
    // "1st U.S. Circuit Court of Appeals": an ordinal may open a name.
    const ordinalOpening =
      current.length === 0 &&
      /^\d+(?:st|nd|rd|th)$/.test(word) &&
      /^\s\p{Lu}/u.test(sentence.text.slice(m.index + m[0].length, m.index + m[0].length + 2));
    const capital = (/^\p{Lu}/u.test(word) || ordinalOpening) && !HYPHEN_SUFFIX.test(word);
    const start = sentence.start + offset;
    if (capital && word.length > 0) {
      current.push({ text: word, start, end: start + word.length });
    } else if (
      (NAME_CONNECTORS.has(word) || word === 'and' || joinsInsideName(word, current, sentence.text, m)) &&
      current.length > 0 &&
      trail === ''
    ) {
      current.push({ text: word, start, end: start + word.length });
    } else {
      flush();
      continue;
    }
    // "Riverside Dockers' Union", "Queen's University Belfast", "the Public Auditor's Office": a possessive
    // followed by an organization word is inside the name (but "Norway's Foreign Ministry" is not: the
    // possessive of a place or of a name of one word is an owner).
    const nextWord = /^\s+(\p{Lu}[\p{L}.]*)/u.exec(sentence.text.slice(m.index + m[0].length))?.[1];
    const innerPossessive =
      (isPossessive &&
        trail === '' &&
        capital &&
        nextWord !== undefined &&
        ORG_SUFFIXES.has(nextWord.replace(/[.,;:]$/, '')) &&
        (raw.endsWith("s'") ||
          raw.endsWith('s’') ||
          (current.length > 1 && !isPlaceName(current)) ||
          TITLE_LIKE.test(word))) ||
      // "Women's Tennis Association", "People's Liberation Army": a group's possessive opens a name.
      (isPossessive && trail === '' && capital && nextWord !== undefined && GROUP_POSSESSIVE.test(word));
    if (innerPossessive) {
      current[current.length - 1] = { text: raw, start, end: start + raw.length };
    } else if (isPossessive) {
      possessive = true;
      flush();
    } else if (trail !== '') {
      flush();
    }
  }
  flush();
  return runs;
}

/** The run's words from index i to j (inclusive) as a run. */
export function subRun(run: Run, i: number, j: number): Run {
  const ws = run.words.slice(i, j + 1);
  const start = ws[0]!.start;
  const end = ws.at(-1)!.end;
  return {
    sentence: run.sentence,
    words: ws,
    text: run.sentence.text.slice(start - run.sentence.start, end - run.sentence.start),
    start,
    end,
    possessive: j === run.words.length - 1 ? run.possessive : false,
  };
}
