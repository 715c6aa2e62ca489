import type { Person } from '../../../model/schema.ts';
import { describePerson, organizationChain } from '../compose/people.ts';
import { doesNotSay } from '../compose/does-not-say.ts';
import { EN } from '../lexicon/en/index.ts';
import { ROLE_NOUNS } from '../lexicon/vocabulary.ts';
import type { ArticleIndex } from '../retrieve/article-index.ts';
import type { Draft, EntityRef, Handler, PostAsk } from '../types.ts';

const SUBORDINATE = EN.roleNouns.subordinate;

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Whether the article gives a person the post asked: its noun, or a way titles write it, in their title or role. */
function titleOf(person: Person): string {
  return [person.titleAsWritten, ...person.titleVariants, person.role].join(' ').toLowerCase();
}

function holdsPost(person: Person, post: PostAsk): boolean {
  const title = titleOf(person);
  const forms = [post.noun.replace(/s$/, ''), ...(EN.roleNouns.writtenAs[post.noun] ?? [])];
  // "deputy director-general" is no director: a subordinate word just before the form makes it another post.
  const below = SUBORDINATE.filter((w) => w !== post.noun)
    .map(escape)
    .join('|');
  return forms.some((form) =>
    new RegExp(`(^|[^\\p{L}])(?<!(?:${below})[ -])${escape(form)}s?([^\\p{L}]|$)`, 'u').test(title),
  );
}

function ownerName(index: ArticleIndex, owner: EntityRef): string {
  const { article } = index;
  if (owner.kind === 'organization')
    return article.organizations.find((o) => o.id === owner.id)?.name ?? owner.id;
  if (owner.kind === 'country') return article.countries.find((c) => c.id === owner.id)?.name ?? owner.id;
  return article.places.find((p) => p.id === owner.id)?.name ?? owner.id;
}

/** Whether a person belongs to the party the post is asked of ("Eko's captain", "the boss of X"). */
function belongsTo(index: ArticleIndex, person: Person, owner: EntityRef): boolean {
  if (owner.kind === 'organization') return organizationChain(index, person).includes(owner.id);
  if (owner.kind === 'country') return person.country === owner.id;
  return true;
}

type Found = { holder: Person } | { nobody: string };

/**
 * "Who was the club's captain?", "who is the boss of X?", "what was the captain's name?": a post asked by its noun
 * is held only by someone the article gives that post (of that party, when one is named). Nobody: the article
 * doesn't say, rather than a list of whoever it names. One holder among several of that post, told apart by the
 * party named ("the chief executive of X" where two chief executives appear): that one.
 */
const handler: Handler<Found> = {
  name: 'unheld-post',
  priority: 46,
  match: (q, { index }) => {
    const post = q.post;
    if (!post || q.type === 'yes-no' || q.photo || !ROLE_NOUNS.has(post.noun)) return undefined;
    const holders = index.article.people.filter((p) => holdsPost(p, post));
    const owner = post.owner;
    const theirs = owner ? holders.filter((p) => belongsTo(index, p, owner)) : holders;
    const asked = owner ? `the ${post.noun} of ${ownerName(index, owner)}` : `the ${post.noun}`;
    if (theirs.length === 0) return { nobody: `who ${asked} is` };
    // Several of that post tied to the party ("X's chief executive" and one who will join X's board): the one
    // whose title names it.
    const titled = owner
      ? theirs.filter((p) => titleOf(p).includes(ownerName(index, owner).toLowerCase()))
      : [];
    const one = theirs.length === 1 ? theirs[0] : titled.length === 1 ? titled[0] : undefined;
    if (one && holders.length > 1) return { holder: one };
    return undefined;
  },
  answer: (found, { index }): Draft =>
    'holder' in found ? describePerson(index, found.holder, 'profile') : doesNotSay(index, found.nobody),
};
export default handler;
