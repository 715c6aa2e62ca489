import { EN } from '../lexicon/en/index.ts';
import { joinList, parseNumber, STOP_WORDS, stem, tokenize } from '../lexicon/text.ts';
import { FURNITURE_STEMS, FURNITURE_WORDS, SYNONYMS } from '../lexicon/vocabulary.ts';
import { PEOPLE_NOUNS } from '../analyze/cues.ts';
import { COMMON_STEMS, COMMON_WORDS } from '../analyze/common-words.ts';
import { irregularLemma, isPastVerbForm } from '../lexicon/lemma.ts';
import type { ArticleIndex } from '../retrieve/article-index.ts';
import { SortedPairSet } from '../retrieve/compact.ts';
import { intern } from '../retrieve/intern.ts';
import type { Fact } from '../retrieve/facts.ts';
import type { Figure } from '../../../model/schema.ts';
import { mainEvent } from '../../../model/events.ts';
import { statesOpposite } from '../handlers/yes-no-verdict.ts';
import type { AnswerContext, Draft, Question } from '../types.ts';

/**
 * A number is given only for a question about that quantity. A question asking a person's age, a sum of money or
 * how many of some thing ("how many foreigners were killed?") is answered only by a figure of that measure counting
 * that thing; otherwise the article doesn't say, and the answer found is offered as what it does say.
 */

const AGE_WORDS: ReadonlySet<string> = new Set(EN.measureWords.age);
const MONEY_WORDS: ReadonlySet<string> = new Set(EN.measureWords.money);
const MONEY_AFTER_HOW_MUCH: ReadonlySet<string> = new Set(EN.measureWords.moneyAfterHowMuch);
const CURRENCY_WORDS: ReadonlySet<string> = new Set(EN.measureWords.currencies);
/** Figures that can tell how old something is ("built in 1932", "60 years old", "a 40-year span"). */
const AGE_LIKE_MEASURES: ReadonlySet<string> = new Set(['age', 'duration', 'year']);
/** "how is", "how did", ...: a question about the way something is done. */
const AUXILIARY_AFTER_HOW: ReadonlySet<string> = new Set([
  'is',
  'are',
  'was',
  'were',
  'did',
  'does',
  'do',
  'will',
  'would',
  'has',
  'have',
  'had',
  'can',
  'could',
]);
/** How many words a number may stand before the noun it counts ("11 contracts", "four public hospitals"). */
const COUNT_REACH = 3;

export type AskedMeasure =
  | { measure: 'age' }
  | { measure: 'money' }
  | { measure: 'length' }
  | { measure: 'count'; nouns: string[]; written: string; total?: number };

function isMoneyWord(token: string): boolean {
  return MONEY_WORDS.has(token) || CURRENCY_WORDS.has(token);
}

/** "in charge of" names a remit, not a sum: a money word between "in" and "of" is part of a phrase. */
function inPhrase(tokens: readonly string[], at: number): boolean {
  return tokens[at - 1] === 'in' && tokens[at + 1] === 'of';
}

/**
 * "What will the club do with the money?": a money word after a preposition is what the question is about, not the
 * quantity it asks, unless a money word stands before it too ("what did they pay for the fee") or "how much" asks it
 * ("how much of the money was recovered?").
 */
function objectOfPreposition(tokens: readonly string[], at: number): boolean {
  const before =
    tokens[at - 1] === 'the' || tokens[at - 1] === 'that' || tokens[at - 1] === 'this' ? at - 2 : at - 1;
  return OBJECT_PREPOSITIONS.has(tokens[before] ?? '') && !tokens.slice(0, before).some(isMoneyWord);
}

const OBJECT_PREPOSITIONS: ReadonlySet<string> = new Set(['with', 'from', 'into', 'of', 'about', 'for']);

function follows(tokens: readonly string[], first: string, second: string): number {
  return tokens.findIndex((t, i) => t === first && tokens[i + 1] === second);
}

/** The kind of quantity a question asks for, read from its analysed tokens. */
export function askedMeasure(question: Question): AskedMeasure | undefined {
  if (question.type === 'yes-no') return undefined;
  const tokens = question.tokens;
  if (follows(tokens, 'how', 'old') >= 0 || tokens.some((t) => AGE_WORDS.has(t) && t !== 'old'))
    return { measure: 'age' };
  const howMuch = follows(tokens, 'how', 'much') >= 0;
  // "What share is the state paying?", "when will the cost be known?": a money word around a question that
  // asks a share or a date does not ask a sum.
  // "How is the city paying its share?", "how was it funded?": "how" before a verb asks the way, not the sum.
  const asksWay = tokens[0] === 'how' && AUXILIARY_AFTER_HOW.has(tokens[1] ?? '');
  // "How many projects were paid for?" counts the projects: a sum is asked after "how many" only of money itself.
  const howMany = follows(tokens, 'how', 'many');
  const countsOther = howMany >= 0 && !isMoneyWord(tokens[howMany + 2] ?? '');
  const asksOther =
    question.type === 'when' ||
    asksWay ||
    countsOther ||
    (question.quantity !== undefined && !question.quantity.measures.includes('money'));
  if (
    question.type !== 'who' &&
    !asksOther &&
    tokens.some(
      (t, i) =>
        (MONEY_WORDS.has(t) && !inPhrase(tokens, i) && (howMuch || !objectOfPreposition(tokens, i))) ||
        (howMuch && MONEY_AFTER_HOW_MUCH.has(t)),
    )
  )
    return { measure: 'money' };
  if (follows(tokens, 'how', 'long') >= 0 && follows(tokens, 'long', 'ago') < 0) return { measure: 'length' };
  if (howMany < 0) return undefined;
  // The counted noun: the first word after "how many", or a name right after it ("how many earlier security
  // talks", "how many South Korean officials"); the words up to a function word are what is shown.
  const words: string[] = [];
  const nouns: string[] = [];
  // "How many of the 23 fires ...?" counts the fires: "of", "the" and the number stand before the noun.
  let from = howMany + 2;
  let total: number | undefined;
  if (tokens[from] === 'of') {
    from++;
    while (
      from < tokens.length &&
      (STOP_WORDS.has(tokens[from]!) || parseNumber(tokens[from]!) !== undefined)
    )
      total = parseNumber(tokens[from++]!) ?? total;
  }
  for (let at = from; at < tokens.length; at++) {
    const word = tokens[at]!;
    const named = question.mentions.some((m) => at >= m.start && at < m.end);
    if (!named && (STOP_WORDS.has(word) || FURNITURE_WORDS.has(word) || parseNumber(word) !== undefined))
      break;
    if (named || words.length === 0) nouns.push(stem(word));
    words.push(word);
  }
  // "How many got headaches?": a verb right after "how many" counts whoever did it, a share of them as well as a
  // number; no noun is written to check the figure against.
  if (words.length === 0 || isPastVerbForm(words[0]!, tokens[from + 1], STOP_WORDS)) return undefined;
  return { measure: 'count', nouns, written: words.join(' '), ...(total === undefined ? {} : { total }) };
}

/**
 * "Which hospitals awarded the contracts?" asks which ones; a figure counting hospitals ("four public hospitals")
 * does not say. The noun asked after "which", when it is what the figure counts.
 */
function countedThingAsked(question: Question, unit: string | undefined): string | undefined {
  if (unit === undefined) return undefined;
  const tokens = question.tokens;
  // "Which stations ...?", "What are the names of the stations?": which ones, not how many.
  const which = tokens.indexOf('which');
  const names = tokens.findIndex((t, i) => (t === 'names' || t === 'name') && tokens[i + 1] === 'of');
  const at = which >= 0 ? which : names >= 0 ? names + (tokens[names + 2] === 'the' ? 2 : 1) : -1;
  const noun = at >= 0 ? tokens[at + 1] : undefined;
  if (noun === undefined || STOP_WORDS.has(noun) || FURNITURE_WORDS.has(noun)) return undefined;
  const counted = tokenize(unit).at(-1);
  return counted !== undefined && stem(counted) === stem(noun) ? noun : undefined;
}

function factOf(index: ArticleIndex, draft: Draft): Fact | undefined {
  const id = draft.focus?.factId;
  return id === undefined ? undefined : index.facts.find((f) => f.id === id);
}

function textsOf(index: ArticleIndex, draft: Draft): string[] {
  return [draft.text, ...draft.sentences.map((id) => index.sentenceById.get(id)?.text ?? '')];
}

const AGE_WRITTEN =
  /\b\d{1,3}-year-old\b|\baged \d{1,3}\b|\b\d{1,3} years old\b|\b(?:is|was) \d{1,3}\b(?![.,]?\d|\s*(?:%|percent))/;
const SHARE_WRITTEN = /\d[\d.,]*\s?(?:%|percent\b|per cent\b)/gi;
const LENGTH_MEASURES: ReadonlySet<string> = new Set(['duration', 'length', 'age', 'year']);
const SPAN_UNITS: ReadonlySet<string> = new Set(EN.measureWords.spans);

/** "eight months", "14-year", "2.4 km" or a start ("since 2019"): what tells how long something is or lasted. */
function writesLength(texts: readonly string[]): boolean {
  return texts.some((text) => {
    const tokens = tokenize(text);
    return tokens.some(
      (t, i) =>
        t === 'since' ||
        (SPAN_UNITS.has(tokens[i + 1]?.replace(/s$/, '') ?? '') &&
          (/^\d/.test(t) || parseNumber(t) !== undefined)),
    );
  });
}
const MONEY_SYMBOL = /[$€£¥₩₹]\s?\d/;

function namesNoun(s: string, noun: string): boolean {
  return s === noun || (SYNONYMS.get(noun) ?? []).includes(s);
}

/** A number written at most a few words before the counted noun, in the answer or the sentences it cites. */
function countsNoun(texts: readonly string[], noun: string): boolean {
  return texts.some((text) => {
    // "31.4% of the vote" is a share of the votes, not a count of them.
    const tokens = tokenize(text.replace(SHARE_WRITTEN, ' '));
    return tokens.some(
      (t, i) =>
        namesNoun(stem(t), noun) &&
        tokens
          .slice(Math.max(0, i - COUNT_REACH), i)
          .some((before) => /^\d/.test(before) || parseNumber(before) !== undefined),
    );
  });
}

function writesMoney(texts: readonly string[]): boolean {
  return texts.some((text) => {
    if (MONEY_SYMBOL.test(text)) return true;
    const tokens = tokenize(text);
    return tokens.some(
      (t, i) => CURRENCY_WORDS.has(t) && tokens.slice(Math.max(0, i - 3), i).some((b) => /^\d/.test(b)),
    );
  });
}

/**
 * Each article's pairs of consecutive words ("old bridge", "2023 fire"), read once per article (prepareArticles
 * reads them at load).
 */
const articlePairs = new WeakMap<ArticleIndex, SortedPairSet>();
export function pairsOf(index: ArticleIndex): SortedPairSet {
  let pairs = articlePairs.get(index);
  if (!pairs) {
    const found: Array<[string, string]> = [];
    for (const sentence of index.article.sentences) {
      const stems = tokenize(sentence.text).map((t) => intern(stem(t)));
      for (let i = 1; i < stems.length; i++) found.push([stems[i - 1]!, stems[i]!]);
    }
    articlePairs.set(index, (pairs = new SortedPairSet(found)));
  }
  return pairs;
}

const RELATIVE_WORDS: ReadonlySet<string> = new Set(['whose', 'that', 'who', 'which', 'where']);

/**
 * A figure of another thing than the one asked, read from the figure's own words against the question's: "the old
 * bridge" asked where the article tells an old bridge apart and the figure's label names only "the bridge"; a year
 * asked that neither the figure's words nor the story's own date hold; "how much damage" against a label that names
 * damage only in a clause qualifying what it measures ("aid per household whose home was damaged"); what is counted
 * done in words the article never uses ("how many patients died"); a label saying the opposite ("on its own"
 * against "combined"). Returns what was asked, for the doesn't-say reply.
 */
function figureOfAnother(
  index: ArticleIndex,
  question: Question,
  fact: Fact,
  figure: Figure,
): string | undefined {
  const own = (s: string) => (fact.bag.get(s) ?? 0) >= 1;
  const tokens = question.tokens;
  if (question.year !== undefined) {
    const year = String(question.year);
    const eventYear = mainEvent(index.article).date.value?.slice(0, 4);
    if (!own(year) && eventYear !== year) return `the figure for ${year}`;
  }
  const pairs = pairsOf(index);
  for (let i = 0; i + 1 < tokens.length; i++) {
    const modifier = tokens[i]!;
    if (STOP_WORDS.has(modifier) || FURNITURE_WORDS.has(modifier) || /^\d/.test(modifier)) continue;
    if (question.mentions.some((m) => i >= m.start && i < m.end)) continue;
    const m = stem(modifier);
    const noun = stem(tokens[i + 1]!);
    if (!own(m) && own(noun) && !question.eventStems.has(m) && pairs.has(m, noun))
      return `the ${modifier} ${tokens[i + 1]!}`;
  }
  const how = tokens.findIndex(
    (t, i) => t === 'how' && (tokens[i + 1] === 'much' || tokens[i + 1] === 'many'),
  );
  // "How much prize money ...?" asks one sum of money: a word naming it that the figure's own words do not hold
  // is another sum than the figure's ("an estimated yearly contribution"), even when the word names the event.
  const kind = how >= 0 && tokens[how + 1] === 'much' ? tokens[how + 2] : undefined;
  if (
    kind !== undefined &&
    MONEY_WORDS.has(tokens[how + 3] ?? '') &&
    !STOP_WORDS.has(kind) &&
    !FURNITURE_WORDS.has(kind) &&
    !COMMON_WORDS.has(kind) &&
    !isMoneyWord(kind) &&
    parseNumber(kind) === undefined &&
    !question.mentions.some((m) => m.ref.kind !== 'event' && how + 2 >= m.start && how + 2 < m.end) &&
    !own(stem(kind))
  )
    return `how much ${kind} ${tokens[how + 3]!}`;
  const thing = how >= 0 ? tokens[how + 2] : undefined;
  // "How many fell ill?" asks of whoever did it: a verb is not a thing the label may name in a clause.
  const thingAsked =
    thing !== undefined &&
    !STOP_WORDS.has(thing) &&
    !FURNITURE_WORDS.has(thing) &&
    !isPastVerbForm(thing, tokens[how + 3], STOP_WORDS);
  if (thing !== undefined && thingAsked) {
    const label = tokenize(figure.label);
    const relative = label.findIndex((t) => RELATIVE_WORDS.has(t));
    const at = label.findIndex((t) => stem(t) === stem(thing));
    if (relative > 0 && at > relative && !label.slice(0, relative).some((t) => stem(t) === stem(thing)))
      return `how much ${thing}`;
  }
  const fate = how >= 0 ? otherFate(tokens, figure) : undefined;
  if (fate !== undefined) return `how many ${tokens[how + 2] ?? ''} ${fate}`.replace(/\s+/g, ' ');
  const unknown = new Set(question.unknownWords.map(stem));
  const counted = question.counted?.find((s) => unknown.has(s));
  if (counted !== undefined && how >= 0) return `how many ${tokens.slice(how + 2, how + 5).join(' ')}`.trim();
  if (statesOpposite(tokens, [figure.label, ...(figure.keywords ?? [])].join(' '))) return `the figure asked`;
  return undefined;
}

const FATES: readonly ReadonlySet<string>[] = EN.fates.map((words) => new Set(words));

/** The fates (lexicon/en/fates.json) a text's words name. */
function fatesNamed(tokens: readonly string[]): Set<number> {
  const out = new Set<number>();
  FATES.forEach((words, i) => {
    if (tokens.some((t) => words.has(t))) out.add(i);
  });
  return out;
}

/**
 * "How many miners have died?" against "miners trapped", "how many people died?" against "people displaced": a
 * count asked of one fate is not told by a figure whose own words (label, keywords) name another fate and not the
 * one asked. Returns the fate asked, for the doesn't-say reply.
 */
export function otherFate(tokens: readonly string[], figure: Figure): string | undefined {
  const asked = fatesNamed(tokens);
  if (asked.size === 0) return undefined;
  const own = fatesNamed(tokenize([figure.label, ...(figure.keywords ?? [])].join(' ')));
  if (own.size === 0 || [...own].every((f) => asked.has(f))) return undefined;
  const missing = [...asked].find((f) => !own.has(f));
  return missing === undefined ? undefined : tokens.find((t) => FATES[missing]!.has(t));
}

/** Each article's words in their dictionary form, stemmed ("held" -> "hold"), read once per article. */
const articleLemmas = new WeakMap<ArticleIndex, Set<string>>();
function lemmasOf(index: ArticleIndex): Set<string> {
  let lemmas = articleLemmas.get(index);
  if (!lemmas) {
    lemmas = new Set<string>();
    for (const word of index.words) lemmas.add(stem(irregularLemma(word)));
    articleLemmas.set(index, lemmas);
  }
  return lemmas;
}

/** "did", "does", "will" ...: the auxiliary a question about a sum or a count puts before its subject and verb. */
const AUXILIARY_BEFORE_VERB: ReadonlySet<string> = new Set([
  'did',
  'does',
  'do',
  'will',
  'would',
  'can',
  'could',
  'has',
  'have',
  'had',
]);

const ANY_VERBS: ReadonlySet<string> = new Set(EN.measureWords.anyVerbs);
const PARTICLES: ReadonlySet<string> = new Set(['up', 'out', 'off', 'down', 'back', 'away']);
const VERB_PHRASE_ENDS: ReadonlySet<string> = new Set([
  'in',
  'from',
  'for',
  'with',
  'on',
  'at',
  'to',
  'of',
  'by',
  'over',
]);

/**
 * "How much money did she personally *keep*?", "how much did he *make*?": the verb of a question
 * about a sum or a count says which quantity it asks. A frequent verb (common-words.json) is
 * dropped from the question's content, so a figure of the same measure doing something else ("the money she was
 * convicted of funnelling") would fit; when the article never writes that verb in any form, it does not say that
 * quantity. The verb is the first word after the auxiliary that is no name, function word, adverb or article word.
 */
function unwrittenVerb(index: ArticleIndex, question: Question): string | undefined {
  const tokens = question.tokens;
  const how = tokens.findIndex(
    (t, i) => t === 'how' && (tokens[i + 1] === 'much' || tokens[i + 1] === 'many'),
  );
  if (how < 0) return undefined;
  const aux = tokens.findIndex((t, i) => i > how + 1 && AUXILIARY_BEFORE_VERB.has(t));
  if (aux < 0) return undefined;
  const lemmas = lemmasOf(index);
  let content = false;
  for (let at = aux + 1; at < tokens.length; at++) {
    const word = tokens[at]!;
    // "... hold in total": a preposition after a word of the clause ends it.
    if (content && VERB_PHRASE_ENDS.has(word)) return undefined;
    // "How many talks have been held?": a passive counts what the subject names, done by anyone.
    if (word === 'been' || word === 'be') return undefined;
    if (question.mentions.some((m) => at >= m.start && at < m.end)) {
      content = true;
      continue;
    }
    if (STOP_WORDS.has(word) || /ly$/.test(word) || /^\d/.test(word) || parseNumber(word) !== undefined)
      continue;
    const s = stem(word);
    // "How many people does the article name?": a question about the telling, not about what is counted.
    if (FURNITURE_WORDS.has(word) || FURNITURE_STEMS.has(s)) return undefined;
    const known =
      index.vocabulary.has(s) ||
      lemmas.has(stem(irregularLemma(word))) ||
      (SYNONYMS.get(s) ?? []).some((alternative) => index.vocabulary.has(alternative));
    content = true;
    if (known) continue;
    if (ANY_VERBS.has(word)) return undefined;
    if (!COMMON_WORDS.has(word) && !COMMON_STEMS.has(s)) return undefined;
    // "did it need to borrow": the verb after "to" says what is asked; "does it make up": a phrasal verb means
    // something else than its first word.
    const next = tokens[at + 1];
    if (next === 'to') {
      content = false;
      at++;
      continue;
    }
    return next !== undefined && PARTICLES.has(next) ? undefined : word;
  }
  return undefined;
}

/**
 * What the question asks that the draft does not give ("how many foreigners"), for the article's doesn't-say reply;
 * undefined when the draft answers the quantity asked, or none is asked.
 */
export function unfitMeasure(question: Question, draft: Draft, context: AnswerContext): string | undefined {
  if (!draft.answered) return undefined;
  const { index } = context;
  const fact = factOf(index, draft);
  const figure = fact?.source.kind === 'figure' ? fact.source.figure : undefined;
  const which = figure ? countedThingAsked(question, figure.unit) : undefined;
  if (which !== undefined) return `which ${which}`;
  if (figure && fact && question.type !== 'yes-no') {
    const another = figureOfAnother(index, question, fact, figure);
    if (another !== undefined) return another;
  }
  const asked = askedMeasure(question);
  if (!asked) return undefined;
  // "How many years did the talks continue?" asks a span, whatever the verb.
  const span = asked.measure === 'count' && SPAN_UNITS.has(asked.written.replace(/s$/, ''));
  if (asked.measure === 'money' || (asked.measure === 'count' && !span)) {
    const verb = unwrittenVerb(index, question);
    if (verb !== undefined)
      return asked.measure === 'money'
        ? `the sum asked (“${verb}”)`
        : `how many ${asked.written} (“${verb}”)`;
  }
  const texts = textsOf(index, draft);
  switch (asked.measure) {
    case 'age': {
      // "How old is the bridge?" may be answered by when it was built; a person's age only by an age.
      const people = draft.focus?.people?.length ? draft.focus.people : context.people.map((p) => p.id);
      // Without a person, an age is still not a count or a sum: only an age, a span of time or a year tells it.
      if (people.length === 0)
        return figure?.measures !== undefined &&
          !AGE_LIKE_MEASURES.has(figure.measures) &&
          !AGE_WRITTEN.test(draft.text)
          ? 'the age asked'
          : undefined;
      // An age figure the answer rests on or cites ("she is 52", from the figure's sentence) answers it.
      const citesAge = index.article.figures.some(
        (f) => f.measures === 'age' && f.evidence.sentences.some((id) => draft.sentences.includes(id)),
      );
      if (figure?.measures === 'age' || citesAge || AGE_WRITTEN.test(draft.text)) return undefined;
      const names = people.map((id) => index.personById.get(id)?.name ?? id);
      return `how old ${joinList(names)} ${names.length > 1 ? 'are' : 'is'}`;
    }
    case 'length':
      // "How long has he had the job?" is told by a span or a length, or a start ("since 2019"), not by any sentence.
      if (figure ? LENGTH_MEASURES.has(figure.measures ?? '') : writesLength(texts)) return undefined;
      return 'how long';
    case 'money':
      if (figure ? figure.measures === 'money' || figure.currency !== undefined : writesMoney(texts))
        return undefined;
      return 'the sum of money asked';
    case 'count': {
      // "How many riders ...?" is not told by a figure of another measure ("20 minutes before the riders") or
      // counting another thing ("71,000 vehicles" for "how many of the fires"), unless the answer writes a number
      // of the noun asked ("6.5 km" for "how many km").
      // "How many of the 23 fires ...?" is not told by the figure of the 23 fires the question already gives.
      if (figure && asked.total !== undefined && figure.value === asked.total)
        return `how many ${asked.written}`;
      if (figure && !asked.nouns.some((n) => countsNoun(texts, n))) {
        const unit = tokenize(figure.unit ?? '').map(stem);
        const namesAsked = asked.nouns.some((n) => unit.some((u) => namesNoun(u, n) || namesNoun(n, u)));
        if (figure.measures !== undefined && figure.measures !== 'count' && !namesAsked)
          return `how many ${asked.written}`;
        // A count of another unit is a paraphrase ("cars" for "vehicles") unless the article counts the noun asked
        // in a figure of its own ("23 fires"): then this one counts something else.
        const label = tokenize(figure.label).map(stem);
        const countedElsewhere = asked.nouns.some(
          (n) =>
            !label.includes(n) &&
            index.article.figures.some(
              (f) => f !== figure && tokenize(f.unit ?? '').some((u) => stem(u) === n),
            ),
        );
        if (figure.measures === 'count' && !namesAsked && countedElsewhere)
          return `how many ${asked.written}`;
      }
      const ownWords =
        figure !== undefined && fact !== undefined && asked.nouns.some((n) => (fact.bag.get(n) ?? 0) >= 1);
      if (ownWords || asked.nouns.some((n) => countsNoun(texts, n))) return undefined;
      // "How many officials attended?" is answered by the people it names: "two people took part".
      const countsPeople =
        (draft.focus?.people?.length ?? 0) > 0 &&
        asked.written.split(' ').some((w) => PEOPLE_NOUNS.test(w)) &&
        countsNoun(texts, stem('people'));
      if (countsPeople) return undefined;
      return `how many ${asked.written}`;
    }
  }
}
