import { eventHappened, theEvent } from '../compose/event-words.ts';
import { mainEvent } from '../../../model/events.ts';
import type { ArticleIndex } from '../retrieve/article-index.ts';
import type { Draft } from '../types.ts';
import { foldName } from '../lexicon/text.ts';
import type { Question } from '../analyze/understand.ts';

/**
 * The organization a venue is named after ("Foreign Ministry, Oslo" is the South Korean Foreign Ministry): the
 * organization of the venue's country whose name or an alias is the venue's own name before the city.
 */
function venueInstitution(index: ArticleIndex) {
  const article = index.article;
  const venue = article.places.find((p) => p.id === mainEvent(article).venue);
  if (!venue) return undefined;
  const forms = new Set(
    [venue.name.split(',')[0]!, ...venue.aliases].map((f) => foldName(f.replace(/^the\s+/i, ''))),
  );
  const organization = article.organizations.find(
    (o) =>
      (venue.country === undefined || o.country === venue.country) &&
      [o.name, ...o.aliases].some((form) => forms.has(foldName(form))),
  );
  return organization ? { venue, organization } : undefined;
}

/** "Which ministry hosted the talks?": the institution the venue belongs to, with the venue and city it names. */
export function answerHostInstitution(index: ArticleIndex, question: Question): Draft | undefined {
  // "Which ministry hosted?", "what institution played host": the host asked as a body, not a country.
  if (question.slot !== 'organization' && !question.cues.has('institutionNouns')) return undefined;
  const found = venueInstitution(index);
  if (!found) return undefined;
  const { venue, organization } = found;
  const city = index.article.places.find((p) => p.id === venue.within);
  const at = venue.aliases.find((a) => /^the /i.test(a)) ?? venue.name.split(',')[0]!;
  return {
    answered: true,
    text: `The ${organization.name.replace(/^the /i, '')} hosted: ${theEvent(index)} ${eventHappened(index)} at ${at}${city ? ` in ${city.name}` : ''}.`,
    sentences: venue.evidence.sentences,
    focus: { factId: mainEvent(index.article).id, slot: 'place' },
  };
}
