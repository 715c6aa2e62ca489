import type { Sentence } from '../../../model/schema.ts';
import { linkEntities } from '../analyze/entities.ts';
import { EN } from '../lexicon/en/index.ts';
import { contentStems, parseNumber, parseOrdinal, stem, STOP_WORDS, tokenize } from '../lexicon/text.ts';
import { IRREGULAR_FORMS, SYNONYMS } from '../lexicon/vocabulary.ts';
import type { EntityRef, Question } from '../types.ts';
import type { ArticleIndex } from './article-index.ts';
import type { Fact } from './facts.ts';
import { informativeStems } from './rank.ts';
import { SortedWordSet } from './compact.ts';
import { intern } from './intern.ts';

/** What one word or name of the question needs from a sentence. */
export type Requirement =
  /** `asItself`: met by a form of the word only, not a synonym (the verb of "who paid ...?"). */
  | { kind: 'stem'; stem: string; asItself?: boolean }
  | { kind: 'entity'; ref: EntityRef; stems: string[]; written: string };

/**
 * "Who paid for the project?": the first word after "who" names what was done, and whoever did it is the answer; a
 * synonym of it ("cost" for "paid") says what happened, not who did it. Undefined when that word is a name or none
 * follows, and after a figure just given (what it cost is then what was paid).
 */
function whoVerb(question: Question): string | undefined {
  // "How much did it cost?" then "who paid for it?": the cost just given is what was paid, and its sentence may say by whom.
  if (question.type !== 'who' || question.previousFactId !== undefined) return undefined;
  const at = question.tokens.indexOf('who');
  if (at < 0) return undefined;
  for (let i = at + 1; i < question.tokens.length; i++) {
    if (question.mentions.some((m) => i >= m.start && i < m.end)) return undefined;
    const token = question.tokens[i]!;
    if (!STOP_WORDS.has(token)) return stem(token);
  }
  return undefined;
}

/** A sentence read once per article: its tokens, the stems it holds (with its facts' keywords), the entities it names. */
interface ReadSentence {
  sentence: Sentence;
  tokens: string[];
  /** Its own stems, and those with the keywords of the facts stated by it alone. */
  own: ReadonlySet<string>;
  stems: ReadonlySet<string>;
  entities: ReadonlyArray<{ ref: EntityRef; start: number; end: number }>;
}

export interface SentenceAnswer {
  sentence: Sentence;
  /** The asked words and names the sentence holds, and those it lacks (as written in the question). */
  covered: number;
  missing: string[];
  /** Whether the sentence holds a span of the kind of answer asked (a name for who, a date for when ...). */
  holdsAnswer: boolean;
}

const TIME_WORDS: ReadonlySet<string> = new Set(EN.answerSpans.timeWords);
const TIME_UNITS: ReadonlySet<string> = new Set(EN.answerSpans.timeUnits);
const DATE_MARKERS: ReadonlySet<string> = new Set(EN.answerSpans.dateMarkers);
const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(EN.answerSpans.placePrepositions);
const FUTURE_MARKERS: readonly string[][] = EN.answerSpans.futureMarkers.map((phrase) => phrase.split(' '));
const INSTITUTIONS: ReadonlySet<string> = new Set(EN.answerSpans.institutionWords);
const REASONS: readonly string[][] = EN.answerSpans.reasonWords.map((phrase) => phrase.split(' '));

/** Slots whose cue words only say what kind of answer is wanted. */
const ASK_SLOTS: ReadonlySet<Question['slot']> = new Set([
  'date',
  'place',
  'count',
  'duration',
  'cause',
  'name',
  'role',
  'country',
  'organization',
  'significance',
]);

const readCache = new WeakMap<ArticleIndex, ReadSentence[]>();

/** Reads an article's sentences (tokens, stems, linked names) once; prepare.ts calls it at load. */
export function readSentences(index: ArticleIndex): ReadSentence[] {
  let read = readCache.get(index);
  if (read) return read;
  read = [];
  for (const sentence of index.article.sentences) {
    if (sentence.kind !== 'body' && sentence.kind !== 'caption') continue;
    // Interned: every article's sentences are read at load (prepare.ts), and their words repeat across a library.
    const tokens = tokenize(sentence.text).map(intern);
    const own: ReadonlySet<string> = index.sentenceStems.get(sentence.id) ?? new Set();
    const stems = new Set(own);
    // The model's keywords for what this sentence alone states count as its words ("cost" for "the $10 million
    // bridge"); the event's own fact cites many sentences and lends none.
    for (const fact of index.facts)
      if (fact.sentences.length === 1 && fact.sentences[0] === sentence.id)
        for (const phrase of keywordsOf(fact)) for (const s of contentStems(phrase)) stems.add(intern(s));
    // A partial form names a person (a surname), not an organization ("party" is in many parties' names).
    const entities = linkEntities(tokens, index.lexicon, () => true)
      .filter((m) => !m.partial || m.ref.kind === 'person')
      .map((m) => ({ ref: m.ref, start: m.start, end: m.end }));
    // Without keywords of its own, a sentence's stems are its own stems (one sorted set, shared).
    const shared = stems.size === own.size && own instanceof SortedWordSet;
    read.push({ sentence, tokens, own, stems: shared ? own : new SortedWordSet(stems), entities });
  }
  readCache.set(index, read);
  return read;
}

/** The model's own words for what a fact states: its keywords, and a figure's or topic's label. */
function keywordsOf(fact: Fact): readonly string[] {
  const source = fact.source;
  switch (source.kind) {
    case 'timeline':
      return source.entry.keywords ?? [];
    case 'outcome':
      return source.outcome.keywords ?? [];
    case 'topic':
      return [source.topic.label, ...source.topic.keywords];
    case 'quote':
      return source.quote.keywords ?? [];
    case 'figure':
      return [source.figure.label, ...(source.figure.keywords ?? [])];
    case 'context':
      return source.context.keywords ?? [];
    default:
      return [];
  }
}

/** The question's content the answer must hold: its informative words, a name counted once by what it names. */
export function requirements(question: Question): Requirement[] {
  const out: Requirement[] = [];
  const named = new Set<string>();
  for (const m of question.mentions) {
    // A word of a name only ("station" of "radio station X") is asked as a word, not as that name.
    if (m.ref.kind === 'event' || (m.partial && m.ref.kind !== 'person')) continue;
    const stems = question.tokens.slice(m.start, m.end).map((t) => stem(t));
    for (const token of question.tokens.slice(m.start, m.end))
      for (const part of [token, ...token.split('-')]) named.add(stem(part));
    if (!out.some((r) => r.kind === 'entity' && r.ref.id === m.ref.id))
      out.push({
        kind: 'entity',
        ref: m.ref,
        stems,
        written: question.tokens.slice(m.start, m.end).join(' '),
      });
  }
  // A cue word is content where it names what was done ("who represented", "what did they agree"), not where it is
  // the ask itself ("how many", "when", "where").
  const cuesAreAsk = ASK_SLOTS.has(question.slot);
  const verb = whoVerb(question);
  for (const s of informativeStems(question))
    if (!named.has(s) && !(cuesAreAsk && question.cueStems.has(s)) && !s.includes('-'))
      out.push(s === verb ? { kind: 'stem', stem: s, asItself: true } : { kind: 'stem', stem: s });
  return out;
}

/** A sentence stem meets a question stem: the same, a listed synonym or irregular form, or one inflection apart. */
export function holdsStem(stems: ReadonlySet<string>, s: string): boolean {
  if (stems.has(s)) return true;
  if ((SYNONYMS.get(s) ?? []).some((a) => stems.has(a))) return true;
  return holdsForm(stems, s);
}

/**
 * A sentence stem is a form of a question stem: the same, a listed irregular form, or one inflection apart; not a
 * synonym ("who paid" asks for whoever paid, and a sentence of what something cost does not say who did).
 */
export function holdsForm(stems: ReadonlySet<string>, s: string): boolean {
  if (stems.has(s)) return true;
  if ((IRREGULAR_FORMS.get(s) ?? []).some((a) => stems.has(a))) return true;
  if (s.length < 5) return false;
  for (const t of stems)
    if (t.length >= 5 && Math.abs(t.length - s.length) <= 3 && (t.startsWith(s) || s.startsWith(t)))
      return true;
  return false;
}

function meets(read: ReadSentence, requirement: Requirement): boolean {
  if (requirement.kind === 'stem')
    return (requirement.asItself ? holdsForm : holdsStem)(read.stems, requirement.stem);
  return (
    read.entities.some((e) => e.ref.kind === requirement.ref.kind && e.ref.id === requirement.ref.id) ||
    (requirement.stems.length >= 2 && requirement.stems.every((s) => read.own.has(s)))
  );
}

function hasPhrase(tokens: readonly string[], phrase: readonly string[]): boolean {
  for (let i = 0; i + phrase.length <= tokens.length; i++) {
    let j = 0;
    while (j < phrase.length && tokens[i + j] === phrase[j]) j++;
    if (j === phrase.length) return true;
  }
  return false;
}

const isYear = (t: string): boolean => /^(1[89]\d\d|20\d\d)$/.test(t);
const isNumber = (t: string): boolean => /^\d/.test(t) || parseNumber(t) !== undefined;

/**
 * Whether the sentence holds, outside the question's own words, a span of the kind of answer asked: a person or
 * organization for who, a date for when, a place for where, a number for how many, a length of time for how long,
 * a reason for why. Other questions need only a word the question does not already say.
 */
function holdsAnswerSpan(question: Question, read: ReadSentence, asked: ReadonlySet<string>): boolean {
  const newEntities = (): ReadSentence['entities'] =>
    read.entities.filter(
      (e) => !question.mentions.some((m) => m.ref.kind === e.ref.kind && m.ref.id === e.ref.id),
    );
  const tokens = read.tokens;
  const fresh = (t: string): boolean => !asked.has(t);
  // "When is the next round?": a record of the past never says what is to come; "who was it in 1998?" wants 1998.
  if (question.asksFuture && !FUTURE_MARKERS.some((phrase) => hasPhrase(tokens, phrase))) return false;
  if (question.year !== undefined && !tokens.includes(String(question.year))) return false;
  switch (question.slot) {
    case 'date':
      return tokens.some(
        (t, i) =>
          fresh(t) &&
          (TIME_WORDS.has(t) || isYear(t) || (TIME_UNITS.has(t) && i > 0 && isNumber(tokens[i - 1]!))),
      );
    case 'place':
      return (
        newEntities().some(
          (e) =>
            e.ref.kind === 'place' ||
            e.ref.kind === 'organization' ||
            (e.ref.kind === 'country' && PLACE_PREPOSITIONS.has(tokens[e.start - 1] ?? '')),
        ) || placeAfterPreposition(asked, read)
      );
    case 'count':
      return tokens.some(
        (t, i) =>
          fresh(t) &&
          isNumber(t) &&
          !isYear(t) &&
          !TIME_WORDS.has(tokens[i - 1] ?? '') &&
          !TIME_WORDS.has(tokens[i + 1] ?? '') &&
          countsAsked(question, tokens, i),
      );
    case 'duration':
      return tokens.some(
        (t, i) =>
          TIME_UNITS.has(t) &&
          i > 0 &&
          (isNumber(tokens[i - 1]!) || tokens[i - 1] === 'a' || tokens[i - 1] === 'an'),
      );
    case 'cause':
      return REASONS.some((phrase) => hasPhrase(tokens, phrase));
    default:
      break;
  }
  // "Who paid for it?": a person, an organization, or an institution the model lists as none ("the state").
  if (question.type === 'who')
    return (
      newEntities().some((e) => e.ref.kind === 'person' || e.ref.kind === 'organization') ||
      tokens.some((t) => fresh(t) && INSTITUTIONS.has(t))
    );
  // "Which customers?": a name the question does not hold, not a sentence that only mentions them.
  if (question.type === 'which') return newEntities().length > 0 || capitalisedAfterStart(asked, read);
  if (question.type === 'when') return tokens.some((t, i) => fresh(t) && isDate(tokens, i, asked));
  for (const s of read.stems) if (!question.stems.includes(s) && parseOrdinal(s) === undefined) return true;
  return false;
}

/** "how many ships": the number must count the thing asked, written within a few words after it ("47 container ships"). */
function countsAsked(question: Question, tokens: readonly string[], at: number): boolean {
  const counted = question.counted;
  if (!counted || counted.length === 0) return true;
  const after = new Set(tokens.slice(at + 1, at + 4).map((t) => stem(t)));
  return counted.some((s) => holdsStem(after, s));
}

/** A day, a month, a year, or a time unit placed in time ("the 58th minute", "next week", "the end of the year"). */
function isDate(tokens: readonly string[], i: number, asked: ReadonlySet<string>): boolean {
  const t = tokens[i]!;
  if (TIME_WORDS.has(t) || isYear(t)) return true;
  if (!TIME_UNITS.has(t)) return false;
  const before = tokens[i - 1] ?? '';
  const twoBefore = tokens[i - 2] ?? '';
  // "next quarter" answers "when next?" only if "next" is not the question's own word.
  const marks = (t: string): boolean => DATE_MARKERS.has(t) && !asked.has(t);
  return parseOrdinal(before) !== undefined || marks(before) || marks(twoBefore);
}

/** A word written as a name (capitalised, not the first of the sentence) that the question does not hold. */
function capitalisedAfterStart(asked: ReadonlySet<string>, read: ReadSentence): boolean {
  return read.sentence.text
    .split(/\s+/)
    .slice(1)
    .some((w) => {
      const word = w.replace(/[^\p{L}-]/gu, '');
      return /^\p{Lu}/u.test(word) && !asked.has(word.toLowerCase()) && !TIME_WORDS.has(word.toLowerCase());
    });
}

/** "in Springfield, Ohio": a capitalised word after a place preposition that the question does not name. */
function placeAfterPreposition(asked: ReadonlySet<string>, read: ReadSentence): boolean {
  const words = read.sentence.text.split(/\s+/);
  for (let i = 1; i < words.length; i++) {
    const before = words[i - 1]!.toLowerCase();
    const word = words[i]!.replace(/[^\p{L}-]/gu, '');
    if (PLACE_PREPOSITIONS.has(before) && /^\p{Lu}/u.test(word) && !asked.has(word.toLowerCase()))
      return true;
  }
  return false;
}

/**
 * The sentence that covers most of what the question asks, by the question's words (stemmed, with synonyms and
 * irregular forms) and names (by any of their aliases), preferring one that holds a span of the asked kind; the
 * best covering sentence wins, then the shorter one. Undefined when no sentence holds any asked word.
 */
export function bestCoveringSentence(index: ArticleIndex, question: Question): SentenceAnswer | undefined {
  const needed = requirements(question);
  // One common word ("where did it hit?") is no evidence: any sentence might hold it.
  if (!needed.some((r) => r.kind === 'stem')) return undefined;
  // "Who attended?": a who-question whose only words name the part played asks for the participants, a list.
  if (question.type === 'who' && needed.every((r) => r.kind === 'stem' && question.cueStems.has(r.stem)))
    return undefined;
  const only = needed[0]!;
  if (
    needed.length === 1 &&
    only.kind === 'stem' &&
    (index.idf.get(only.stem) ?? index.maxIdf) < 0.5 * index.maxIdf
  )
    return undefined;
  const weight = (r: Requirement): number =>
    r.kind === 'entity' ? index.maxIdf * 0.5 : (index.idf.get(r.stem) ?? index.maxIdf);
  const total = needed.reduce((sum, r) => sum + weight(r), 0);
  let best: { answer: SentenceAnswer; score: number } | undefined;
  // The question's words, once for all its sentences.
  const asked: ReadonlySet<string> = new Set(question.tokens);
  for (const read of readSentences(index)) {
    const held = needed.filter((r) => meets(read, r));
    if (held.length === 0) continue;
    const covered = held.reduce((sum, r) => sum + weight(r), 0) / total;
    // A sentence that could not win even holding an answer span is not read for one.
    if (best && covered + 0.01 - read.tokens.length * 0.0001 <= best.score) continue;
    const holdsAnswer = holdsAnswerSpan(question, read, asked);
    const score = covered + (holdsAnswer ? 0.01 : 0) - read.tokens.length * 0.0001;
    if (!best || score > best.score) {
      const missing = needed
        .filter((r) => !held.includes(r))
        .map((r) => (r.kind === 'stem' ? wordOf(question, r.stem) : r.written));
      best = { answer: { sentence: read.sentence, covered, missing, holdsAnswer }, score };
    }
  }
  return best?.answer;
}

function wordOf(question: Question, s: string): string {
  return question.tokens.find((t) => stem(t) === s) ?? s;
}

/**
 * "How much did the film cost?" / "Who helped pay for it?": the first of the given sentences (those of the fact the
 * conversation is about) that holds every asked word and name and a span of the asked kind; undefined when none
 * does, or the question asks nothing beyond its question word.
 */
export function coveringAmong(
  index: ArticleIndex,
  question: Question,
  ids: readonly string[],
): Sentence | undefined {
  const needed = requirements(question);
  if (!needed.some((r) => r.kind === 'stem' && !question.cueStems.has(r.stem))) return undefined;
  const asked: ReadonlySet<string> = new Set(question.tokens);
  const read = readSentences(index).find(
    (r) =>
      ids.includes(r.sentence.id) && needed.every((n) => meets(r, n)) && holdsAnswerSpan(question, r, asked),
  );
  return read?.sentence;
}
