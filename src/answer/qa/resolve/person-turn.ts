import { mainEvent, delegationsOf } from '../../../model/events.ts';
import type { Person } from '../../../model/schema.ts';
import type { ArticleIndex } from '../retrieve/article-index.ts';
import { absentPeople, askedOffice, countPeople, holdsOffice, narrowPeople } from '../handlers/cast.ts';
import { describePerson, listPeople, organizationChain } from '../compose/people.ts';
import { informativeStems, rankFacts } from '../retrieve/rank.ts';
import type { ConversationState, Draft } from '../types.ts';
import { joinList, stem, tokenize } from '../lexicon/text.ts';
import { askedContent } from '../handlers/slot-fill.ts';
import type { Question } from '../analyze/understand.ts';
import { filterFromQuestion, mentionedPeople, PERSON_SLOTS, type PeopleFilter } from '../handlers/who.ts';

const MIN_FACT_SCORE = 0.45;
/** Words about taking part or being someone's opposite: they ask about the people themselves. */
const PARTICIPATION_WORDS = new Set(
  'attend participat represent counterpart equivalent meet met face sit talk lead led head work side'
    .split(' ')
    .map(stem),
);

function rememberedPeople(index: ArticleIndex, memory: ConversationState): Person[] {
  return memory.people.map((id) => index.personById.get(id)).filter((p): p is Person => p !== undefined);
}

/** Who the question is about: named people, or people of the previous turn it refers back to. */
export function resolvePeople(index: ArticleIndex, question: Question, memory: ConversationState): Person[] {
  const named = mentionedPeople(index, question);
  if (named.length > 0) return named;
  const { cues } = question;
  const refersBack =
    cues.has('refersToPeople') &&
    (!cues.has('theyAboutTheEvent') ||
      // "which two of them ...": picks among the people just named.
      cues.has('amongThem'));
  const fragment =
    (question.continuation || question.tokens.length <= 3) &&
    question.mentions.length === 0 &&
    informativeStems(question).every((s) => question.cueStems.has(s));
  const aboutThem = question.slot !== 'participants' || cues.has('aboutTheirPeople');
  if (
    !(refersBack || fragment) ||
    memory.people.length === 0 ||
    !PERSON_SLOTS.has(question.slot) ||
    !aboutThem
  )
    return [];
  const remembered = rememberedPeople(index, memory);
  if (asksSomethingElse(index, question, remembered)) return [];
  // "What's the Japanese one's job?" picks among the people just named.
  const filter = filterFromQuestion(question);
  const narrowed =
    filter.countries.length + filter.organizations.length > 0
      ? narrowPeople(index, remembered, filter)
      : remembered;
  return narrowed.length > 0 ? narrowed : remembered;
}

/** Slots that can only be about a person: a pronoun with one of these always means the people just talked about. */
const PERSON_ONLY_SLOTS = new Set(['role', 'organization', 'country', 'photo', 'name']);

/**
 * "What did they announce about intelligence sharing?" after the two leaders: the question's own content, which says
 * nothing about who those people are, is what it asks; "they" is only its subject, and memory must not override it.
 */
function asksSomethingElse(index: ArticleIndex, question: Question, remembered: Person[]): boolean {
  if (question.type === 'yes-no' || PERSON_ONLY_SLOTS.has(question.slot)) return false;
  // "which two of them ...": picks among the people just named, whatever else it says.
  if (question.cues.has('amongThem')) return false;
  const own = askedContent(question).filter(
    (s) =>
      index.idf.has(s) &&
      !PARTICIPATION_WORDS.has(s) &&
      !remembered.some((p) => index.personProfile.get(p.id)?.has(s)),
  );
  return own.length > 0;
}

export function carryFilter(
  index: ArticleIndex,
  question: Question,
  memory: ConversationState,
): PeopleFilter {
  const filter = filterFromQuestion(question);
  if (!question.continuation) return filter;
  // "And the other side?": the parties not just talked about.
  if (question.cues.has('otherSide') && filter.countries.length === 0) {
    const talkedAbout = new Set([
      ...memory.countries,
      ...rememberedPeople(index, memory).map((p) => p.country),
    ]);
    const others = delegationsOf(mainEvent(index.article))
      .map((d) => d.country)
      .filter((c) => !talkedAbout.has(c));
    if (talkedAbout.size > 0 && others.length > 0) return { countries: others, organizations: [] };
  }
  return {
    countries: filter.countries.length > 0 ? filter.countries : memory.countries,
    organizations: filter.organizations.length > 0 ? filter.organizations : memory.organizations,
  };
}

export function isPersonQuestion(question: Question, people: Person[], memory: ConversationState): boolean {
  const { cues } = question;
  if (question.photo || question.slot === 'photo') return true;
  // "And South Korea?" / "And from the defense ministry?" after a question about people.
  if (
    question.continuation &&
    memory.focus === 'people' &&
    PERSON_SLOTS.has(question.slot) &&
    !question.slotExplicit
  )
    return true;
  if (people.length > 0) return PERSON_SLOTS.has(question.slot) || question.type === 'who';
  if (cues.has('startsNameOrList') && cues.has('peopleCounted')) return true;
  // "At what rank were the officials ...?", "Which ministries were represented?": about the cast as a whole.
  if (question.slotExplicit && PERSON_SLOTS.has(question.slot) && cues.has('castGroups')) return true;
  if (cues.has('whichPerson')) return true;
  // "Which bureau was the Japanese deputy director-general from?": an organization asked through a person's office.
  if ((question.slot === 'organization' || question.slot === 'role') && cues.has('officeHeld')) return true;
  return question.type === 'who' && question.slot !== 'between';
}

/**
 * Questions about the cast as a whole: counts ("How many Japanese officials attended?"), negations ("Who didn't
 * attend?"), offices ("Who is Japan's defense minister?") and who did what ("Who agreed to mend ties?").
 */
export function answerCastQuestion(
  index: ArticleIndex,
  question: Question,
  people: Person[],
  memory: ConversationState,
): Draft | undefined {
  const { cues } = question;
  if (question.slot === 'count') {
    const backReference =
      memory.focus === 'people' && informativeStems(question).length === 0 && cues.has('peopleBackReference');
    if (backReference) return countPeople(index, question, rememberedPeople(index, memory), true);
    if (cues.has('peopleCounted'))
      return countPeople(
        index,
        question,
        narrowPeople(index, index.article.people, filterFromQuestion(question)),
        false,
      );
  }
  if (
    people.length > 0 &&
    (question.type === 'who' || cues.has('whichPerson')) &&
    cues.has('othersThanNamed')
  )
    return othersThan(index, question, people);
  const head = cues.has('headOf') ? onlyDeputiesNamed(index, question) : undefined;
  if (head) return head;
  if (people.length > 0) return undefined;
  if (question.negated && (question.type === 'who' || cues.has('peopleCounted'))) return absentPeople(index);
  if (question.type !== 'who') return undefined;
  const office = askedOffice(question);
  if (office) {
    const holders = narrowPeople(
      index,
      index.article.people.filter((p) => holdsOffice(index, p, office)),
      filterFromQuestion(question),
    ).filter((p) => filterFromQuestion(question).countries.every((c) => c === p.country));
    if (holders.length === 0) {
      return {
        answered: false,
        text: `The article doesn't name ${question.phrases.whoIsObject ?? 'that office'}. ${index.coverage}`,
        sentences: [],
      };
    }
    // "The director generals" are those whose office is exactly that, not their deputies.
    const exact = holders.filter((p) =>
      tokenize(p.role).every((word) => question.tokens.includes(word) || office.head === word),
    );
    const chosen = exact.length > 0 ? exact : holders;
    if (chosen.length === 1) return describePerson(index, chosen[0]!, 'profile');
    return listPeople(index, chosen, 'profile', 'The article names');
  }
  return whoDidIt(index, question);
}

/** "Besides Smith and Jones, who else was in the delegations?": the other participants, or what the article leaves open. */
function othersThan(index: ArticleIndex, question: Question, named: Person[]): Draft {
  // "Apart from Brown and Green, who else came from that country?": the others from that country only.
  const { countries } = filterFromQuestion(question);
  const others = index.article.people.filter(
    (p) =>
      p.involvement === 'participant' &&
      !named.includes(p) &&
      (countries.length === 0 || countries.includes(p.country ?? '')),
  );
  if (others.length > 0) return listPeople(index, others, 'profile', 'The others who took part');
  // Ranked on what is asked about them, not on their names.
  const nameStems = new Set(
    question.mentions.flatMap((m) => question.tokens.slice(m.start, m.end)).map((t) => stem(t)),
  );
  const asked = {
    ...question,
    slot: 'participants' as const,
    stems: question.stems.filter((s) => !nameStems.has(s)),
  };
  const gap = rankFacts(index, asked).find((r) => r.fact.source.kind === 'gap');
  const about = gap && gap.coverage > 0 && gap.fact.source.kind === 'gap' ? ` ${gap.fact.source.about}` : '';
  return {
    answered: false,
    text: `The article names nobody else who took part.${about} ${index.coverage}`,
    sentences: gap && about ? gap.fact.sentences : [],
  };
}

/**
 * "Who heads the Defense Policy Bureau?" when everyone the article names from it is a deputy: the article does not
 * name the head, only the deputy, said honestly.
 */
function onlyDeputiesNamed(index: ArticleIndex, question: Question): Draft | undefined {
  const { organizations } = filterFromQuestion(question);
  if (organizations.length === 0) return undefined;
  const members = narrowPeople(index, index.article.people, { countries: [], organizations }).filter((p) =>
    organizationChain(index, p).some((id) => organizations.includes(id)),
  );
  if (members.length === 0 || !members.every((p) => /^deputy\b/i.test(p.role))) return undefined;
  const organization = index.article.organizations.find((o) => o.id === organizations[0]);
  const listed = listPeople(index, members, 'profile', 'It names only');
  return {
    answered: false,
    text: `The article doesn't name the head of ${organization?.name ?? 'that organization'}. ${listed.text}`,
    sentences: listed.sentences,
    focus: { people: members.map((p) => p.id) },
  };
}

/** "Who agreed to mend ties?": the people of the fact that matches, remembered with that fact for "When?". */
function whoDidIt(index: ArticleIndex, question: Question): Draft | undefined {
  if (PERSON_SLOTS.has(question.slot) || question.slot === 'quote') return undefined;
  const [best] = rankFacts(index, question);
  if (!best || best.score < MIN_FACT_SCORE) return undefined;
  const involved = [...best.fact.entities]
    .map((id) => index.personById.get(id))
    .filter((p): p is Person => p !== undefined);
  if (involved.length === 0) return undefined;
  const draft = listPeople(index, involved, 'profile', joinList(involved.map((p) => p.name)));
  return {
    ...draft,
    text: draft.text.replace(/ Each side also brought.*$/, ''),
    sentences: best.fact.sentences,
    focus: { people: involved.map((p) => p.id), factId: best.fact.id, slot: question.slot },
  };
}
