import type { Article, Organization, Place } from '../../../model/schema.ts';
import { EN } from '../lexicon/en/index.ts';
import type { ArticleIndex } from '../retrieve/article-index.ts';
import type { Draft, Question } from '../types.ts';

const BASE_WORDS: ReadonlySet<string> = new Set(EN.baseAsks);

/** Where an organization is based, as the article ties a place to its name, with the sentence saying so. */
interface Base {
  place: Place;
  sentences: string[];
}

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The forms an organization is written in; `proper` keeps only those written as a name (a capital letter). */
function orgForms(org: Organization, proper: boolean): string[] {
  const forms = [org.name, ...(org.namesAsWritten ?? []), ...org.aliases, ...(org.acronyms ?? [])]
    .map((f) => f.replace(/^the /i, '').trim())
    .filter((f) => f.length >= 2 && (!proper || /[A-Z]/.test(f)));
  return [...new Set(forms)].sort((a, b) => b.length - a.length);
}

/** The places an organization can be based in (not a venue: a hall is where something happened, not a base). */
function basePlaces(article: Article): Array<{ place: Place; forms: string[]; names: string[] }> {
  const proper = (forms: string[]) => [...new Set(forms)].filter((f) => /^[A-Z]/.test(f));
  return article.places
    .filter((p) => p.kind !== 'venue')
    .map((place) => ({
      place,
      forms: proper([place.name, ...(place.namesAsWritten ?? []), ...place.aliases]),
      // Its names, not the adjectives the article writes it in: "British drugmaker" tells a nationality, not a base.
      names: proper([place.name, ...place.aliases]),
    }))
    .filter((p) => p.forms.length > 0);
}

/**
 * The place an organization's own name or alias holds as its base: "the Offenbach-based lender", "savings bank in
 * Mainz", "University of Leicester", "the Lagos club".
 */
function baseInName(forms: readonly string[], place: string): boolean {
  const p = escape(place);
  const patterns = [
    new RegExp(`\\b${p}-based\\b`),
    new RegExp(`\\b(based|headquartered) in ${p}\\b`),
    new RegExp(`\\b(of|in) ${p}$`),
    new RegExp(`^${p} [a-z]+$`),
  ];
  return forms.some((form) => patterns.some((re) => re.test(form.replace(/^the /i, ''))));
}

/**
 * How firmly a sentence ties the place to the organization's name, 0 when it does not: "Offenbach-based Hessische
 * Kreditbank", "Acme, a company based in Leeds" (2); "Daeyang Hose Co. of Ulsan" (1.5); "Carrow Research in
 * London" (1).
 */
function baseInSentence(text: string, forms: readonly string[], place: string): number {
  const p = escape(place);
  let best = 0;
  for (const form of forms) {
    const f = escape(form);
    if (
      new RegExp(`\\b${p}-based (\\S+ ){0,3}${f}(?!\\w)`).test(text) ||
      new RegExp(
        `\\b${f},? ((which|that) is |(an?|the) ([\\w-]+ ){0,3})?(based|headquartered) in ${p}\\b`,
      ).test(text)
    )
      return 2;
    if (new RegExp(`\\b${f},? of ${p}\\b`).test(text)) best = Math.max(best, 1.5);
    else if (new RegExp(`\\b${f},? in ${p}\\b`).test(text)) best = Math.max(best, 1);
  }
  return best;
}

/** Where the article says the organization is based: first the sentence saying it most firmly, then its own names. */
export function organizationBase(index: ArticleIndex, org: Organization): Base | undefined {
  const article = index.article;
  const places = basePlaces(article);
  const proper = orgForms(org, true);
  const body = article.sentences.filter((s) => s.kind === 'body' || s.kind === 'caption');
  let found: (Base & { strength: number }) | undefined;
  for (const sentence of body)
    for (const { place, forms } of places)
      for (const form of forms) {
        const strength = baseInSentence(sentence.text, proper, form);
        if (strength > (found?.strength ?? 0)) found = { place, sentences: [sentence.id], strength };
      }
  if (found) return { place: found.place, sentences: found.sentences };
  const all = orgForms(org, false);
  const aliases = [org.name, ...(org.namesAsWritten ?? []), ...org.aliases];
  for (const { place, forms, names } of places)
    if (names.some((name) => baseInName(all, name))) {
      // Cited where the article writes the alias that holds the place, else where it names the organization.
      const written = body.find((s) =>
        aliases.some(
          (a) => forms.some((f) => a.includes(f)) && s.text.toLowerCase().includes(a.toLowerCase()),
        ),
      );
      return { place, sentences: written ? [written.id] : org.evidence.sentences.slice(0, 1) };
    }
  return undefined;
}

/** "Offenbach, Germany": a city with the state or country it lies in, when the model says. */
function placeLabel(article: Article, place: Place): string {
  const within = article.places.find((p) => p.id === place.within);
  if (
    !within ||
    place.name.includes(within.name) ||
    !['country', 'state', 'province', 'region'].includes(within.kind)
  )
    return place.name;
  return `${place.name}, ${within.name}`;
}

/**
 * "Where is the lender based?": one organization named and a word asking its base. Answered by the place the article
 * ties to its name; a question the article gives no such place for is left to the other handlers.
 */
export function answerOrganizationBase(index: ArticleIndex, question: Question): Draft | undefined {
  if (question.type !== 'where' && !question.tokens.includes('where')) return undefined;
  if (!question.tokens.some((t) => BASE_WORDS.has(t))) return undefined;
  const orgs = [
    ...new Set(question.mentions.filter((m) => m.ref.kind === 'organization').map((m) => m.ref.id)),
  ];
  if (orgs.length !== 1) return undefined;
  if (question.mentions.some((m) => m.ref.kind === 'person')) return undefined;
  const org = index.article.organizations.find((o) => o.id === orgs[0]);
  if (!org) return undefined;
  const base = organizationBase(index, org);
  if (!base) return undefined;
  return {
    answered: true,
    text: `${org.name} is based in ${placeLabel(index.article, base.place)}.`,
    sentences: base.sentences,
  };
}
