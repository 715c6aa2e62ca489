import { Article } from '../../../src/model/schema.ts';

/**
 * A small made-up story (a stolen painting found again) of a genre no tuning article has: conversation tests run
 * on it so that a follow-up mechanism is shown to work from the model, not from words tuned on one story.
 * Sentences are computed from the paragraphs; every id below points at them.
 */
const PARAGRAPHS = [
  ['VELLMOOR, March 6 --'],
  [
    'Police in Vellmoor recovered a stolen landscape by the painter Otto Brask on Thursday, eleven weeks after it was taken from the town museum.',
  ],
  [
    'Curator Ilse Marvent restored the painting in 1994 after a flood damaged its frame.',
    'She said the canvas was unharmed.',
  ],
  ['The painting is insured for 2.4 million euros.'],
  ['A former guard, Piet Holm, was arrested on Friday and charged with theft.'],
  ['"We never stopped hoping it would come home," Marvent said.'],
];

/** The sentences of paragraphs written as arrays of sentences, with their offsets in the text joined by spaces and blank lines. */
export function sentencesOf(paragraphs: readonly (readonly string[])[]): Article['sentences'] {
  const out: Article['sentences'] = [];
  let offset = 0;
  paragraphs.forEach((paragraph, p) => {
    paragraph.forEach((text, i) => {
      out.push({
        id: `p${p}s${i}`,
        paragraph: p,
        index: i,
        start: offset,
        end: offset + text.length,
        text,
        kind: p === 0 ? 'dateline' : 'body',
      });
      offset += text.length + 1;
    });
    offset += 1;
  });
  return out;
}

export const MADE_UP_TEXT = PARAGRAPHS.map((p) => p.join(' ')).join('\n\n');

/** The head of a made-up article: its id, headline, source, publication day and dateline. */
export function madeUpHeader(story: {
  id: string;
  headline: string;
  dek: string;
  place: [asWritten: string, slug: string];
  date: [asWritten: string, value: string];
}) {
  const [placeWritten, place] = story.place;
  const [asWritten, value] = story.date;
  return {
    schemaVersion: 2,
    id: story.id,
    headline: story.headline,
    dek: story.dek,
    language: 'en',
    source: { agency: 'Test Wire', textFile: `${story.id}.txt` },
    published: { precision: 'day', value, asWritten },
    referenceDate: value,
    dateline: { sentence: 'p0s0', place: { asWritten: placeWritten, place }, date: { asWritten, value } },
  };
}

/** Adds a paragraph of one sentence after the article's last (a copy made by the caller); returns its id. */
export function addParagraph(article: Article, text: string, kind: 'body' | 'caption' = 'body'): string {
  const last = article.sentences[article.sentences.length - 1]!;
  const paragraph = last.paragraph + 1;
  const start = last.end + 2;
  const id = `p${paragraph}s0`;
  article.sentences.push({ id, paragraph, index: 0, start, end: start + text.length, text, kind });
  return id;
}

/** Evidence resting on one sentence. */
export const evidence = (sentence: string, ...quotes: string[]) => ({ sentences: [sentence], quotes });

/** A participant of a made-up article named "Given Family", the surname an alias, cited to the sentence naming them. */
export function madeUpPerson(person: {
  id: string;
  name: string;
  title: string;
  role: string;
  description: string;
  sentence: string;
  photoPosition?: { asWritten: string; side: 'left' | 'right' | 'center'; fromSide: number };
}) {
  const { id, name, title, role, description, sentence, photoPosition } = person;
  const [givenName, familyName] = name.split(' ') as [string, string];
  return {
    id,
    name,
    givenName,
    familyName,
    namesAsWritten: [name],
    aliases: [familyName],
    titleAsWritten: title,
    titleVariants: [],
    role,
    ...(photoPosition ? { photoPosition } : {}),
    involvement: 'participant' as const,
    description,
    evidence: evidence(sentence, name),
  };
}

export function madeUpArticle(): Article {
  return Article.parse({
    ...madeUpHeader({
      id: 'painting-found-2025-03-06',
      headline: 'Stolen landscape found eleven weeks after museum theft',
      dek: 'A small made-up article for conversation tests.',
      place: ['VELLMOOR', 'vellmoor'],
      date: ['March 6', '2025-03-06'],
    }),
    captions: [],
    sentences: sentencesOf(PARAGRAPHS),
    countries: [],
    people: [
      {
        id: 'ilse-marvent',
        name: 'Ilse Marvent',
        givenName: 'Ilse',
        familyName: 'Marvent',
        namesAsWritten: ['Ilse Marvent', 'Marvent'],
        aliases: ['Marvent'],
        titleAsWritten: 'Curator',
        titleVariants: [],
        role: 'curator',
        involvement: 'participant',
        description: 'Curator of the town museum; restored the painting in 1994.',
        evidence: evidence('p2s0', 'Curator Ilse Marvent'),
      },
      {
        id: 'piet-holm',
        name: 'Piet Holm',
        givenName: 'Piet',
        familyName: 'Holm',
        namesAsWritten: ['Piet Holm'],
        aliases: ['Holm'],
        titleAsWritten: 'A former guard',
        titleVariants: [],
        role: 'former guard',
        involvement: 'mentioned',
        description: 'Former museum guard, arrested and charged with the theft.',
        evidence: evidence('p4s0', 'A former guard, Piet Holm'),
      },
    ],
    organizations: [],
    places: [
      {
        id: 'vellmoor',
        name: 'Vellmoor',
        namesAsWritten: ['VELLMOOR', 'Vellmoor'],
        aliases: [],
        kind: 'city',
        evidence: evidence('p1s0', 'Police in Vellmoor'),
      },
    ],
    events: [
      {
        id: 'painting-recovered',
        kind: 'other',
        name: 'Recovery of the stolen landscape',
        nouns: ['recovery'],
        aliases: [],
        format: [],
        date: {
          precision: 'day',
          value: '2025-03-06',
          asWritten: 'on Thursday',
          derivation: { method: 'Thursday resolved against the dateline', from: ['dateline', 'p0s0'] },
        },
        place: 'vellmoor',
        participants: [],
        evidence: evidence('p1s0', 'recovered a stolen landscape'),
      },
    ],
    topics: [],
    outcomes: [
      {
        id: 'out-arrest',
        statement: 'A former guard, Piet Holm, was arrested and charged with theft.',
        modality: 'announced',
        parties: ['piet-holm'],
        date: {
          precision: 'day',
          value: '2025-03-07',
          asWritten: 'on Friday',
          derivation: { method: 'Friday after the dateline', from: ['dateline', 'p4s0'] },
        },
        evidence: evidence('p4s0', 'was arrested on Friday and charged with theft'),
        keywords: ['arrest', 'charged'],
      },
    ],
    quotes: [
      {
        id: 'quote-marvent',
        text: 'We never stopped hoping it would come home',
        speaker: 'Ilse Marvent',
        speakerDescription: 'the curator',
        verb: 'said',
        speakerIds: ['ilse-marvent'],
        attribution: 'explicit',
        evidence: evidence('p5s0', 'We never stopped hoping it would come home'),
      },
    ],
    figures: [
      {
        id: 'fig-insured',
        label: 'Sum the painting is insured for',
        value: 2_400_000,
        currency: 'EUR',
        scale: 'million',
        measures: 'money',
        asWritten: '2.4 million euros',
        evidence: evidence('p3s0', 'insured for 2.4 million euros'),
        keywords: ['insurance', 'value', 'worth'],
      },
    ],
    context: [],
    timeline: [
      {
        id: 'tl-restored',
        date: { precision: 'year', value: '1994', asWritten: 'in 1994' },
        what: 'Ilse Marvent restored the painting after a flood damaged its frame.',
        relevance: 'The curator knows the painting well.',
        people: ['ilse-marvent'],
        places: [],
        evidence: evidence('p2s0', 'restored the painting in 1994 after a flood damaged its frame'),
        keywords: ['restored', 'restoration', 'flood'],
      },
    ],
    summaries: {
      oneLine: { text: 'Police in Vellmoor recovered a stolen landscape.', sentences: ['p1s0'] },
      short: {
        text: 'Police in Vellmoor recovered a stolen landscape eleven weeks after the theft.',
        sentences: ['p1s0'],
      },
      detailed: {
        text: 'Police in Vellmoor recovered a stolen landscape on Thursday, March 6, 2025; a former guard was charged.',
        sentences: ['p1s0', 'p4s0'],
      },
    },
    gaps: [],
  });
}

/** The city of a made-up article's dateline ("KELSBURY, May 2 --"), cited to it; `otherSpellings` as the text writes them. */
export function madeUpDatelineCity(name: string, otherSpellings: string[] = []) {
  return {
    id: name.toLowerCase(),
    name,
    namesAsWritten: [name.toUpperCase(), ...otherSpellings],
    aliases: [],
    kind: 'city' as const,
    evidence: evidence('p0s0', name.toUpperCase()),
  };
}
