import type { Article, Person, Sentence } from '../../../model/schema.ts';
import { buildFacts, type Fact } from './facts.ts';
import { buildLexicon, type Lexicon } from '../analyze/entities.ts';
import { contentStems, STOP_WORDS, stem, tokenize } from '../lexicon/text.ts';
import { describeCoverage } from '../compose/what-it-covers.ts';
import { intern } from './intern.ts';
import { WeightBag } from './weight-bag.ts';
import { ScoreTable, SortedWordSet } from './compact.ts';

/** Roles that make someone one of "the leaders" of a story. */
const LEADER_ROLES =
  /\b(president|prime minister|premier|chancellor|king|queen|emperor|leader|chairman|general secretary)\b/;

export interface ArticleIndex {
  article: Article;
  lexicon: Lexicon;
  facts: Fact[];
  sentenceById: Map<string, Sentence>;
  /** Every content stem of the article and its model. */
  vocabulary: ReadonlySet<string>;
  /** Every plain word (unstemmed) of the article and its model. */
  words: ReadonlySet<string>;
  idf: ReadonlyMap<string, number>;
  maxIdf: number;
  /** Per person: the stems describing them (title, organization, country, side, photo position). */
  personProfile: Map<string, ReadonlyMap<string, number>>;
  personById: Map<string, Person>;
  /** The content stems of each body or caption sentence, for sentence retrieval. */
  sentenceStems: Map<string, ReadonlySet<string>>;
  /** Stem -> other stems naming the same country ("korea" <-> "korean"). */
  alternates: Map<string, string[]>;
  /** One line on what the article covers, for "the article doesn't say" replies. */
  coverage: string;
  /** Words the article writes in capitals ("US", "U.S.", "WHO"), lower-cased: an acronym asked is known only if here. */
  acronyms: ReadonlySet<string>;
}

const cache = new WeakMap<Article, ArticleIndex>();

export function indexArticle(article: Article): ArticleIndex {
  let index = cache.get(article);
  if (!index) {
    index = buildIndex(article);
    cache.set(article, index);
  }
  return index;
}

function buildIndex(article: Article): ArticleIndex {
  const sentences = article.sentences.filter((s) => s.kind === 'body' || s.kind === 'caption');
  const facts = buildFacts(article);
  const documents = [...sentences.map((s) => s.text), ...facts.map((f) => [...f.bag.keys()].join(' '))];
  const documentFrequency = new Map<string, number>();
  for (const text of documents) {
    for (const s of new Set(contentStems(text).concat(text.split(' ')))) {
      documentFrequency.set(s, (documentFrequency.get(s) ?? 0) + 1);
    }
  }
  const total = documents.length;
  const idf = new ScoreTable(
    [...documentFrequency].map(([s, n]) => [intern(s), Math.log(1 + (total - n + 0.5) / (n + 0.5))] as const),
  );
  const maxIdf = Math.log(1 + (total + 0.5) / 0.5);

  const personById = new Map(article.people.map((p) => [p.id, p]));
  const orgById = new Map(article.organizations.map((o) => [o.id, o]));
  const countryById = new Map(article.countries.map((c) => [c.id, c]));
  const personProfile = new Map<string, ReadonlyMap<string, number>>();
  for (const person of article.people) {
    const profile = new Map<string, number>();
    const add = (text: string | undefined, weight: number): void => {
      for (const s of contentStems(text ?? '')) profile.set(intern(s), Math.max(profile.get(s) ?? 0, weight));
    };
    add(person.titleAsWritten, 1);
    for (const variant of person.titleVariants) add(variant, 1);
    add(person.role, 1);
    add(person.portfolio, 1);
    add(person.side, 1);
    let orgId = person.organization;
    for (let depth = 0; orgId && depth < 4; depth++) {
      const org = orgById.get(orgId);
      if (!org) break;
      add(org.name, 1);
      for (const alias of org.aliases) add(alias, 0.8);
      orgId = org.parent;
    }
    const country = person.country === undefined ? undefined : countryById.get(person.country);
    if (country) for (const form of [country.name, country.demonym, ...country.aliases]) add(form, 1);
    if (LEADER_ROLES.test(person.role.toLowerCase())) add('leader leaders', 1);
    if (person.involvement === 'participant') add('participant attend delegation official', 0.5);
    add(person.description, 0.3);
    personProfile.set(person.id, new WeightBag(profile));
  }

  const vocabulary = new Set<string>();
  const words = new Set<string>();
  for (const text of [
    ...modelStrings({ ...article, sentences: [] }),
    ...article.sentences.map((s) => s.text),
  ]) {
    for (const token of tokenize(text)) {
      if (STOP_WORDS.has(token)) continue;
      words.add(intern(token));
      vocabulary.add(intern(stem(token)));
      if (token.includes('-')) for (const part of token.split('-')) vocabulary.add(intern(stem(part)));
    }
  }

  const sentenceStems = new Map(
    sentences.map((s) => [s.id, new SortedWordSet(contentStems(s.text).map(intern))] as const),
  );

  return {
    article,
    lexicon: buildLexicon(article),
    facts,
    sentenceById: new Map(article.sentences.map((s) => [s.id, s])),
    vocabulary: new SortedWordSet(vocabulary),
    words: new SortedWordSet(words),
    idf,
    maxIdf,
    personProfile,
    personById,
    sentenceStems,
    coverage: describeCoverage(article),
    acronyms: writtenAcronyms(article.sentences.map((s) => s.text).join(' ')),
    alternates: countryAlternates(article),
  };
}

/** "US", "U.S.", "WTA": words written in capitals, lower-cased and without their dots. */
export function writtenAcronyms(text: string): Set<string> {
  const found = new Set<string>();
  for (const match of text.matchAll(/\b(?:\p{Lu}\.){2,}|\b\p{Lu}{2,}\b/gu))
    found.add(match[0].replace(/\./g, '').toLowerCase());
  return found;
}

function countryAlternates(article: Article): Map<string, string[]> {
  const alternates = new Map<string, string[]>();
  for (const country of article.countries) {
    const stems = [
      ...new Set([country.name, country.demonym, ...country.aliases].flatMap((form) => contentStems(form))),
    ];
    for (const s of stems)
      alternates.set(s, [...new Set([...(alternates.get(s) ?? []), ...stems.filter((o) => o !== s)])]);
  }
  return alternates;
}

/** Every human-readable string value of the model (not its keys, ids or references). */
function modelStrings(value: unknown, key = '', out: string[] = []): string[] {
  if (typeof value === 'string') {
    if (
      !/^(id|speaker|organization|parent|within|place|venue|country|from|textFile|url|value|end|duration)$/.test(
        key,
      )
    )
      out.push(value);
  } else if (Array.isArray(value)) {
    for (const item of value) modelStrings(item, key, out);
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value))
      if (
        !/^(members|people|places|parties|countries|sentences|speakerIds|kind|precision|modality|involvement)$/.test(
          k,
        )
      )
        modelStrings(v, k, out);
  }
  return out;
}
