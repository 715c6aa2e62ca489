import type { Organization, Person } from '../../../model/schema.ts';
import { mainEvent } from '../../../model/events.ts';
import { describePerson, organizationChain } from '../compose/people.ts';
import { contentStems, stem } from '../lexicon/text.ts';
import { SYNONYMS } from '../lexicon/vocabulary.ts';
import type { ArticleIndex } from '../retrieve/article-index.ts';
import { informativeStems } from '../retrieve/rank.ts';
import type { Draft, Question } from '../types.ts';

/**
 * "Which court was this?", "What company is the story about?", "Which team does she play for?": the organization
 * of the kind asked. For a person named, theirs; else the one of that kind whose name (or, for a party to the
 * story's event, the event's own words) holds the question's other words, ahead of every other of that kind.
 */
export function answerOrganizationKind(
  index: ArticleIndex,
  question: Question,
  people: Person[],
): Draft | undefined {
  const asked = question.organizationKind;
  if (!asked || question.type === 'yes-no' || question.relation) return undefined;
  const article = index.article;
  const ofKind = article.organizations.filter((o) => o.kind === asked.kind);
  if (ofKind.length === 0) return undefined;
  const named = question.mentions.filter((m) => m.ref.kind === 'person');
  if (named.length > 0) {
    if (people.length !== 1) return undefined;
    const chain = organizationChain(index, people[0]!);
    const theirs = ofKind.filter((o) => chain.includes(o.id));
    return theirs.length === 1 ? describePerson(index, people[0]!, 'organization') : undefined;
  }
  const main = mainEvent(article);
  const parties = new Set(main.participants.map((p) => p.organization).filter((id) => id !== undefined));
  const eventOwn = new Set(
    contentStems([main.name, ...main.nouns, ...main.aliases, ...(main.keywords ?? [])].join(' ')),
  );
  const kindStem = stem(question.tokens[asked.at]!);
  const mentionTokens = new Set(question.mentions.flatMap((m) => question.tokens.slice(m.start, m.end)));
  const words = informativeStems(question).filter(
    (s) => s !== kindStem && ![...mentionTokens].some((t) => stem(t) === s),
  );
  const covers = (own: ReadonlySet<string>, s: string): boolean =>
    own.has(s) || (SYNONYMS.get(s) ?? []).some((a) => own.has(a));
  const scored = ofKind.map((organization: Organization) => {
    const own = new Set(contentStems([organization.name, ...organization.aliases].join(' ')));
    const party = parties.has(organization.id);
    const hits = words.filter((s) => covers(own, s) || (party && covers(eventOwn, s))).length;
    return { organization, hits, party };
  });
  const best =
    words.length === 0
      ? scored.filter((s) => s.party)
      : (() => {
          const top = Math.max(...scored.map((s) => s.hits));
          return top === 0 ? [] : scored.filter((s) => s.hits === top);
        })();
  if (best.length !== 1) return undefined;
  const organization = best[0]!.organization;
  return {
    answered: true,
    text: `${organization.name}.`.replace(/\.\.$/, '.'),
    sentences: organization.evidence.sentences.slice(0, 2),
  };
}
