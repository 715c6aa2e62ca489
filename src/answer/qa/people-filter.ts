import type { Organization, Person } from '../../model/schema.ts';
import type { ArticleIndex } from './article-index.ts';
import type { ConversationState, Draft } from './result.ts';
import { joinList } from './text.ts';
import type { Question } from './understand.ts';

/**
 * Follow-ups that filter people by organization kind, side or country ("and the defense one?", "which of them is from
 * the foreign ministry?"), ask the organization of the person just named ("what bureau is that official part of?"),
 * or list the organizations taking part except a kind ("besides the foreign ministries, which ministries?").
 */

const KINDS = { defense: /\bdefen[cs]e\b|\bmilitary\b/, foreign: /\bforeign\b/ } as const;
type Kind = keyof typeof KINDS;
/** A pick among people: "the defense one", "which of them", "which one", "the defense counterpart/official/side". */
const PICK =
  /\b(one|ones|of them|counterpart|official|officials|side|person|representative|delegate)\b|\bwho\b.*\bfrom\b/;
const ORG_OF_REMEMBERED =
  /\b(what|which) (organi[sz]ation|bureau|ministry|agency|body|department|office|institution)\b.*\b(that|this|the same|he|she|his|her|they) ?(official|person|one)?\b/;
const EXCEPT_KIND =
  /\b(besides|apart from|other than|aside from|except( for)?)\b[^,?]*?\b(foreign|defen[cs]e)\b[^,?]*[,]?.*\b(ministries|bodies|organi[sz]ations|agencies|institutions)\b/;

function kindAsked(text: string): Kind | undefined {
  return (Object.keys(KINDS) as Kind[]).find((k) => KINDS[k].test(text));
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

function isKind(index: ArticleIndex, person: Person, kind: Kind): boolean {
  return orgChain(index, person).some((o) =>
    KINDS[kind].test(`${o.name} ${o.aliases.join(' ')}`.toLowerCase()),
  );
}

function countryAsked(index: ArticleIndex, question: Question): string | undefined {
  const text = question.text.toLowerCase();
  const country = index.article.countries.find((c) =>
    [c.name, ...c.aliases, c.demonym].some(
      (form) => form && new RegExp(`\\b${form.toLowerCase()}`).test(text),
    ),
  );
  return country?.id;
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

/** "And the defense one?" after Seo: among the remembered people, else among all on the last person's side. */
function filterByKind(index: ArticleIndex, question: Question, memory: ConversationState): Draft | undefined {
  const text = question.text.toLowerCase();
  const kind = kindAsked(text);
  if (!kind || !PICK.test(text) || question.mentions.some((m) => m.ref.kind === 'person')) return undefined;
  const country = countryAsked(index, question);
  const fits = (p: Person): boolean => isKind(index, p, kind) && (!country || p.country === country);
  const remembered = memory.people.map((id) => index.personById.get(id)).filter((p) => p !== undefined);
  let chosen = remembered.filter(fits);
  if (chosen.length === 0) {
    // Only the kind changed: keep the side of the last person named.
    const side = country ?? (remembered.length === 1 ? remembered[0]!.country : undefined);
    chosen = participants(index).filter((p) => isKind(index, p, kind) && (!side || p.country === side));
  }
  return chosen.length > 0 ? describe(index, chosen, '') : undefined;
}

function answerOrganizationOfRemembered(
  index: ArticleIndex,
  question: Question,
  memory: ConversationState,
): Draft | undefined {
  const text = question.text.toLowerCase();
  if (!ORG_OF_REMEMBERED.test(text) || memory.people.length !== 1) return undefined;
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
  const text = question.text.toLowerCase();
  const match = EXCEPT_KIND.exec(text);
  if (!match) return undefined;
  const excluded = kindAsked(
    match[0].split(/\b(ministries|bodies|organi[sz]ations|agencies|institutions)\b/)[0]!,
  );
  if (!excluded) return undefined;
  const people = participants(index).filter((p) => !isKind(index, p, excluded));
  if (people.length === 0) return undefined;
  const named = people.map((p) => {
    const chain = orgChain(index, p);
    const top = chain[chain.length - 1];
    const via = chain.length > 1 ? ` through its ${chain[0]!.name}` : '';
    return `the ${top?.name ?? 'its ministry'}${via} (${p.name})`;
  });
  return {
    answered: true,
    text: `Besides the ${excluded} side, ${joinList(named)} took part.`,
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
      ? (answerOrganizationOfRemembered(index, question, memory) ?? filterByKind(index, question, memory))
      : undefined)
  );
}
