import { formatJsonPath } from './errors.ts';
import { IssueCollector, type CrossCheckIssue } from './issue-collector.ts';

export type { CrossCheckIssue } from './issue-collector.ts';

type Obj = Record<string, unknown>;
type Path = readonly PropertyKey[];

const isObj = (value: unknown): value is Obj =>
  value !== null && typeof value === 'object' && !Array.isArray(value);
const list = (value: unknown): unknown[] => (Array.isArray(value) ? (value as unknown[]) : []);
const str = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);
const SENTENCE_ID = /^p\d+s\d+$/;

/** Derivation sources that name the article's metadata rather than a sentence or an item. */
const METADATA_SOURCES = new Set(['dateline', 'referenceDate', 'published', 'headline']);

/** Fields whose words must occur verbatim in the sentences their object cites (`nouns`: case aside). */
const VERBATIM_FIELDS = new Set([
  'asWritten',
  'titleAsWritten',
  'titleVariants',
  'namesAsWritten',
  'nouns',
  'period',
  'comparedWith',
]);

/** Top-level fields the evidence walk skips: the sentence list, metadata, and lists of sentence ids only. */
const NOT_WALKED = new Set(['sentences', 'published', 'dateline', 'source', 'notes']);

/**
 * The checks zod cannot express, on the parsed JSON as it is (so they run even when the schema found
 * problems, and every problem of a file is reported at once): sentences match the source text at their
 * offsets; evidence points at real sentences and quotes them verbatim; every quoted field (`asWritten`,
 * titles, names as written, event nouns, `quotes[].text`) occurs in the sentences cited; every
 * `derivation.from` and every cross-reference resolves; ids are unique. At most `limit` issues are kept.
 */
export function crossCheckArticle(document: unknown, sourceText: string, limit = 50): CrossCheckIssue[] {
  const collector = new IssueCollector(limit);
  crossCheckInto(document, sourceText, collector);
  return collector.result();
}

/** The same checks, reporting into a collector the caller shares with other checks (one cap per file). */
export function crossCheckInto(document: unknown, sourceText: string, collector: IssueCollector): void {
  if (!isObj(document)) return;
  const index = indexDocument(document, sourceText, collector);
  checkUniqueIds(document, collector);
  checkEvidence(document, index, collector);
  checkReferences(document, collector);
  checkHeadlineAndDateline(document, index, collector);
}

interface SentenceIndex {
  texts: Map<string, string>;
  /** Order of each sentence id in the article. */
  order: Map<string, number>;
  ordered: { id: string; start: number; end: number; text: string; kind: string | undefined }[];
  sourceText: string;
  /** Every id of an item of the model (entities, events, facts), for derivation sources. */
  itemIds: Set<string>;
}

function indexDocument(document: Obj, sourceText: string, collector: IssueCollector): SentenceIndex {
  const texts = new Map<string, string>();
  const order = new Map<string, number>();
  const ordered: SentenceIndex['ordered'] = [];
  let previousEnd = 0;
  list(document.sentences).forEach((sentence, i) => {
    if (!isObj(sentence)) return;
    const at = ['sentences', i];
    const id = str(sentence.id);
    const text = str(sentence.text);
    const { start, end } = sentence;
    if (id === undefined || text === undefined) return;
    if (texts.has(id)) collector.report([...at, 'id'], `duplicate sentence id "${id}"`);
    texts.set(id, text);
    order.set(id, ordered.length);
    const { paragraph, index: position } = sentence;
    const expectedId =
      typeof paragraph === 'number' && typeof position === 'number' ? `p${paragraph}s${position}` : id;
    if (id !== expectedId) {
      collector.report([...at, 'id'], `expected "${expectedId}" (from paragraph and index), found "${id}"`);
    }
    if (typeof start !== 'number' || typeof end !== 'number') return;
    ordered.push({ id, start, end, text, kind: str(sentence.kind) });
    if (end <= start || end > sourceText.length) {
      collector.report(
        at,
        `offsets ${start}..${end} lie outside the source text (length ${sourceText.length})`,
      );
      return;
    }
    if (start < previousEnd)
      collector.report([...at, 'start'], `overlaps the previous sentence (which ends at ${previousEnd})`);
    previousEnd = end;
    const slice = sourceText.slice(start, end);
    if (slice !== text) {
      collector.report(
        [...at, 'text'],
        `expected the source text at ${start}..${end}, ${preview(slice)}, found ${preview(text)}`,
      );
    }
  });
  const itemIds = new Set<string>();
  for (const name of ID_COLLECTIONS) {
    for (const item of list(document[name])) {
      const id = isObj(item) ? str(item.id) : undefined;
      if (id !== undefined) itemIds.add(id);
    }
  }
  return { texts, order, ordered, sourceText, itemIds };
}

/** The collections whose items carry ids (unique across the article, sources of `derivation.from`). */
export const ID_COLLECTIONS = [
  'countries',
  'people',
  'organizations',
  'places',
  'events',
  'topics',
  'outcomes',
  'quotes',
  'figures',
  'context',
  'timeline',
  'gaps',
] as const;

function checkUniqueIds(document: Obj, collector: IssueCollector): void {
  const seen = new Map<string, string>();
  for (const name of ID_COLLECTIONS) {
    list(document[name]).forEach((item, i) => {
      const id = isObj(item) ? str(item.id) : undefined;
      if (id === undefined) return;
      const first = seen.get(id);
      if (first !== undefined) collector.report([name, i, 'id'], `id "${id}" is already used by ${first}`);
      else seen.set(id, formatJsonPath([name, i]));
    });
  }
}

/**
 * One walk over the document (a mutable path stack keeps it cheap). An object with `evidence` sets the
 * sentences its quoted fields must occur in; a nested `derivation.from` adds its sentences for the object
 * that holds it (a weekday resolved from another sentence).
 */
function checkEvidence(document: Obj, index: SentenceIndex, collector: IssueCollector): void {
  const path: PropertyKey[] = [];
  const checkSentenceIds = (ids: readonly unknown[]): void => {
    ids.forEach((id, i) => {
      if (typeof id === 'string' && !index.texts.has(id))
        collector.report([...path, i], `no sentence with id "${id}"`);
    });
  };
  const checkQuoted = (value: string, cited: readonly string[], at: Path, what: string, anyCase = false) => {
    if (occursIn(index, value, cited, anyCase)) return;
    const where = cited.length ? cited.join(', ') : 'the sentences it cites (it cites none)';
    collector.report(
      at,
      `expected ${what} that occur${anyCase ? '' : ' verbatim'} in ${where}, found ${preview(value)}`,
    );
  };
  const checkOneEvidence = (evidence: Obj): string[] => {
    const sentences = list(evidence.sentences).filter((id): id is string => typeof id === 'string');
    path.push('sentences');
    checkSentenceIds(list(evidence.sentences));
    path.pop();
    list(evidence.quotes).forEach((quote, i) => {
      if (typeof quote === 'string') checkQuoted(quote, sentences, [...path, 'quotes', i], 'words');
    });
    list(evidence.fromMetadata).forEach((field, i) => {
      if (typeof field === 'string' && lookup(document, field) === undefined) {
        collector.report([...path, 'fromMetadata', i], `no metadata field "${field}" in this article`);
      }
    });
    return sentences;
  };
  const checkDerivation = (derivation: Obj): string[] => {
    const sentences: string[] = [];
    list(derivation.from).forEach((source, i) => {
      if (typeof source !== 'string') return;
      if (SENTENCE_ID.test(source)) {
        if (index.texts.has(source)) sentences.push(source);
        else collector.report([...path, 'derivation', 'from', i], `no sentence with id "${source}"`);
      } else if (
        !index.itemIds.has(source) &&
        !METADATA_SOURCES.has(source) &&
        !(source.includes('.') && lookup(document, source) !== undefined)
      ) {
        collector.report(
          [...path, 'derivation', 'from', i],
          `expected a sentence id, the id of one of this article's items, or a metadata field (${[...METADATA_SOURCES].join(', ')}), found "${source}"`,
        );
      }
    });
    return sentences;
  };
  /** Checks the quoted fields of `value` and walks into its children. `cited`: the sentences in force. */
  const visit = (value: Obj, cited: readonly string[], isQuote: boolean): void => {
    let own = cited;
    if (isObj(value.evidence)) {
      path.push('evidence');
      own = checkOneEvidence(value.evidence);
      path.pop();
    }
    if (isObj(value.derivation)) {
      const extra = checkDerivation(value.derivation);
      if (extra.length) own = [...own, ...extra];
    }
    for (const key in value) {
      if (key === 'evidence' || key === 'derivation') continue;
      const child = value[key];
      if (VERBATIM_FIELDS.has(key) || (isQuote && key === 'text')) {
        const what = key === 'text' ? 'a quotation' : 'words';
        if (typeof child === 'string') checkQuoted(child, own, [...path, key], what);
        else
          list(child).forEach((item, i) => {
            if (typeof item === 'string') checkQuoted(item, own, [...path, key, i], what, key === 'nouns');
          });
        continue;
      }
      if (child === null || typeof child !== 'object') continue;
      path.push(key);
      if (key === 'sentences' && Array.isArray(child)) checkSentenceIds(child as unknown[]);
      else if (Array.isArray(child)) {
        for (let i = 0; i < child.length; i++) {
          const item: unknown = child[i];
          if (!isObj(item)) continue;
          path.push(i);
          visit(item, own, false);
          path.pop();
        }
      } else if (isObj(child)) visit(child, own, false);
      path.pop();
    }
  };
  for (const key in document) {
    if (NOT_WALKED.has(key)) continue;
    const child = document[key];
    if (child === null || typeof child !== 'object') continue;
    path.push(key);
    if (Array.isArray(child)) {
      for (let i = 0; i < child.length; i++) {
        const item: unknown = child[i];
        if (!isObj(item)) continue;
        path.push(i);
        visit(item, [], key === 'quotes');
        path.pop();
      }
    } else if (isObj(child)) visit(child, [], false);
    path.pop();
  }
  // Metadata is not walked for quotes, but a derived publication date must still name real sources.
  const published = document.published;
  if (isObj(published) && isObj(published.derivation)) {
    path.push('published');
    checkDerivation(published.derivation);
    path.pop();
  }
}

/**
 * Whether `value` occurs in one of the cited sentences, or across a run of cited sentences that follow each
 * other in the article (a quotation spanning two sentences); the source text between them counts as is.
 */
function occursIn(index: SentenceIndex, value: string, cited: readonly string[], anyCase: boolean): boolean {
  const wanted = anyCase ? value.toLowerCase() : value;
  for (const id of cited) {
    const text = index.texts.get(id);
    if (text !== undefined && (anyCase ? text.toLowerCase() : text).includes(wanted)) return true;
  }
  if (cited.length < 2) return false;
  const positions = [...new Set(cited.map((id) => index.order.get(id)).filter((n) => n !== undefined))].sort(
    (a, b) => a - b,
  );
  for (let i = 0; i < positions.length; i++) {
    let j = i;
    while (j + 1 < positions.length && positions[j + 1] === (positions[j] as number) + 1) j++;
    if (j > i) {
      const first = index.ordered[positions[i] as number];
      const last = index.ordered[positions[j] as number];
      if (first && last) {
        const span = index.sourceText.slice(first.start, last.end);
        if ((anyCase ? span.toLowerCase() : span).includes(wanted)) return true;
      }
    }
    i = j;
  }
  return false;
}

function idsOf(document: Obj, name: string): Set<string> {
  const ids = new Set<string>();
  for (const item of list(document[name])) {
    const id = isObj(item) ? str(item.id) : undefined;
    if (id !== undefined) ids.add(id);
  }
  return ids;
}

function checkReferences(document: Obj, collector: IssueCollector): void {
  const people = idsOf(document, 'people');
  const organizations = idsOf(document, 'organizations');
  const places = idsOf(document, 'places');
  const countries = idsOf(document, 'countries');
  const events = idsOf(document, 'events');
  const expect = (set: Set<string>, kind: string, id: unknown, path: Path): void => {
    if (typeof id === 'string' && !set.has(id))
      collector.report(path, `expected the id of one of this article's ${kind}, found "${id}"`);
  };
  const each = (name: string, check: (item: Obj, at: (...rest: PropertyKey[]) => Path) => void): void =>
    list(document[name]).forEach((item, i) => {
      if (isObj(item)) check(item, (...rest) => [name, i, ...rest]);
    });
  const eachId = (ids: unknown, set: Set<string>, kind: string, at: (j: number) => Path): void =>
    list(ids).forEach((id, j) => expect(set, kind, id, at(j)));

  each('people', (person, at) => {
    expect(organizations, 'organizations', person.organization, at('organization'));
    expect(countries, 'countries', person.country, at('country'));
  });
  each('organizations', (org, at) => {
    expect(organizations, 'organizations', org.parent, at('parent'));
    expect(countries, 'countries', org.country, at('country'));
  });
  each('places', (place, at) => {
    expect(places, 'places', place.within, at('within'));
    expect(countries, 'countries', place.country, at('country'));
  });
  each('events', (event, at) => {
    expect(places, 'places', event.place, at('place'));
    expect(places, 'places', event.venue, at('venue'));
    list(event.participants).forEach((participant, i) => {
      if (!isObj(participant)) return;
      expect(countries, 'countries', participant.country, at('participants', i, 'country'));
      expect(organizations, 'organizations', participant.organization, at('participants', i, 'organization'));
      eachId(participant.people, people, 'people', (j) => at('participants', i, 'people', j));
    });
  });
  each('topics', (topic, at) => eachId(topic.countries, countries, 'countries', (j) => at('countries', j)));
  each('timeline', (entry, at) => {
    eachId(entry.people, people, 'people', (j) => at('people', j));
    eachId(entry.places, places, 'places', (j) => at('places', j));
  });
  const speakers = new Set([...people, ...organizations]);
  each('quotes', (quote, at) =>
    eachId(quote.speakerIds, speakers, 'people or organizations', (j) => at('speakerIds', j)),
  );
  // Parties are ids, or plain descriptions ("both sides") that contain a space.
  const parties = new Set([...people, ...organizations, ...countries]);
  each('outcomes', (outcome, at) => {
    expect(events, 'events', outcome.event, at('event'));
    list(outcome.parties).forEach((party, j) => {
      if (typeof party === 'string' && !/\s/.test(party))
        expect(parties, 'people, organizations or countries', party, at('parties', j));
    });
  });
}

/** A headline sentence must be the headline; the dateline's place and date occur in its sentence. */
function checkHeadlineAndDateline(document: Obj, index: SentenceIndex, collector: IssueCollector): void {
  const headline = str(document.headline);
  const headlineSentences = index.ordered.filter((s) => s.kind === 'headline');
  if (headline !== undefined && headlineSentences.length > 0) {
    const written = headlineSentences.map((s) => s.text).join(' ');
    if (written !== headline)
      collector.report(
        ['headline'],
        `expected the headline sentence${headlineSentences.length > 1 ? 's' : ''} as written, ${preview(written)}, found ${preview(headline)}`,
      );
  }
  const dateline = document.dateline;
  if (!isObj(dateline)) return;
  const id = str(dateline.sentence);
  if (id === undefined) return;
  const sentence = index.ordered.find((s) => s.id === id);
  if (!sentence) {
    collector.report(['dateline', 'sentence'], `no sentence with id "${id}"`);
    return;
  }
  if (sentence.kind !== 'dateline')
    collector.report(
      ['dateline', 'sentence'],
      `expected a sentence of kind "dateline", found "${sentence.kind}"`,
    );
  for (const part of ['place', 'date'] as const) {
    const value = dateline[part];
    if (!isObj(value)) continue;
    const written = str(value.asWritten);
    if (written !== undefined && !sentence.text.includes(written))
      collector.report(
        ['dateline', part, 'asWritten'],
        `expected words that occur verbatim in ${id}, found ${preview(written)}`,
      );
  }
  const place = isObj(dateline.place) ? dateline.place.place : undefined;
  if (typeof place === 'string' && !idsOf(document, 'places').has(place))
    collector.report(
      ['dateline', 'place', 'place'],
      `expected the id of one of this article's places, found "${place}"`,
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
