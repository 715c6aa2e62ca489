import type { Article, Organization, Person } from '../../../model/schema.ts';
import type { ArticleIndex } from '../retrieve/article-index.ts';
import type { ConversationState, Draft } from '../types.ts';
import { joinList, STOP_WORDS } from '../lexicon/text.ts';
import type { Question } from '../analyze/understand.ts';
import { canonicalWords } from '../lexicon/organization-words.ts';
import { intern } from '../retrieve/intern.ts';

/**
 * Follow-ups that filter people by organization, side or country ("and the defense one?", "which of them is from
 * the foreign ministry?"), ask the organization of the person just named ("what bureau is that official part of?"),
 * or list the organizations taking part except some ("besides the foreign ministries, which ministries?").
 * The words that select an organization come from the article's own organizations (names, aliases, parents).
 */

/** Head nouns of organization names: they say what an organization is, not which one. */
const ORGANIZATION_NOUNS = new Set(
  (
    'ministry ministries bureau bureaus agency agencies department departments office offices council committee ' +
    'commission service services institute institution government administration authority board body bodies ' +
    'organization organisation news publication'
  ).split(' '),
);
/** Common words that select only with the next one ("Policy Bureau", "National Defense"), never alone. */
const WEAK_MODIFIERS = new Set(
  'policy national international general public central federal state affairs security strategy planning'.split(
    ' ',
  ),
);
/** Organization kinds that are themselves a selecting word ("the military one"). */
const KIND_WORDS: Partial<Record<Organization['kind'], string>> = {};

interface OrganizationWords {
  /** Every selecting term of the article: a distinctive word ("finance") or a weak modifier's phrase ("policy bureau"). */
  all: readonly string[];
  byOrganization: Map<string, readonly string[]>;
}

const wordsCache = new WeakMap<Article, OrganizationWords>();

/** The article's organization words, read once per article (prepareArticles reads them at load). */
export function organizationWords(article: Article): OrganizationWords {
  const cached = wordsCache.get(article);
  if (cached) return cached;
  // Country words select a side (countryAsked), not an organization.
  const countryWords = new Set(
    article.countries.flatMap((c) => [c.name, ...c.aliases, c.demonym ?? ''].flatMap(canonicalWords)),
  );
  const byOrganization = new Map<string, readonly string[]>();
  for (const org of article.organizations) {
    const forms = [org.name, ...org.aliases, KIND_WORDS[org.kind] ?? ''];
    const terms = new Set(forms.flatMap((form) => termsOf(canonicalWords(form), countryWords)));
    byOrganization.set(org.id, [...terms].map(intern));
  }
  // In first-seen order, as the terms asked are listed.
  const all = [...new Set([...byOrganization.values()].flat())];
  const words = { all, byOrganization };
  wordsCache.set(article, words);
  return words;
}

function termsOf(words: string[], countryWords: ReadonlySet<string>): string[] {
  const kept = words.filter((w) => !countryWords.has(w) && (!STOP_WORDS.has(w) || WEAK_MODIFIERS.has(w)));
  const terms = kept.filter((w) => w.length > 1 && !ORGANIZATION_NOUNS.has(w) && !WEAK_MODIFIERS.has(w));
  kept.forEach((word, i) => {
    const next = kept[i + 1];
    if (WEAK_MODIFIERS.has(word) && next) terms.push(`${word} ${next}`);
  });
  return terms;
}

/** The article's organization terms among the words ("national defense" standing for "defense" too); empty if none. */
function termsAsked(index: ArticleIndex, words: readonly string[]): string[] {
  const joined = ` ${words.join(' ')} `;
  const asked = organizationWords(index.article).all.filter((term) => joined.includes(` ${term} `));
  return asked.filter((term) => !asked.some((other) => other !== term && other.split(' ').includes(term)));
}

function orgChain(index: ArticleIndex, person: Person): Organization[] {
  const chain: Organization[] = [];
  let id = person.organization;
  while (id && chain.length < 4) {
    const org = index.article.organizations.find((o) => o.id === id);
    if (!org) break;
    chain.push(org);
    id = org.parent;
  }
  return chain;
}

/** Whether the person's organization or one of its parents carries every term asked. */
function isFrom(index: ArticleIndex, person: Person, terms: readonly string[]): boolean {
  const { byOrganization } = organizationWords(index.article);
  const own = new Set(orgChain(index, person).flatMap((o) => [...(byOrganization.get(o.id) ?? [])]));
  return terms.length > 0 && terms.every((term) => own.has(term));
}

function countryAsked(question: Question): string | undefined {
  return question.phrases.countriesWritten[0];
}

function participants(index: ArticleIndex): Person[] {
  return index.article.people.filter((p) => p.involvement === 'participant');
}

function describe(index: ArticleIndex, people: Person[], focusText: string): Draft {
  const lines = people.map((p) => `${p.name}, ${p.titleAsWritten}${countryPhrase(index, p)}`);
  return {
    answered: true,
    text: `${focusText}${joinList(lines)}.`,
    sentences: [...new Set(people.flatMap((p) => p.evidence.sentences))],
    focus: { people: people.map((p) => p.id) },
  };
}

function countryPhrase(index: ArticleIndex, person: Person): string {
  const country = index.article.countries.find((c) => c.id === person.country);
  return country ? ` (${country.name})` : '';
}

/** "And the defense one?" after a person: among the remembered people, else among all on the last person's side. */
function filterByOrganization(
  index: ArticleIndex,
  question: Question,
  memory: ConversationState,
): Draft | undefined {
  const terms = termsAsked(index, question.phrases.organizationWords);
  if (
    terms.length === 0 ||
    !question.cues.has('pickAmongPeople') ||
    question.mentions.some((m) => m.ref.kind === 'person')
  )
    return undefined;
  const country = countryAsked(question);
  const fits = (p: Person): boolean => isFrom(index, p, terms) && (!country || p.country === country);
  const remembered = memory.people.map((id) => index.personById.get(id)).filter((p) => p !== undefined);
  let chosen = remembered.filter(fits);
  if (chosen.length === 0) {
    // Only the kind changed: keep the side of the last person named.
    const side = country ?? (remembered.length === 1 ? remembered[0]!.country : undefined);
    chosen = participants(index).filter((p) => isFrom(index, p, terms) && (!side || p.country === side));
  }
  return chosen.length > 0 ? describe(index, chosen, '') : undefined;
}

function answerOrganizationOfRemembered(
  index: ArticleIndex,
  question: Question,
  memory: ConversationState,
): Draft | undefined {
  if (!question.cues.has('organizationOfRemembered') || memory.people.length !== 1) return undefined;
  if (question.mentions.some((m) => m.ref.kind === 'person')) return undefined;
  const person = index.personById.get(memory.people[0]!);
  if (!person) return undefined;
  const [own, ...parents] = orgChain(index, person);
  if (!own) return undefined;
  const within =
    parents.length > 0 ? `, part of the ${parents.map((o) => o.name).join(', part of the ')}` : '';
  return {
    answered: true,
    text: `${person.name} is from the ${own.name}${within}: ${person.titleAsWritten}.`,
    sentences: [...new Set([...person.evidence.sentences, ...own.evidence.sentences])].slice(0, 3),
    focus: { people: [person.id] },
  };
}

/** "Besides the foreign ministries, which ministries took part?": the participants' organizations of the other kind. */
function answerOrganizationsExcept(index: ArticleIndex, question: Question): Draft | undefined {
  const except = question.phrases.exceptedOrganizationWords;
  if (!except) return undefined;
  const excluded = termsAsked(index, except);
  if (excluded.length === 0) return undefined;
  const people = participants(index).filter((p) => !isFrom(index, p, excluded));
  if (people.length === 0) return undefined;
  const named = people.map((p) => {
    const chain = orgChain(index, p);
    const top = chain[chain.length - 1];
    const via = chain.length > 1 ? ` through its ${chain[0]!.name}` : '';
    return `the ${top?.name ?? 'its ministry'}${via} (${p.name})`;
  });
  return {
    answered: true,
    text: `Besides the ${excluded.join(' ')} side, ${joinList(named)} took part.`,
    sentences: [...new Set(people.flatMap((p) => p.evidence.sentences))],
    focus: { people: people.map((p) => p.id) },
  };
}

export function answerPeopleFilter(
  index: ArticleIndex,
  question: Question,
  memory: ConversationState,
): Draft | undefined {
  return (
    answerOrganizationsExcept(index, question) ??
    (memory.turns > 0
      ? (answerOrganizationOfRemembered(index, question, memory) ??
        filterByOrganization(index, question, memory))
      : undefined)
  );
}
