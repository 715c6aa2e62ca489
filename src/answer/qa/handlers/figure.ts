import { mainEvent } from '../../../model/events.ts';
import { FigureMeasure, type Figure } from '../../../model/schema.ts';
import { MONTH_NAMES } from '../../../core/calendar.ts';
import { composeFact } from '../compose/compose.ts';
import { otherFate } from '../compose/measure-fit.ts';
import { EN } from '../lexicon/en/index.ts';
import { contentStemSet, contentStems, STOP_WORDS, stem } from '../lexicon/text.ts';
import { FURNITURE_WORDS, SYNONYMS } from '../lexicon/vocabulary.ts';
import type { ArticleIndex } from '../retrieve/article-index.ts';
import { informativeStems } from '../retrieve/rank.ts';
import type { Draft, QuantityAsk, Question } from '../types.ts';
import { entityForms, namesEntity } from './entity-forms.ts';

const CHANGE_STEMS: ReadonlySet<string> = new Set(EN.changeWords.map(stem));

/** A word of the question found in the figure's own words counts in full; in its sentence, half. */
const OWN = 1;
const SENTENCE = 0.5;
const SYNONYM = 0.8;

const UNIT_MEASURES = new Map(
  Object.entries(EN.unitMeasures).flatMap(([measure, units]) =>
    units.map((unit) => [unit, measure as NonNullable<Figure['measures']>] as const),
  ),
);

/** What a figure measures: as its model says, else by its currency or unit (a unit of no known dimension counts). */
function measureOf(figure: Figure): Figure['measures'] {
  if (figure.measures) return figure.measures;
  if (figure.currency) return 'money';
  if (!figure.unit) return undefined;
  return UNIT_MEASURES.get(figure.unit.toLowerCase()) ?? 'count';
}

const PEOPLE_NOUNS: ReadonlySet<string> = new Set(EN.peopleUnits.people.map(stem));
const PEOPLE_UNITS: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  Object.entries(EN.peopleUnits.units).map(([unit, verbs]) => [stem(unit), new Set(verbs.map(stem))]),
);

/** The figure's unit, stemmed: the last word of it ("64 employees" counts "employe"). */
function unitStem(figure: Figure): string | undefined {
  return figure.unit ? stem(figure.unit.split(' ').pop() ?? '') : undefined;
}

/**
 * The words a question counts a figure's people by, when the figure counts people ("41,730 spectators": "people",
 * "watched", "attended"); undefined for a figure of anything else.
 */
function peopleWordsOf(figure: Figure): ReadonlySet<string> | undefined {
  const unit = unitStem(figure);
  const verbs = unit === undefined ? undefined : PEOPLE_UNITS.get(unit);
  return verbs && new Set([...PEOPLE_NOUNS, ...verbs]);
}

/** "How many people took part?", "how many are named?": a count of the story's own cast. */
function asksCast(question: Question): boolean {
  const words = ` ${question.tokens.join(' ')} `;
  return EN.peopleUnits.castAsked.some((w) => words.includes(` ${w} `));
}

const EVERY_MEASURE = FigureMeasure.options;
const AS_OF_NOW: ReadonlySet<string> = new Set(EN.asOfNow.map(stem));
/** Slots a "what is/was the X" question may carry and still name a figure by its label ("the rate before the decision"). */
const NAMED_BY_LABEL: ReadonlySet<string> = new Set([
  'general',
  'outcome',
  'topic',
  'background',
  'happened',
]);

function anyQuantity(question: Question): QuantityAsk {
  return {
    phrase: '',
    measures: EVERY_MEASURE,
    nounStems: new Set(),
    phraseStems: new Set(),
    change: question.tokens.some((t) => CHANGE_STEMS.has(stem(t))),
  };
}

/** Months a label names that the question does not ask ("May forecast of 2026 inflation" for "the forecast"). */
function monthsUnasked(label: string, asked: number | undefined): number {
  return MONTH_NAMES.filter((name, i) => i + 1 !== asked && new RegExp(`\\b${name}\\b`).test(label)).length;
}

const COMPARISON: ReadonlySet<string> = new Set(EN.comparisonWords.map(stem));

/**
 * "How much was net income?" then "And a year earlier?" / "what was it before?": the remembered figure with what the
 * model says it is compared with, when the follow-up asks nothing but the comparison.
 */
function comparisonFollowUp(index: ArticleIndex, question: Question): Draft | undefined {
  const factId =
    question.context?.factId ??
    (question.continuation || question.pronoun ? question.previousFactId : undefined);
  if (!factId || question.type === 'yes-no' || question.mentions.length > 0) return undefined;
  const figure = index.article.figures.find((f) => f.id === factId);
  const comparedWith = figure?.comparedWith;
  if (!figure || !comparedWith) return undefined;
  const comparison = new Set(contentStems(comparedWith));
  const asked = question.tokens.map(stem);
  const monthNamed =
    question.month !== undefined &&
    new RegExp(`\\b${MONTH_NAMES[question.month - 1]!}\\b`, 'i').test(comparedWith);
  if (!asked.some((s) => COMPARISON.has(s) || comparison.has(s)) && !monthNamed) return undefined;
  const content = informativeStems(question).filter((s) => !COMPARISON.has(s) && !comparison.has(s));
  if (content.length > 0) return undefined;
  if (question.year !== undefined && !comparedWith.includes(String(question.year))) return undefined;
  const fact = index.facts.find((f) => f.id === figure.id);
  if (!fact) return undefined;
  const draft = composeFact(index, fact, 'count');
  return { ...draft, text: `${draft.text.replace(/\.$/, '')}, ${comparedWith}.` };
}

interface Candidate {
  figure: Figure;
  score: number;
  /** Every name the question holds is in the figure's own words (not only in its sentence). */
  byName: boolean;
}

/**
 * "How deep was it?", "How many people died?", "What share of sales ...?": the figure of the model that measures
 * what is asked. Every content word of the question must be found in the figure (its label, keywords, unit,
 * period, comparison, or at least its sentence), the figure's kind of quantity must fit the question's, and one
 * figure must fit better than any other with a different value; else another handler (or a refusal) answers.
 */
export function answerFigureQuestion(index: ArticleIndex, question: Question): Draft | undefined {
  const followUp = comparisonFollowUp(index, question);
  if (followUp) return followUp;
  // "What was inflation in May?": a figure named by its label alone, every word of the question in its own words.
  const strict = question.quantity === undefined;
  const ask =
    question.quantity ??
    (question.copular && NAMED_BY_LABEL.has(question.slot) && !question.context
      ? anyQuantity(question)
      : undefined);
  // A name asked ("what are the names of ...") is never a quantity, whatever words it shares with a figure.
  if (!ask || question.type === 'yes-no' || question.slot === 'name' || question.context?.excludeFact)
    return undefined;
  const figures = index.article.figures;
  if (figures.length === 0) return undefined;
  // "How many people took part?" asks about the story's own cast, not a figure counting its crowd.
  const castAsked = asksCast(question);
  const stems = informativeStems(question).filter((s) => !ask.phraseStems.has(s) && !ask.nounStems.has(s));
  const mentions = question.mentions.filter((m) => m.ref.kind !== 'event');
  const mentionStems = new Set(
    mentions.flatMap((m) => question.tokens.slice(m.start, m.end)).flatMap((t) => contentStems(t)),
  );
  // The story's own event ("at the match") is what every figure is about by default: naming it adds nothing.
  const main = mainEvent(index.article);
  const eventOwn = new Set(
    contentStems([main.name, ...main.nouns, ...main.aliases, ...(main.keywords ?? [])].join(' ')),
  );
  const words = stems.filter((s) => !mentionStems.has(s) && !AS_OF_NOW.has(s) && !eventOwn.has(s));
  const eventWordsAsked = stems.filter((s) => eventOwn.has(s) && !mentionStems.has(s));
  const eventNamed = question.eventStems.size > 0 || question.mentions.some((m) => m.ref.kind === 'event');
  // An elliptical follow-up with no words of its own ("for how long?") leans on the remembered fact.
  if (words.length === 0 && mentions.length === 0 && question.context?.factId !== undefined) return undefined;
  const questionStems = new Set(question.tokens.map(stem));
  const eventForms = entityForms(index, { kind: 'event', id: main.id });
  const sentenceText = (figure: Figure): string =>
    figure.evidence.sentences.map((id) => index.sentenceById.get(id)?.text ?? '').join(' ');

  const asked = new Set([...questionStems, ...mentionStems, ...ask.nounStems, ...question.eventStems]);
  const framingAsked = new Set(
    question.tokens
      .filter((t) => FURNITURE_WORDS.has(t) && !STOP_WORDS.has(t))
      .map(stem)
      .filter((s) => !ask.phraseStems.has(s) && !ask.nounStems.has(s)),
  );
  const ofMeasure = (measure: string): number => figures.filter((f) => measureOf(f) === measure).length;
  const candidates: Candidate[] = [];
  for (const figure of figures) {
    const measure = measureOf(figure);
    if (measure && !ask.measures.includes(measure)) continue;
    // "How many died?" is not told by a count of those displaced.
    if (otherFate(question.tokens, figure) !== undefined) continue;
    const ownText = [
      figure.label,
      figure.unit ?? '',
      figure.period ?? '',
      figure.comparedWith ?? '',
      figure.asWritten,
      ...(figure.keywords ?? []),
    ].join(' ');
    const own = contentStemSet(ownText);
    const sentence = contentStemSet(sentenceText(figure));
    const peopleWords = castAsked ? undefined : peopleWordsOf(figure);
    const hitOf = (s: string): number => {
      if (own.has(s) || peopleWords?.has(s)) return OWN;
      const synonyms = SYNONYMS.get(s) ?? [];
      if (synonyms.some((a) => own.has(a))) return SYNONYM;
      if (sentence.has(s)) return SENTENCE;
      // A word its sentence writes as the first part of a compound ("flood" in "floodwaters").
      const compound = s.length >= 5 && [...sentence].some((w) => w.length > s.length + 2 && w.startsWith(s));
      return compound || synonyms.some((a) => sentence.has(a)) ? SENTENCE * SYNONYM : 0;
    };
    const hits = words.map(hitOf);
    // The event's own words count only where the figure's label names them ("the repo rate" for a rate figure).
    const labelOwn = contentStemSet(figure.label);
    for (const s of eventWordsAsked) if (labelOwn.has(s)) hits.push(OWN);
    let byName = true;
    // A name found only in what the figure is compared with ("down from the sum ordered by the trial court") is
    // that other figure's: the figure itself is not about it.
    const comparedOnly = (forms: readonly string[]): boolean =>
      figure.comparedWith !== undefined &&
      namesEntity(figure.comparedWith, forms) &&
      !namesEntity(ownText.replace(figure.comparedWith, ' '), forms);
    for (const mention of mentions) {
      const forms = entityForms(index, mention.ref);
      const named = namesEntity(ownText, forms) && !comparedOnly(forms);
      byName &&= named;
      hits.push(
        named ? OWN : comparedOnly(forms) ? 0 : namesEntity(sentenceText(figure), forms) ? SENTENCE : 0,
      );
    }
    // A year asked ("in 2019") must be the figure's own: in its words or its sentence.
    if (question.year !== undefined)
      hits.push(
        ownText.includes(String(question.year))
          ? OWN
          : sentenceText(figure).includes(String(question.year))
            ? SENTENCE
            : 0,
      );
    // A month asked ("in May") must be the figure's: in its label or period.
    if (question.month !== undefined) {
      const month = MONTH_NAMES[question.month - 1]!.toLowerCase();
      const dated = [figure.label, figure.period ?? ''].join(' ').toLowerCase();
      hits.push(new RegExp(`\\b${month}\\b`).test(dated) ? OWN : strict ? 0 : SENTENCE);
    }
    if (hits.some((h) => h === 0)) continue;
    if (strict && (hits.length === 0 || hits.some((h) => h < SYNONYM))) continue;
    const labelStems = contentStems(figure.label);
    // "How many people ...?" names what a figure counting people counts.
    const namesPeople = peopleWords !== undefined && [...questionStems].some((s) => PEOPLE_NOUNS.has(s));
    const namesDimension = labelStems.some((s) => ask.nounStems.has(s));
    // A question that names nothing but the dimension ("how deep was it?", "how long did the meeting last?") is
    // about the story's event: the figure must name both.
    // So is one naming the dimension and a framing noun of the question ("how long was the meeting?" for "length
    // of the council meeting"), or the article's only figure of a quantity only one kind of figure measures ("how
    // hot was it?" for the one temperature).
    // One naming only people ("how many people were there?") wants a count of them at the story's event: the
    // figure's label names the event, or it is the article's only figure counting people.
    const peopleAtEvent =
      namesPeople &&
      (namesEntity(figure.label, eventForms) || figures.filter((f) => peopleWordsOf(f)).length === 1);
    if (
      hits.length === 0 &&
      !peopleAtEvent &&
      !(
        namesDimension &&
        (namesEntity(figure.label, eventForms) || labelStems.some((s) => framingAsked.has(s)))
      ) &&
      !(
        measure !== undefined &&
        ask.measures.length === 1 &&
        measure === ask.measures[0] &&
        ofMeasure(measure) === 1
      )
    )
      continue;
    const mean = hits.length === 0 ? 0.6 : hits.reduce((a, b) => a + b, 0) / hits.length;
    if (hits.length > 0 && !hits.some((h) => h >= SYNONYM)) continue;
    // Words of the label the question does not ask for: a narrower figure ("deaths inside the market").
    // A qualifier in brackets ("(at least)") does not narrow what is counted.
    // The event named in other words ("the study" for "the trial") is asked too, when the question names it.
    const unasked =
      contentStems(figure.label.replace(/\([^)]*\)/g, '')).filter(
        (s) =>
          !asked.has(s) &&
          !(SYNONYMS.get(s) ?? []).some((a) => asked.has(a)) &&
          !/^\d/.test(s) &&
          !(eventNamed && eventOwn.has(s)),
      ).length + monthsUnasked(figure.label, question.month);
    const isChange = labelStems.some((s) => CHANGE_STEMS.has(s));
    let score = mean - Math.min(0.32, 0.08 * unasked);
    if (namesDimension) score += 0.2;
    if (measure && measure === ask.measures[0]) score += 0.1;
    // "How many talks": the thing counted is the figure's unit; a figure in other units ("years") measures else.
    // "How many people ...?" names the unit of a figure counting people ("spectators", "employees").
    const unit = unitStem(figure);
    if (unit && (questionStems.has(unit) || namesPeople)) score += 0.25;
    else if (measure && measure !== ask.measures[0]) score -= 0.2;
    if (isChange !== ask.change) score -= 0.3;
    // The period the figure covers is the month or year asked: the figure is about that time, not just naming it.
    const period = (figure.period ?? '').toLowerCase();
    if (question.month !== undefined && period.includes(MONTH_NAMES[question.month - 1]!.toLowerCase()))
      score += 0.15;
    if (question.year !== undefined && period.includes(String(question.year))) score += 0.15;

    candidates.push({ figure, score, byName: mentions.length === 0 || byName });
  }
  candidates.sort((a, b) => b.score - a.score);
  const best = candidates[0];
  if (!best || best.score < 0.5) return undefined;
  const rival = candidates.find((c) => c.figure.value !== best.figure.value);
  if (rival && best.score - rival.score < 0.05) return undefined;
  // "And the region?" over one sentence giving three shares: a name found only in the sentence that holds
  // other figures of the kind asked does not say which of them is its own.
  const sameSentence = (c: Candidate): boolean =>
    c.figure.evidence.sentences.some((id) => best.figure.evidence.sentences.includes(id));
  if (
    !best.byName &&
    candidates.some((c) => c.figure.value !== best.figure.value && !c.byName && sameSentence(c))
  )
    return undefined;
  const fact = index.facts.find((f) => f.id === best.figure.id);
  if (!fact) return undefined;
  const draft = composeFact(index, fact, 'count');
  // "... a year earlier?": words found only in what the figure is compared with ask for that comparison.
  const compared = best.figure.comparedWith;
  if (compared) {
    const label = new Set(contentStems(best.figure.label));
    const comparison = new Set(contentStems(compared));
    if (words.some((s) => comparison.has(s) && !label.has(s)))
      return { ...draft, text: `${draft.text.replace(/\.$/, '')}, ${compared}.` };
  }
  return draft;
}
