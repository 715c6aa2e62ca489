import { COMMON_STEMS } from '../analyze/common-words.ts';
import { EN } from '../lexicon/en/index.ts';
import { mainEvent } from '../../../model/events.ts';
import type { ArticleIndex } from './article-index.ts';
import { dateCovers } from '../lexicon/dates.ts';
import { statementOf } from './facts.ts';
import type { Fact, FactSource } from './facts.ts';
import { contentStems, contentStemSet, parseNumber, STOP_WORDS, stem, tokenize } from '../lexicon/text.ts';
import { FURNITURE_STEMS, FURNITURE_WORDS, SYNONYMS } from '../lexicon/vocabulary.ts';
import type { Question, QuestionContext, Slot } from '../analyze/understand.ts';

export interface RankedFact {
  fact: Fact;
  score: number;
  /** Share of the question's informative words the fact covers (0..1). */
  coverage: number;
}

/**
 * Per slot, how well each kind of fact answers it (a kind not listed: the slot's default, in compatibility);
 * module constants, as compatibility runs for every fact of every ranking.
 */
const KIND_FIT: Readonly<Record<string, Readonly<Partial<Record<FactSource['kind'], number>>>>> = {
  outcome: { outcome: 1, quote: 0.5, timeline: 0.4, context: 0.3, gap: 0.9 },
  topic: { topic: 1, quote: 0.6, outcome: 0.5, context: 0.4, gap: 0.9 },
  quote: { quote: 1, outcome: 0.5, gap: 0.9 },
  background: { context: 1, timeline: 1, gap: 0.9 },
  happened: { timeline: 1, event: 0.9, outcome: 0.8, gap: 0.5 },
};

export function compatibility(slot: Slot, fact: Fact): number {
  const source = fact.source;
  switch (slot) {
    case 'date':
      if (source.kind === 'event' || (source.kind === 'timeline' && fact.date?.value)) return 1;
      if (source.kind === 'figure') {
        if (pointInTime(fact)) return 1;
        return /^years?$/.test(source.figure.unit ?? '') ? 0.6 : 0.2;
      }
      // An outcome tells when if the model dates it or its own words place it in time ("opens next year", "until
      // further notice"); otherwise it only shares the question's words.
      if (source.kind === 'outcome') return fact.date || placedInTime(fact) ? 0.6 : 0.3;
      return source.kind === 'gap' ? 0.9 : 0.2;
    case 'place':
      if (source.kind === 'event') return 1;
      if (source.kind === 'timeline') return source.entry.places.length > 0 ? 1 : 0.2;
      return source.kind === 'gap' ? 0.9 : 0.1;
    case 'outcome':
      return KIND_FIT.outcome![source.kind] ?? 0.1;
    case 'topic':
      return KIND_FIT.topic![source.kind] ?? 0.2;
    case 'cause':
      if (source.kind === 'context')
        return source.context.kind === 'cause' || source.context.kind === 'why-now' ? 1 : 0.8;
      return source.kind === 'timeline' ? 0.5 : source.kind === 'gap' ? 0.9 : 0.2;
    case 'significance':
      if (source.kind === 'context') return source.context.kind === 'significance' ? 1 : 0.7;
      return source.kind === 'gap' ? 0.9 : 0.3;
    case 'count':
      // A count of years is a length of time ("how long"), not a number of things.
      if (source.kind === 'figure')
        return /^(year|month|week|day)s?$/.test(source.figure.unit ?? '') ? 0.3 : 1;
      return source.kind === 'gap' ? 0.9 : source.kind === 'timeline' ? 0.3 : 0.1;
    case 'duration':
      if (source.kind === 'figure')
        return /year|month|week|day|hour|minute/.test(source.figure.unit ?? '') &&
          source.figure.unit !== 'year'
          ? 1
          : 0.3;
      return source.kind === 'gap'
        ? 0.9
        : source.kind === 'timeline' && source.entry.date.duration
          ? 0.5
          : 0.1;
    case 'ordinal':
      return source.kind === 'event' ? 1 : source.kind === 'figure' ? 0.5 : 0.1;
    case 'format':
      return source.kind === 'event' ? 1 : 0.1;
    case 'quote':
      return KIND_FIT.quote![source.kind] ?? 0.2;
    case 'background':
      return KIND_FIT.background![source.kind] ?? 0.3;
    case 'name':
      return source.kind === 'gap' || source.kind === 'event' ? 1 : 0.7;
    case 'happened':
      return KIND_FIT.happened![source.kind] ?? 0.4;
    default:
      return 0.8;
  }
}

const TIME_UNITS: ReadonlySet<string> = new Set(EN.answerSpans.timeUnits);

/**
 * "In the 23rd minute", "on the third day": a figure counting a unit of time by an ordinal is a point in time within
 * the story (when something happened), not a length of time, so it answers "when".
 */
function pointInTime(fact: Fact): boolean {
  if (fact.source.kind !== 'figure') return false;
  const { unit, asWritten } = fact.source.figure;
  return (
    unit !== undefined &&
    TIME_UNITS.has(unit) &&
    new RegExp(`\\b(\\d+(st|nd|rd|th)|${ORDINAL_WORDS}) ${unit}\\b`, 'i').test(asWritten)
  );
}

const ORDINAL_WORDS = 'first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|final|last';

const TIME_WORDS: ReadonlySet<string> = new Set([
  ...EN.answerSpans.timeWords,
  ...EN.answerSpans.timeUnits,
  'until',
]);
const timePlaced = new WeakMap<Fact, boolean>();

/** Whether an outcome's own words (statement, detail, quotes) hold a time: a day, month, year or unit of time. */
export function placedInTime(fact: Fact): boolean {
  let known = timePlaced.get(fact);
  if (known === undefined) {
    const source = fact.source;
    const text =
      source.kind === 'outcome'
        ? [source.outcome.statement, source.outcome.detail ?? '', ...source.outcome.evidence.quotes].join(' ')
        : '';
    known = tokenize(text).some((t) => TIME_WORDS.has(t) || /^(1[89]\d\d|20\d\d)$/.test(t));
    timePlaced.set(fact, known);
  }
  return known;
}

/** Slots whose answer, absent other words, is about the story's own event. */
const EVENT_DEFAULT_SLOTS: ReadonlySet<Slot> = new Set(['date', 'place', 'format', 'ordinal', 'happened']);

export function informativeStems(question: Question): string[] {
  return [
    ...new Set(
      question.stems.filter(
        (s) => !FURNITURE_STEMS.has(s) && !question.eventStems.has(s) && !/^\d+$/.test(s),
      ),
    ),
  ];
}

/** What tieBreak reads of the question, read once per ranking rather than once per fact. */
interface TieBreakAsk {
  /** The question's tokens that are neither furniture nor stop words, in order (repeats kept). */
  tokens: string[];
  /** The numbers the question's tokens spell. */
  numbers: number[];
  /** Per stem of the question (repeats kept), its synonyms. */
  synonyms: (readonly string[])[];
}

function tieBreakAsk(
  question: Question,
  inSomeFact: (words: readonly string[]) => readonly string[],
): TieBreakAsk {
  return {
    tokens: question.tokens.filter((token) => !FURNITURE_WORDS.has(token) && !STOP_WORDS.has(token)),
    numbers: question.tokens.map(parseNumber).filter((n): n is number => n !== undefined),
    synonyms: question.stems.map((s) => inSomeFact(SYNONYMS.get(s) ?? NO_WORDS)),
  };
}

/** Small preferences between facts that match equally: the exact words asked, the people named. */
function tieBreak(ask: TieBreakAsk, fact: Fact, mentioned: ReadonlySet<string>): number {
  let bonus = 0;
  for (const token of ask.tokens) if (fact.words.has(token)) bonus += 0.02;
  for (const id of mentioned) if (fact.entities.has(id)) bonus += 0.05;
  // "first talks in 5 years": a number asked that is the figure's own value.
  const source = fact.source;
  if (source.kind === 'figure' && ask.numbers.includes(source.figure.value)) bonus += 0.1;
  // "the purpose of the channels" for "channels designed to ...": a slot word paraphrased by the fact's own words.
  for (const synonyms of ask.synonyms)
    if (synonyms.some((alternative) => (fact.bag.get(alternative) ?? 0) >= 1)) bonus += 0.03;
  return Math.min(bonus, 0.15);
}

/** The stems of the people's names the question mentions whom the fact involves. */
function namesOfInvolved(question: Question, fact: Fact): ReadonlySet<string> {
  // Asked for every fact: no set made for a fact involving none of the people named.
  let found: Set<string> | undefined;
  for (const m of question.mentions)
    if (m.ref.kind === 'person' && fact.entities.has(m.ref.id)) {
      found ??= new Set<string>();
      for (let t = m.start; t < m.end; t++) found.add(stem(question.tokens[t]!));
    }
  return found ?? NO_NAMES;
}

/**
 * How much a word the facts never use counts. A word written as a name, or the whole ask of a question that names no
 * slot, counts in full (nothing answers it); a generic word around a slot the question names ("the end result",
 * "set up format-wise") is paraphrase and counts for little.
 */
function unknownWeight(index: ArticleIndex, question: Question, s: string): number {
  const named = question.unknownNames.some((name) => stem(name) === s);
  // In a yes/no question the unknown word is usually the very thing asked about ("Was climate change discussed?").
  const slotNamed =
    question.type !== 'yes-no' &&
    (question.slotExplicit || ['when', 'where', 'why', 'who'].includes(question.type));
  return named || !slotNamed ? index.maxIdf : index.maxIdf * 0.25;
}

/** An elliptical follow-up leans on the fact and people just talked about: facts sharing their sentences or people. */
function contextBonus(
  context: QuestionContext,
  fact: Fact,
  remembered: Fact | undefined,
  /** What the fact shares with the remembered fact (see rememberedPairs), 0 without one. */
  pair: number,
): number {
  if (remembered && fact.id === remembered.id) return context.excludeFact ? -1 : 0.3;
  if (context.excludeFact && context.given.includes(fact.id)) return -1;
  let bonus = 0;
  if (remembered && (pair & 1) === 1) bonus += 0.5;
  if (context.people.some((id) => fact.entities.has(id))) bonus += 0.25;
  // "why were they cut off?" after the channels: "they" are what the remembered fact names in its own words.
  if (remembered) bonus += Math.min(0.3, 0.1 * (pair >> 1));
  return bonus;
}

const pairsByRemembered = new WeakMap<Fact, Uint8Array>();

/**
 * What each fact of the index (by position) shares with a remembered fact, read once per remembered fact
 * rather than at every follow-up: bit 0, a sentence; above it, how many of the remembered fact's own words
 * (weight 1, not furniture: strongWords) the fact holds with weight 1 (at most 127).
 */
function rememberedPairs(index: ArticleIndex, remembered: Fact): Uint8Array {
  let pairs = pairsByRemembered.get(remembered);
  if (!pairs) {
    const words = strongWords(remembered);
    pairs = new Uint8Array(index.facts.length);
    index.facts.forEach((fact, i) => {
      let shared = 0;
      for (const s of words) if ((fact.bag.get(s) ?? 0) >= 1) shared++;
      const sentence = remembered.sentences.some((id) => fact.sentences.includes(id)) ? 1 : 0;
      pairs![i] = (Math.min(shared, 127) << 1) | sentence;
    });
    pairsByRemembered.set(remembered, pairs);
  }
  return pairs;
}

/** A fact's own words (weight 1 or more, not furniture), read once per ranking rather than once per fact. */
function strongWords(fact: Fact | undefined): string[] {
  const words: string[] = [];
  if (fact) for (const [s, weight] of fact.bag) if (weight >= 1 && !FURNITURE_STEMS.has(s)) words.push(s);
  return words;
}

/** Numbers asked that are not a year ("the 11 talks"): content to match, like words. */
function askedNumbers(question: Question): string[] {
  return question.tokens.filter((t) => /^\d+$/.test(t) && !/^(1[89]\d\d|20\d\d)$/.test(t));
}

const CONDITION_STEMS = ['forces', 'pressures', 'factors', 'drivers', 'circumstances'].map(stem);

const CHANGE_STEMS: ReadonlySet<string> = new Set(EN.changeWords.map(stem));

/**
 * A number is given only for a question about that quantity: "how much did revenue grow" wants a change, "how much
 * revenue" the amount. A figure whose label names a change answers the first; one that does not, the second.
 */
function quantityFit(asksChange: boolean, fact: Fact): number {
  if (fact.source.kind !== 'figure') return 1;
  return asksChange === isChangeFigure(fact) ? 1 : 0.6;
}

/** Whether a figure's label names a change; read once per fact (facts live as long as their article's index). */
const changeFigures = new WeakMap<Fact, boolean>();
export function isChangeFigure(fact: Fact): boolean {
  let known = changeFigures.get(fact);
  if (known === undefined && fact.source.kind === 'figure') {
    known = contentStems(fact.source.figure.label).some((s) => CHANGE_STEMS.has(s));
    changeFigures.set(fact, known);
  }
  return known ?? false;
}

const NO_NAMES: ReadonlySet<string> = new Set();
const NO_WORDS: readonly string[] = [];

const factStemsOf = new WeakMap<ArticleIndex, ReadonlySet<string>>();

/**
 * Every stem some fact's bag holds, once per index: a stem (or synonym, or alternate) no fact holds scores 0 in
 * every fact, so the ranking loop need not look it up fact by fact.
 */
function factStems(index: ArticleIndex): ReadonlySet<string> {
  let stems = factStemsOf.get(index);
  if (!stems) {
    const all = new Set<string>();
    for (const fact of index.facts) for (const s of fact.bag.keys()) all.add(s);
    stems = all;
    factStemsOf.set(index, stems);
  }
  return stems;
}

const coreStemsOf = new WeakMap<Fact, ReadonlySet<string>>();

/**
 * The stems of what a fact itself states (a timeline entry's "what", an outcome's statement, a figure's label; the
 * event's name, aliases and nouns), without the quotes and keywords around it; read once per fact.
 */
function coreStems(index: ArticleIndex, fact: Fact): ReadonlySet<string> {
  let core = coreStemsOf.get(fact);
  if (!core) {
    core = contentStemSet(statementOf(index.article, fact.source));
    coreStemsOf.set(fact, core);
  }
  return core;
}

export function rankFacts(index: ArticleIndex, question: Question): RankedFact[] {
  const stems = [...informativeStems(question), ...askedNumbers(question).filter((n) => index.idf.has(n))];
  const weights = stems.map((s) => {
    // A compound no fact writes ("korea-japan") is counted by its parts, which the question also holds.
    if (s.includes('-') && !index.idf.has(s)) return 0;
    const paraphrased = (SYNONYMS.get(s) ?? []).find((alternative) => index.idf.has(alternative));
    const weight = index.idf.get(s) ?? index.idf.get(paraphrased ?? '') ?? unknownWeight(index, question, s);
    // A frequent framing word ("get", "make", "keep") is asked, but shares too little to decide between facts.
    const framing = COMMON_STEMS.has(s) ? 0.5 : 1;
    return (question.cueStems.has(s) ? weight * 0.5 : weight) * framing;
  });
  const totalWeight = weights.reduce((a, b) => a + b, 0);
  const asksFuture = question.slot === 'date' && question.cues.has('laterAsked');
  const dateline = index.article.referenceDate;
  // A question that names only what it wants ("What did the joint statement say?") gets the slot's own facts.
  // Only words some fact of the asked slot could hold count against that prior ("the end result": no outcome says "end").
  const slotFacts = index.facts.filter((f) => compatibility(question.slot, f) >= 0.9);
  const knownStems = stems.filter(
    (s) => index.idf.has(s) && !question.cueStems.has(s) && slotFacts.some((f) => f.bag.has(s)),
  );
  const countsSomething = question.slot === 'count' || question.slot === 'duration';
  const slotPrior =
    question.slotExplicit && !countsSomething && knownStems.length === 0 && question.unknownWords.length <= 1
      ? 0.5
      : 0;
  const mentioned = new Set(
    question.mentions.filter((m) => m.ref.kind === 'person' || m.ref.kind === 'country').map((m) => m.ref.id),
  );
  const ownOrdinal = mainEvent(index.article).ordinal;
  const ordinalStem = ownOrdinal ? stem(ownOrdinal.asWritten) : undefined;
  const remembered = index.facts.find((f) => f.id === question.context?.factId);
  const asksConditions = question.slot === 'cause' && CONDITION_STEMS.some((s) => question.cueStems.has(s));
  const asksChange = question.tokens.some((t) => CHANGE_STEMS.has(stem(t)));
  const ordinal = ownOrdinal?.value;
  const namesPeople = question.type !== 'yes-no' && question.mentions.some((m) => m.ref.kind === 'person');
  // Read once per ranking, not once per fact; only the stems some fact holds are looked up in each fact's bag.
  const held = factStems(index);
  const inSomeFact = (words: readonly string[]) =>
    words.some((w) => held.has(w)) ? words.filter((w) => held.has(w)) : NO_WORDS;
  const heldStem = stems.map((s) => held.has(s));
  const synonymsOf = stems.map((s) => inSomeFact(SYNONYMS.get(s) ?? NO_WORDS));
  const alternatesOf = stems.map((s) => inSomeFact(index.alternates.get(s) ?? NO_WORDS));
  const tieBreaking = tieBreakAsk(question, inSomeFact);
  const pairs = question.context && remembered ? rememberedPairs(index, remembered) : undefined;
  const ranked: RankedFact[] = [];
  /** Per fact (by position), the share of the question's weight its own statement holds (see coreStems). */
  const coreCoverage = new Float64Array(index.facts.length);
  for (let f = 0; f < index.facts.length; f++) {
    const fact = index.facts[f]!;
    let matched = 0;
    const involved = namesPeople ? namesOfInvolved(question, fact) : NO_NAMES;
    for (let i = 0; i < stems.length; i++) {
      const s = stems[i]!;
      // "Smith and Jones" for a fact about "the two leaders": a name counts where its entity is involved.
      let hit = involved.has(s) ? 1 : heldStem[i] ? (fact.bag.get(s) ?? 0) : 0;
      for (const alternative of synonymsOf[i]!) hit = Math.max(hit, 0.8 * (fact.bag.get(alternative) ?? 0));
      for (const alternative of alternatesOf[i]!) hit = Math.max(hit, 0.9 * (fact.bag.get(alternative) ?? 0));
      matched += hit * weights[i]!;
    }
    const coverage = totalWeight > 0 ? matched / totalWeight : 0;
    if (totalWeight > 0 && coverage > 0) {
      const core = coreStems(index, fact);
      let inCore = 0;
      for (let i = 0; i < stems.length; i++)
        if (core.has(stems[i]!) || involved.has(stems[i]!)) inCore += weights[i]!;
      coreCoverage[f] = inCore / totalWeight;
    }
    const prior =
      fact.source.kind === 'event' && EVENT_DEFAULT_SLOTS.has(question.slot)
        ? knownStems.length === 0
          ? 0.5
          : 0.15
        : slotPrior;
    const compatible = ownHappening(question, fact, coreCoverage[f]!)
      ? 1
      : compatibility(question.slot, fact);
    let score = compatible * (coverage + (compatible >= 1 ? prior : 0));
    if (fact.source.kind === 'gap') score *= 0.85;
    // "What forces / pressures were behind it?" asks the conditions it came in, not the event that preceded it.
    if (asksConditions && fact.source.kind === 'context' && fact.source.context.kind === 'why-now')
      score *= 0.6;
    if (coverage > 0) score += tieBreak(tieBreaking, fact, mentioned);
    score *= quantityFit(asksChange, fact);
    if (question.year !== undefined || question.month !== undefined) {
      if (fact.date && dateCovers(fact.date, question.year, question.month))
        score += fact.date.precision === 'range' ? 0.35 : 0.5;
      else if (fact.source.kind !== 'gap' && fact.date) score -= 0.2;
    }
    const aboutThisEvent =
      fact.source.kind === 'event' || (ordinalStem !== undefined && (fact.bag.get(ordinalStem) ?? 0) >= 1);
    if (
      aboutThisEvent &&
      question.ordinal !== undefined &&
      ordinal !== undefined &&
      question.ordinal !== ordinal
    )
      score -= 0.6;
    if (asksFuture && fact.source.kind !== 'gap' && !(fact.date?.value && fact.date.value > dateline))
      score -= 1;
    if (question.context)
      score += compatible * contextBonus(question.context, fact, remembered, pairs?.[f] ?? 0);
    ranked.push({ fact, score, coverage });
  }
  discountEventPrior(question, ranked);
  discountEventPriorBeside(question, ranked, coreCoverage, knownStems.length === 0 ? 0.5 : 0.15);
  return ranked.sort((a, b) => b.score - a.score);
}

/**
 * "What happened to the bank?": a question asking what happened, naming in its every word what the story's own event
 * names (its name, aliases, nouns), and no year or month, asks the story's news itself: the event answers it as fully
 * as a timeline entry does (one from years before, or the day before, is not the news asked).
 */
function ownHappening(question: Question, fact: Fact, core: number): boolean {
  return (
    question.slot === 'happened' &&
    fact.source.kind === 'event' &&
    core > 0.99 &&
    question.year === undefined &&
    question.month === undefined
  );
}

/**
 * "When did the repairs start?": the story's own event answers a when-question by default only if the
 * question is about it. One that never names the event, whose words the event lacks and another fact holds, asks
 * about that other thing: the event's date is not its answer.
 */
function discountEventPrior(question: Question, ranked: RankedFact[]): void {
  if (!EVENT_DEFAULT_SLOTS.has(question.slot) || question.eventStems.size > 0) return;
  if (question.mentions.some((m) => m.ref.kind === 'event')) return;
  const event = ranked.find((r) => r.fact.source.kind === 'event');
  if (!event || event.coverage > 0) return;
  if (
    ranked.some((r) => r.fact.source.kind !== 'event' && r.fact.source.kind !== 'gap' && r.coverage >= 0.75)
  )
    event.score = Math.min(event.score, 0.15);
}

/**
 * "When were the objects taken?": the event's own lead sentence often holds every word of a question about an earlier
 * step ("objects looted ... taken"), so the event ties with the timeline entry that states it ("troops took the
 * objects") and wins by its prior. When another fact answering the slot states the question's words in its own
 * statement clearly more than the event's name and nouns do, and covers the question as well, the question is about
 * that fact: the event keeps its coverage but loses its prior.
 */
function discountEventPriorBeside(
  question: Question,
  ranked: RankedFact[],
  coreCoverage: Float64Array,
  prior: number,
): void {
  if (!EVENT_DEFAULT_SLOTS.has(question.slot) || question.eventStems.size > 0) return;
  if (question.mentions.some((m) => m.ref.kind === 'event')) return;
  const at = ranked.findIndex((r) => r.fact.source.kind === 'event');
  const event = ranked[at];
  if (!event) return;
  const eventCore = coreCoverage[at]!;
  const rival = ranked.some(
    (r, i) =>
      r.fact.source.kind !== 'event' &&
      r.fact.source.kind !== 'gap' &&
      compatibility(question.slot, r.fact) >= 0.9 &&
      r.coverage >= event.coverage - 1e-9 &&
      (coreCoverage[i]! >= eventCore + 0.2 || (coreCoverage[i]! > 0.99 && eventCore < 0.99)),
  );
  if (rival) event.score -= compatibility(question.slot, event.fact) * prior;
}
