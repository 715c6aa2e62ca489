import { eventHappened, theEvent } from '../compose/event-words.ts';
import { mainEvent } from '../../../model/events.ts';
import type { Person } from '../../../model/schema.ts';
import type { ArticleIndex } from '../retrieve/article-index.ts';
import { composeFact } from '../compose/compose.ts';
import { verdictOf, yesNo } from '../compose/yes-no.ts';
import { countryName, describePerson, organizationChain, titleWithOrganization } from '../compose/people.ts';
import { dateCovers, datePhrase } from '../lexicon/dates.ts';
import { countryPresence } from './countries.ts';
import { answerEventForm } from './event-form.ts';
import { aboutCause, aboutOccasion } from './premise.ts';
import { informativeStems, rankFacts } from '../retrieve/rank.ts';
import type { Draft } from '../types.ts';
import type { Question } from '../analyze/understand.ts';
import type { Fact } from '../retrieve/facts.ts';
import { SYNONYMS } from '../lexicon/vocabulary.ts';
import { EN } from '../lexicon/en/index.ts';
import { contentStems, STOP_WORDS, stem, tokenize } from '../lexicon/text.ts';
import { WEEKDAY_NAMES, weekdayOf } from '../../../core/calendar.ts';
import { decide, statesOpposite, weigh, type Basis, type Verdict } from './yes-no-verdict.ts';

function range(start: number, end: number): number[] {
  return Array.from({ length: end - start }, (_, k) => start + k);
}

function aboutPerson(index: ArticleIndex, question: Question, person: Person): Draft | undefined {
  const countries = question.mentions.filter((m) => m.ref.kind === 'country').map((m) => m.ref.id);
  const base = describePerson(index, person, 'profile');
  if (countries.length > 0) {
    const yes = person.country !== undefined && countries.includes(person.country);
    const demonym =
      person.country === undefined
        ? 'not tied to a country in the article'
        : (index.article.countries.find((c) => c.id === person.country)?.demonym ??
          countryName(index, person.country));
    return {
      ...base,
      text: yesNo(yes, `${person.name} is ${demonym}: ${titleWithOrganization(index, person)}.`),
    };
  }
  const orgs = question.mentions.filter((m) => m.ref.kind === 'organization').map((m) => m.ref.id);
  const posts = new Set(
    index.article.people.flatMap((p) =>
      contentStems([p.titleAsWritten, ...p.titleVariants, p.role].join(' ')),
    ),
  );
  const named = new Set(
    question.mentions
      .filter((m) => m.ref.kind === 'person' || m.ref.kind === 'organization')
      .flatMap((m) => range(m.start, m.end)),
  );
  // The question's words besides the names: "Is she at the ministry?" asks membership, "Is she leaving
  // parliament?" something else.
  const rest = question.tokens.filter((t, i) => !named.has(i) && !STOP_WORDS.has(t)).map(stem);
  if (orgs.length > 0 && rest.every((s) => posts.has(s))) {
    const yes = organizationChain(index, person).some((id) => orgs.includes(id));
    return { ...base, text: yesNo(yes, `${person.name} is ${titleWithOrganization(index, person)}.`) };
  }
  // "Did she take part in decisions about the firm?" asks something else than her part in the event.
  if (question.cues.has('yesNoPresence') && orgs.length === 0) {
    const yes = person.involvement === 'participant';
    const how = yes
      ? `${person.name} took part, as ${titleWithOrganization(index, person)}.`
      : `${person.name} is only mentioned in the article: ${person.description}`;
    return { ...base, text: yesNo(yes, how) };
  }
  const personTokens = new Set(
    question.mentions
      .filter((m) => m.ref.kind === 'person')
      .flatMap((m) => question.tokens.slice(m.start, m.end)),
  );
  const asked = informativeStems({ ...question, stems: question.stems.filter((s) => !personTokens.has(s)) });
  const profile = index.personProfile.get(person.id);
  if (asked.length > 0 && profile) {
    const inProfile = (s: string, weight: number) =>
      [s, ...(SYNONYMS.get(s) ?? [])].some((a) => (profile.get(a) ?? 0) >= weight);
    if (asked.every((s) => inProfile(s, 0.8)))
      return { ...base, text: yesNo(true, `${person.name} is ${titleWithOrganization(index, person)}.`) };
    // "Is he a doctor?" against "a physician by training" in the person's description.
    if (asked.every((s) => inProfile(s, 0.3)))
      return { ...base, text: yesNo(true, `${person.name}: ${person.description}`) };
    const nameStems = [person.name, ...person.aliases].flatMap((n) => tokenize(n).map(stem));
    // Words missing from the profile may be a fact about the person ("Did he play in the 2009 final?"): a fact
    // involving them and holding every word asked confirms it; only without one is the answer no.
    const confirming = index.facts.find(
      (f) =>
        f.source.kind !== 'event' &&
        f.entities.has(person.id) &&
        nameStems.some((s) => (f.bag.get(s) ?? 0) >= 1) &&
        asked.every((s) => (f.bag.get(s) ?? 0) >= 1),
    );
    if (confirming) {
      const draft = composeFact(index, confirming, 'general');
      return { ...draft, text: yesNo(true, draft.text) };
    }
    // Only a post asked ("Is he a minister?") is contradicted by the person's own: every other word of the
    // question outside the name must name a post someone in the article holds.
    if (orgs.length === 0 && rest.length > 0 && rest.every((s) => posts.has(s)))
      return { ...base, text: yesNo(false, `${person.name} is ${titleWithOrganization(index, person)}.`) };
    // "Did she admit wrongdoing?" against "denying any wrongdoing", "Was she fired?" against "resigned": her
    // description is given as it is, and the handler reads the denial or the opposite in it.
    const described = { ...base, text: `${person.name}: ${person.description}` };
    const ownPost = (s: string) => inProfile(s, 0.8);
    if (
      asked.some((s) => !ownPost(s) && inProfile(s, 0.3)) ||
      statesOpposite(question.tokens, person.description)
    )
      return described;
    // Anything else is for the article's facts to say, not the person's profile.
    return undefined;
  }
  return base;
}

/**
 * "Did the bridge open on time?" names a place as its subject, "Did the storm hit the coast?" or "Was it held in
 * the capital?" as where: only a place named after the question's first content word is checked as the location.
 */
function askedAsLocation(question: Question, mention: Question['mentions'][number]): boolean {
  return question.tokens.slice(0, mention.start).some((t) => !STOP_WORDS.has(t));
}

function aboutEventPlace(index: ArticleIndex, question: Question): Draft | undefined {
  const event = mainEvent(index.article);
  const located = question.mentions.filter((m) => askedAsLocation(question, m));
  // A place that is a whole country ("in Sweden") is asked as that country: it holds the event's town.
  const countryOf = (id: string) => {
    const place = index.article.places.find((p) => p.id === id);
    return place?.kind === 'country' ? place.country : undefined;
  };
  const placed = located.filter((m) => m.ref.kind === 'place').map((m) => m.ref.id);
  const places = placed.filter((id) => countryOf(id) === undefined);
  const countries = [
    ...located.filter((m) => m.ref.kind === 'country').map((m) => m.ref.id),
    ...placed.map(countryOf).filter((c) => c !== undefined),
  ];
  const eventPlace = index.article.places.find((p) => p.id === event.place);
  if (!eventPlace || (places.length === 0 && countries.length === 0 && question.unknownNames.length === 0))
    return undefined;
  const yes =
    places.some((id) => id === event.place || id === event.venue) ||
    (places.length === 0 &&
      countries.length > 0 &&
      countries.every((c) => c === eventPlace.country) &&
      question.unknownNames.length === 0);
  return {
    answered: true,
    text: yesNo(yes, `${theEvent(index)} ${eventHappened(index)} in ${eventPlace.name}.`),
    sentences: eventPlace.evidence.sentences,
    focus: { factId: event.id, slot: 'place' },
  };
}

const WEEKDAYS = WEEKDAY_NAMES.map((name) => name.toLowerCase());

/** Words before a year that make it part of a name ("the 2019 one", "its 2021 flight"), not the date asked. */
const YEAR_AS_MODIFIER: ReadonlySet<string> = new Set(['the', 'that', 'this', 'its', 'their', 'his', 'her']);

function yearModifies(question: Question): boolean {
  const at = question.tokens.findIndex((t) => /^(1[89]\d\d|20\d\d)$/.test(t));
  return at > 0 && YEAR_AS_MODIFIER.has(question.tokens[at - 1]!);
}

const SCALES: Readonly<Record<string, number>> = {
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
};
const GREATER: ReadonlySet<string> = new Set(EN.measureWords.greater);
const SMALLER: ReadonlySet<string> = new Set(EN.measureWords.smaller);

/**
 * "Did the bridge cost more than $200 million?": the figure the question is about against the number it names,
 * compared, never guessed from a fact that merely shares its words.
 */
function aboutFigureComparison(index: ArticleIndex, question: Question): Draft | undefined {
  const tokens = question.tokens;
  const at = tokens.findIndex((t) => GREATER.has(t) || SMALLER.has(t));
  if (at < 0) return undefined;
  const numberAt = tokens.findIndex((t, i) => i > at && /^\d+$/.test(t) && !/^(1[89]\d\d|20\d\d)$/.test(t));
  if (numberAt < 0) return undefined;
  let value = Number(tokens[numberAt]);
  let next = numberAt + 1;
  const decimals = tokens[next];
  if (
    decimals !== undefined &&
    /^\d+$/.test(decimals) &&
    question.phrases.decimalsWritten.some((run) => run.includes(`${tokens[numberAt]}.${decimals}`))
  ) {
    value = Number(`${tokens[numberAt]}.${decimals}`);
    next++;
  }
  value *= SCALES[tokens[next] ?? ''] ?? 1;
  const [best] = rankFacts(index, { ...question, slot: 'count' }).filter(
    (r) => r.fact.source.kind === 'figure',
  );
  if (!best || best.coverage < 0.5 || best.fact.source.kind !== 'figure') return undefined;
  const figure = best.fact.source.figure.value;
  const yes = GREATER.has(tokens[at]!) ? figure > value : figure < value;
  const draft = composeFact(index, best.fact, 'count');
  return { ...draft, text: yesNo(yes, draft.text) };
}

function aboutEventDay(index: ArticleIndex, question: Question): Draft | undefined {
  const event = mainEvent(index.article);
  if (yearModifies(question)) return undefined;
  const weekday = question.tokens.find((t) => WEEKDAYS.includes(t));
  const value = event.date.value;
  if (!value || (weekday === undefined && question.month === undefined && question.year === undefined))
    return undefined;
  const [year, month, day] = value.split('-').map(Number);
  let yes = true;
  if (weekday !== undefined) {
    if (day === undefined) return undefined;
    yes &&= weekdayOf(year!, month!, day).toLowerCase() === weekday;
  }
  if (question.month !== undefined) yes &&= month === question.month;
  if (question.year !== undefined) yes &&= year === question.year;
  return {
    answered: true,
    text: yesNo(yes, `${theEvent(index)} ${eventHappened(index)} ${datePhrase(event.date)}.`),
    sentences: event.evidence.sentences.slice(0, 1),
    focus: { factId: event.id, slot: 'date' },
  };
}

/** "Is this the 10th consultation?": the question's ordinal against the event's. */
function aboutEventOrdinal(index: ArticleIndex, question: Question): Draft | undefined {
  const ordinal = mainEvent(index.article).ordinal;
  if (question.ordinal === undefined || !ordinal || question.photo) return undefined;
  // "the first talks in five years" counts within a stretch of time, not the series.
  if (question.cues.has('withinSpan')) return undefined;
  const aboutThisEvent =
    question.mentions.some((m) => m.ref.kind === 'event') || question.cues.has('aboutThis');
  if (!aboutThisEvent) return undefined;
  return {
    answered: true,
    text: yesNo(
      question.ordinal === ordinal.value,
      `it was the ${ordinal.asWritten} ${mainEvent(index.article).name}.`,
    ),
    sentences: ordinal.evidence.sentences,
    focus: { factId: mainEvent(index.article).id, slot: 'ordinal' },
  };
}

/** "Was the first meeting back in 1998?": the year or month asked against the date of the fact it names. */
function aboutFactDate(index: ArticleIndex, question: Question): Draft | undefined {
  const year = question.year ?? relativeYear(index, question);
  if ((year === undefined && question.month === undefined) || yearModifies(question)) return undefined;
  const { year: _year, month: _month, ...undated } = question;
  const [best] = rankFacts(index, { ...undated, slot: 'date' });
  if (!best || best.fact.source.kind === 'event' || !best.fact.date || best.coverage < 0.5) return undefined;
  const yes = dateCovers(best.fact.date, year, question.month);
  const draft = composeFact(index, best.fact, 'date');
  return { ...draft, text: yesNo(yes, draft.text) };
}

/**
 * "Was it inspected last year?": the year before the article's date. (Not "this year": "will there be more cuts
 * this year?" asks what is still to come, which no date of a fact confirms.)
 */
function relativeYear(index: ArticleIndex, question: Question): number | undefined {
  const own = Number(index.article.referenceDate.slice(0, 4));
  return question.cues.has('lastYear') && !question.asksFuture && Number.isFinite(own) ? own - 1 : undefined;
}

/** A word of the fact itself, not only of the sentence around it ("on time" is not "behind schedule"). */
function ownWord(fact: Fact, s: string): boolean {
  return (fact.bag.get(s) ?? 0) >= 1;
}

/** A slot-less ask is confirmed only by a fact holding every word of it itself ("Paris" is not "France"). */
function holdsEveryWord(fact: Fact, question: Question): boolean {
  const asked = informativeStems(question);
  if (asked.length === 0 || question.unknownWords.length > 0) return false;
  const holds = (weight: (s: string) => boolean) =>
    asked.filter((s) => weight(s) || (SYNONYMS.get(s) ?? []).some((a) => weight(a))).length;
  const own = holds((s) => ownWord(fact, s));
  // Words only of the sentence around the fact ("on time" beside "behind schedule") confirm nothing by themselves;
  // one is allowed beside at least three of the fact's own.
  return (
    holds((s) => fact.bag.has(s)) === asked.length &&
    (own === asked.length || (own >= 3 && own === asked.length - 1))
  );
}

/** Whether the question names a person (by name, not by a role: "the judge") whom the fact does not involve. */
function aboutSomeoneElse(index: ArticleIndex, question: Question, fact: Fact): boolean {
  return question.mentions.some((m) => {
    const person = m.ref.kind === 'person' ? index.article.people.find((p) => p.id === m.ref.id) : undefined;
    if (!person || fact.entities.has(person.id)) return false;
    const name = new Set(tokenize(person.name));
    return question.tokens.slice(m.start, m.end).some((t) => name.has(t));
  });
}

/**
 * Whether the question asks about the reply the article reports rather than the open matter itself ("Did he
 * respond?" against "whether he knew: he did not respond"): a word it asks is in the reply, not in the "whether".
 */
function asksTheReply(about: string, question: Question): boolean {
  const colon = about.indexOf(':');
  if (colon < 0) return false;
  const open = new Set(contentStems(about.slice(0, colon)));
  const reply = new Set(contentStems(about.slice(colon + 1)));
  return informativeStems(question).some((s) => reply.has(s) && !open.has(s));
}

/** Whether a gap's reply (after its colon) reports a refusal to answer: "whether he will stay: his coach would not say". */
function refusedReply(about: string): boolean {
  const colon = about.indexOf(':');
  if (colon < 0) return false;
  const reply = ` ${tokenize(about.slice(colon + 1)).join(' ')} `;
  return EN.refusalReplies.some((phrase) => reply.includes(` ${phrase} `));
}

/**
 * What the article says it leaves open answers the yes/no: "no" to "is it named?"; to "will they?" an open
 * "whether" that answers nothing (the article doesn't say), unless the question asks about the reply itself or the
 * article reports that the one asked refused to answer ("the minister declined to say"): that refusal is its answer.
 */
function gapAnswer(index: ArticleIndex, fact: Fact, question: Question, slot: Question['slot']): Draft {
  const about = fact.source.kind === 'gap' ? fact.source.about : '';
  const lowered = `${about.charAt(0).toLowerCase()}${about.slice(1)}`;
  const open = /^whether\b/i.test(about);
  return {
    ...composeFact(index, fact, slot),
    answered: !open || asksTheReply(about, question) || refusedReply(about),
    text: open ? `The article doesn't say: ${lowered}` : yesNo(false, `the article says: ${lowered}`),
  };
}

/**
 * The article's statement that a yes/no is open ("whether he will stay: his coach would not say"), matching the
 * question as well as any fact does, wins over a fact that merely shares its words.
 */
function statedOpen(index: ArticleIndex, question: Question): Draft | undefined {
  if (question.unknownWords.length > 0 || informativeStems(question).length < 2) return undefined;
  const ranked = rankFacts(index, { ...question, slot: 'general' });
  const top = ranked[0]?.coverage ?? 0;
  const gap = ranked.find(
    (r) =>
      r.fact.source.kind === 'gap' &&
      /^whether\b/i.test(r.fact.source.about) &&
      r.coverage >= 0.8 &&
      r.coverage >= top - 1e-9,
  );
  return gap ? gapAnswer(index, gap.fact, question, 'general') : undefined;
}

/**
 * "Did the launch fail?" asks about the story's own event: an earlier occasion of the timeline with other dates
 * ("the maiden flight failed in 2021") neither confirms nor denies it, unless the question gives a date.
 */
function otherOccasion(index: ArticleIndex, question: Question, fact: Fact): boolean {
  if (fact.source.kind !== 'timeline' || question.eventStems.size === 0) return false;
  if (question.year !== undefined || question.month !== undefined) return false;
  const eventDate = mainEvent(index.article).date.value;
  if (fact.date?.value === undefined || eventDate === undefined || fact.date.value === eventDate)
    return false;
  // The earlier occasion named with the event's own words ("the last security talks") is a fair comparison.
  return ![...question.eventStems].some((s) => (fact.bag.get(s) ?? 0) >= 1);
}

/** "Was a deal signed?" when the article reports only an agreement in principle: no, with what was agreed. */
function aboutFirmOutcome(index: ArticleIndex, question: Question): Draft | undefined {
  if (!question.cues.has('firmOutcomeAsked')) return undefined;
  const firm = index.article.outcomes.filter((o) => o.modality === 'signed' || o.modality === 'agreed');
  const loose = index.article.outcomes.filter((o) => o.modality === 'agreed-to');
  if (firm.length > 0 || loose.length === 0) return undefined;
  const outcome = loose[0]!;
  const detail = outcome.detail ? ` ${outcome.detail}` : ' The article gives no further details.';
  return {
    answered: true,
    text: yesNo(false, `the article reports no signed or concrete agreement. ${outcome.statement}${detail}`),
    sentences: outcome.evidence.sentences,
    focus: { factId: outcome.id, slot: 'outcome' },
  };
}

/**
 * The fact ranked best for the question: what the article says it leaves open ("Is the pact named?" -> no
 * details), a fact confirming it when it holds the words asked, or else the fact shown without a verdict.
 */
/**
 * "Does Sierra Leone agree?" against "the trustees agreed to return the objects claimed by Sierra Leone": the party
 * the question asks of (the name right after its auxiliary) is written in the fact only after the agreeing, as its
 * object, so the fact does not say that party agreed.
 */
function agreedByAnother(question: Question, draft: Draft): boolean {
  const subject = question.mentions.find(
    (m) => m.start === 1 || (m.start === 2 && question.tokens[1] === 'the'),
  );
  if (!subject) return false;
  const name = question.tokens.slice(subject.start, subject.end);
  const tokens = tokenize(draft.text);
  const agreed = tokens.findIndex((t) => /^agre/.test(t));
  if (agreed < 0) return false;
  const at = tokens.flatMap((_, i) => (name.every((w, k) => tokens[i + k] === w) ? [i] : []));
  return at.length > 0 && at.every((i) => i > agreed);
}

function aboutRankedFact(index: ArticleIndex, question: Question): Verdict | undefined {
  const { cues } = question;
  const slot = cues.has('topicVerbs')
    ? 'topic'
    : question.slot === 'significance'
      ? 'significance'
      : cues.has('agreeWord')
        ? 'outcome'
        : cues.has('identifiedVerbs')
          ? 'name'
          : 'general';
  const [best] = rankFacts(index, { ...question, slot });
  if (!best || question.unknownWords.length > 1) return undefined;
  if (best.fact.source.kind === 'gap') {
    if (best.coverage < 0.5) return undefined;
    const gap = rulingOf(gapAnswer(index, best.fact, question, slot));
    // "Whether ... has not been decided" is the article saying it does not know; "X is not named" a stated no.
    return { ...gap, basis: gap.ruling === 'open' ? 'stated-gap' : 'stated' };
  }
  if (otherOccasion(index, question, best.fact) || best.coverage < 0.5) return undefined;
  const draft = composeFact(index, best.fact, slot);
  // A fact about someone else states nothing about the person asked of ("Is she leaving parliament?" against
  // the seats the government holds in parliament).
  if (
    aboutSomeoneElse(index, question, best.fact) ||
    (slot === 'outcome' && agreedByAnother(question, draft))
  )
    return { draft, ruling: 'shown', basis: 'loose', statesNothing: true };
  // A slot-less ask is confirmed only when the fact holds nearly every word of it.
  const confirmed = slot !== 'general' || holdsEveryWord(best.fact, question);
  return confirmed
    ? { draft: { ...draft, text: yesNo(true, draft.text) }, ruling: 'yes', basis: 'stated' }
    : { draft, ruling: 'shown', basis: 'loose' };
}

/** A candidate's verdict read from the draft it words: "Yes — ...", "No — ...", an open gap, or a fact shown. */
function rulingOf(draft: Draft): Pick<Verdict, 'draft' | 'ruling'> {
  const ruling = !draft.answered
    ? 'open'
    : (verdictOf(draft.text) ?? (/^The article doesn't say\b/.test(draft.text) ? 'open' : 'shown'));
  return { draft, ruling };
}

type Find = (index: ArticleIndex, question: Question, people: Person[]) => Draft | undefined;

/** One way of answering a yes/no: its verdict, with the evidence it rests on, or none when it does not apply. */
interface Candidate {
  name: string;
  find: (index: ArticleIndex, question: Question, people: Person[]) => Verdict | undefined;
}

/** A candidate whose draft words its verdict ("Yes — ...", "No — ..."), resting on the basis given. */
function worded(name: string, find: Find, basis: Basis = 'checked'): Candidate {
  return {
    name,
    find: (index, question, people) => {
      const draft = find(index, question, people);
      return draft ? { ...rulingOf(draft), basis } : undefined;
    },
  };
}

/** A name the article lacks ("Did Pereira attend?") leaves the article's facts nothing to say about it. */
function withoutUnknownNames(candidate: Candidate): Candidate {
  return {
    name: candidate.name,
    find: (index, question, people) =>
      question.unknownNames.length > 0 ? undefined : candidate.find(index, question, people),
  };
}

/**
 * "Has the company had a recall before?": an entry of the timeline dated before the story's event that holds what is
 * asked (the event's own words included: "this", "a recall") is the earlier occasion, and the answer is yes.
 */
const EARLIER_STEMS: ReadonlySet<string> = new Set(
  EN.questionCues.earlierAsked.words.flatMap((w) => tokenize(w).map(stem)),
);

function aboutEarlierOccasion(index: ArticleIndex, question: Question): Draft | undefined {
  if (!question.cues.has('earlierAsked') || question.unknownWords.length > 1) return undefined;
  const event = mainEvent(index.article);
  const eventDay = event.date.value ?? index.article.referenceDate;
  const asked = [...question.stems.filter((s) => !EARLIER_STEMS.has(s)), ...question.eventStems];
  const ranked = rankFacts(index, {
    ...question,
    slot: 'background',
    stems: asked,
    eventStems: new Set(),
    cueStems: new Set(),
  });
  const earlier = ranked.find(
    (r) =>
      r.fact.source.kind === 'timeline' &&
      r.fact.date?.value !== undefined &&
      r.fact.date.value < eventDay.slice(0, r.fact.date.value.length) &&
      r.coverage >= 0.2,
  );
  if (!earlier) return undefined;
  const draft = composeFact(index, earlier.fact, 'date');
  return { ...draft, text: yesNo(true, draft.text) };
}

/**
 * Every way of answering a yes/no. Each is tried and `decide` picks among their verdicts by what they rest on;
 * the listing only breaks exact ties.
 */
export const YES_NO_CANDIDATES: readonly Candidate[] = [
  worded('stated-open', statedOpen, 'stated-gap'),
  worded('person', (index, question, people) =>
    people.length === 1 ? aboutPerson(index, question, people[0]!) : undefined,
  ),
  worded('cause', aboutCause),
  worded('occasion', aboutOccasion),
  worded('country', countryPresence),
  worded('place', (index, question) =>
    question.mentions.some((m) => m.ref.kind === 'place') || question.cues.has('heldIn')
      ? aboutEventPlace(index, question)
      : undefined,
  ),
  worded('figure', aboutFigureComparison),
  worded('ordinal', aboutEventOrdinal),
  worded('fact-date', aboutFactDate),
  worded('earlier-occasion', aboutEarlierOccasion, 'stated'),
  worded('event-day', aboutEventDay),
  worded('event-form', answerEventForm),
  withoutUnknownNames(worded('firm-outcome', aboutFirmOutcome)),
  withoutUnknownNames({ name: 'ranked-fact', find: aboutRankedFact }),
];

/** Every candidate's verdict on the question, each weighed against the evidence it rests on. */
export function yesNoVerdicts(index: ArticleIndex, question: Question, people: Person[]): Verdict[] {
  return YES_NO_CANDIDATES.flatMap((candidate) => {
    const verdict = candidate.find(index, question, people);
    return verdict ? [weigh(index, question, { ...verdict, candidate: candidate.name })] : [];
  });
}

/** A yes/no answered by the strongest verdict of the candidates, or undefined when none applies. */
export function answerYesNo(index: ArticleIndex, question: Question, people: Person[]): Draft | undefined {
  return decide(yesNoVerdicts(index, question, people))?.draft;
}
