import type { Article } from './schema.ts';
import { formatJsonPath } from './errors.ts';

export interface CrossCheckIssue {
  path: string;
  message: string;
}

type Path = readonly PropertyKey[];

/**
 * The checks zod cannot express: sentences match the source text at their offsets, evidence points at
 * real sentences and quotes them verbatim, every reference resolves, and ids are unique.
 */
export function crossCheckArticle(article: Article, sourceText: string): CrossCheckIssue[] {
  const issues: CrossCheckIssue[] = [];
  const report = (path: Path, message: string): void => {
    issues.push({ path: formatJsonPath(path), message });
  };
  const sentences = checkSentences(article, sourceText, report);
  checkUniqueIds(article, report);
  checkEvidence(article, sentences, report);
  checkReferences(article, sentences, report);
  return issues;
}

type Report = (path: Path, message: string) => void;

function checkSentences(article: Article, sourceText: string, report: Report): Map<string, string> {
  const texts = new Map<string, string>();
  let previousEnd = 0;
  article.sentences.forEach((sentence, i) => {
    const at = ['sentences', i];
    if (texts.has(sentence.id)) report([...at, 'id'], `duplicate sentence id "${sentence.id}"`);
    texts.set(sentence.id, sentence.text);
    const expectedId = `p${sentence.paragraph}s${sentence.index}`;
    if (sentence.id !== expectedId) {
      report([...at, 'id'], `expected "${expectedId}" (from paragraph and index), found "${sentence.id}"`);
    }
    if (sentence.end <= sentence.start || sentence.end > sourceText.length) {
      report(
        at,
        `offsets ${sentence.start}..${sentence.end} lie outside the source text (length ${sourceText.length})`,
      );
      return;
    }
    if (sentence.start < previousEnd)
      report([...at, 'start'], `overlaps the previous sentence (which ends at ${previousEnd})`);
    previousEnd = sentence.end;
    const slice = sourceText.slice(sentence.start, sentence.end);
    if (slice !== sentence.text) {
      report(
        [...at, 'text'],
        `expected the source text at ${sentence.start}..${sentence.end}, ${preview(slice)}, found ${preview(sentence.text)}`,
      );
    }
  });
  return texts;
}

function checkUniqueIds(article: Article, report: Report): void {
  const seen = new Map<string, string>();
  const collections = [
    ['countries', article.countries],
    ['people', article.people],
    ['organizations', article.organizations],
    ['places', article.places],
    ['topics', article.topics],
    ['outcomes', article.outcomes],
    ['quotes', article.quotes],
    ['figures', article.figures],
    ['context', article.context],
    ['timeline', article.timeline],
  ] as const;
  const note = (id: string, path: Path): void => {
    const first = seen.get(id);
    if (first !== undefined) report([...path, 'id'], `id "${id}" is already used by ${first}`);
    else seen.set(id, formatJsonPath(path));
  };
  note(article.event.id, ['event']);
  for (const [name, items] of collections) items.forEach((item, i) => note(item.id, [name, i]));
}

/**
 * One walk over the document (a mutable path stack keeps it cheap) checking every `evidence` object, every
 * `sentences` list of summaries and captions, and every derivation's sentence sources.
 */
function checkEvidence(article: Article, sentences: Map<string, string>, report: Report): void {
  const path: PropertyKey[] = [];
  const checkSentenceIds = (ids: readonly unknown[]): void => {
    ids.forEach((id, i) => {
      if (typeof id === 'string' && !sentences.has(id)) report([...path, i], `no sentence with id "${id}"`);
    });
  };
  const checkOneEvidence = (evidence: EvidenceShape): void => {
    path.push('sentences');
    checkSentenceIds(evidence.sentences);
    path.pop();
    let texts: string[] | undefined;
    evidence.quotes.forEach((quote, i) => {
      texts ??= evidence.sentences.flatMap((id) => sentences.get(id) ?? []);
      if (!texts.some((text) => text.includes(quote))) {
        const where = evidence.sentences.join(', ') || 'its sentences';
        report(
          [...path, 'quotes', i],
          `expected words that occur verbatim in ${where}, found ${preview(quote)}`,
        );
      }
    });
    evidence.fromMetadata?.forEach((field, i) => {
      if (lookup(article, field) === undefined) {
        report([...path, 'fromMetadata', i], `no metadata field "${field}" in this article`);
      }
    });
  };
  const checkDerivation = (derivation: { from: readonly string[] }): void => {
    derivation.from.forEach((source, i) => {
      if (/^p\d+s\d+$/.test(source) && !sentences.has(source))
        report([...path, 'from', i], `no sentence with id "${source}"`);
    });
  };
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        const item: unknown = value[i];
        if (item === null || typeof item !== 'object') continue;
        path.push(i);
        visit(item);
        path.pop();
      }
      return;
    }
    if (value === null || typeof value !== 'object') return;
    for (const key in value) {
      const child = (value as Record<string, unknown>)[key];
      if (child === null || typeof child !== 'object') continue;
      if (key === 'sentences' && path.length === 0) continue; // the sentence list itself
      path.push(key);
      if (key === 'evidence') checkOneEvidence(child as EvidenceShape);
      else if (key === 'derivation') checkDerivation(child as { from: readonly string[] });
      else if (key === 'sentences' && Array.isArray(child)) checkSentenceIds(child);
      else visit(child);
      path.pop();
    }
  };
  visit(article);
}

interface EvidenceShape {
  sentences: string[];
  quotes: string[];
  fromMetadata?: string[] | undefined;
}

function checkReferences(article: Article, sentences: Map<string, string>, report: Report): void {
  const people = new Set(article.people.map((p) => p.id));
  const organizations = new Set(article.organizations.map((o) => o.id));
  const places = new Set(article.places.map((p) => p.id));
  const countries = new Set(article.countries.map((c) => c.id));
  const expect = (set: Set<string>, kind: string, id: string | undefined, path: Path): void => {
    if (id !== undefined && !set.has(id))
      report(path, `expected the id of one of this article's ${kind}, found "${id}"`);
  };
  article.people.forEach((person, i) => {
    expect(organizations, 'organizations', person.organization, ['people', i, 'organization']);
    expect(countries, 'countries', person.country, ['people', i, 'country']);
  });
  article.organizations.forEach((org, i) => {
    expect(organizations, 'organizations', org.parent, ['organizations', i, 'parent']);
    expect(countries, 'countries', org.country, ['organizations', i, 'country']);
  });
  article.places.forEach((place, i) => {
    expect(places, 'places', place.within, ['places', i, 'within']);
    expect(countries, 'countries', place.country, ['places', i, 'country']);
  });
  expect(places, 'places', article.event.place, ['event', 'place']);
  expect(places, 'places', article.event.venue, ['event', 'venue']);
  article.event.delegations.forEach((delegation, i) => {
    expect(countries, 'countries', delegation.country, ['event', 'delegations', i, 'country']);
    delegation.members.forEach((id, j) =>
      expect(people, 'people', id, ['event', 'delegations', i, 'members', j]),
    );
  });
  article.topics.forEach((topic, i) =>
    topic.countries.forEach((id, j) => expect(countries, 'countries', id, ['topics', i, 'countries', j])),
  );
  article.timeline.forEach((entry, i) => {
    entry.people.forEach((id, j) => expect(people, 'people', id, ['timeline', i, 'people', j]));
    entry.places.forEach((id, j) => expect(places, 'places', id, ['timeline', i, 'places', j]));
  });
  const speakers = new Set([...people, ...organizations]);
  article.quotes.forEach((quote, i) =>
    quote.speakerIds?.forEach((id, j) =>
      expect(speakers, 'people or organizations', id, ['quotes', i, 'speakerIds', j]),
    ),
  );
  // Parties are ids, or plain descriptions ("both sides") that contain a space.
  const parties = new Set([...people, ...organizations, ...countries]);
  article.outcomes.forEach((outcome, i) =>
    outcome.parties.forEach((party, j) => {
      if (!/\s/.test(party))
        expect(parties, 'people, organizations or countries', party, ['outcomes', i, 'parties', j]);
    }),
  );
}

function lookup(root: unknown, dottedPath: string): unknown {
  let current: unknown = root;
  for (const key of dottedPath.split('.')) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

function preview(text: string): string {
  return JSON.stringify(text.length > 80 ? `${text.slice(0, 77)}...` : text);
}
