import { Article } from '../../../src/model/schema.ts';
import { evidence, madeUpHeader, sentencesOf } from './made-up.ts';

/**
 * A made-up story (a harbour ferry back in service after a refit) whose follow-ups say "it" and "they" for an
 * organization or a thing the last turn named, in its question or only in its answer.
 */
const PARAGRAPHS = [
  ['PORT AVEL, May 3 --'],
  ['The harbour ferry Grey Heron returned to service on Saturday after an eight-month refit.'],
  ['The refit was carried out by Kestrel Marine, a shipyard based in Dunmore.'],
  ['Its new engines were supplied by Marrow Diesel, a firm based in Lisk.'],
  [
    'Ona Fell, the managing director of Kestrel Marine, said the hull had been rebuilt.',
    'Fell trained as a naval architect in Tessaly.',
  ],
  ['The shipyard sued the harbour board in March over unpaid bills, Fell said.'],
  ['The Grey Heron is 42 metres long and carries 300 passengers.'],
];

export function ferryStory(): Article {
  return Article.parse({
    ...madeUpHeader({
      id: 'ferry-refit-2025-05-03',
      headline: 'Harbour ferry back in service after refit',
      dek: 'A small made-up article for follow-up tests.',
      place: ['PORT AVEL', 'port-avel'],
      date: ['May 3', '2025-05-03'],
    }),
    captions: [],
    sentences: sentencesOf(PARAGRAPHS),
    countries: [],
    people: [
      {
        id: 'ona-fell',
        name: 'Ona Fell',
        givenName: 'Ona',
        familyName: 'Fell',
        namesAsWritten: ['Ona Fell'],
        aliases: ['Fell'],
        titleAsWritten: 'the managing director of Kestrel Marine',
        titleVariants: ['managing director'],
        role: 'managing director',
        organization: 'kestrel-marine',
        involvement: 'mentioned',
        description: 'Managing director of Kestrel Marine; said the hull had been rebuilt.',
        evidence: evidence('p4s0', 'Ona Fell, the managing director of Kestrel Marine'),
      },
    ],
    organizations: [
      {
        id: 'kestrel-marine',
        name: 'Kestrel Marine',
        namesAsWritten: ['Kestrel Marine'],
        aliases: ['the shipyard'],
        kind: 'company',
        evidence: evidence('p2s0', 'Kestrel Marine, a shipyard based in Dunmore'),
      },
      {
        id: 'marrow-diesel',
        name: 'Marrow Diesel',
        namesAsWritten: ['Marrow Diesel'],
        aliases: [],
        kind: 'company',
        evidence: evidence('p3s0', 'Marrow Diesel, a firm based in Lisk'),
      },
    ],
    places: [
      {
        id: 'port-avel',
        name: 'Port Avel',
        namesAsWritten: ['PORT AVEL'],
        aliases: [],
        kind: 'city',
        evidence: evidence('p0s0', 'PORT AVEL'),
      },
      {
        id: 'dunmore',
        name: 'Dunmore',
        namesAsWritten: ['Dunmore'],
        aliases: [],
        kind: 'city',
        evidence: evidence('p2s0', 'based in Dunmore'),
      },
      {
        id: 'lisk',
        name: 'Lisk',
        namesAsWritten: ['Lisk'],
        aliases: [],
        kind: 'city',
        evidence: evidence('p3s0', 'based in Lisk'),
      },
      {
        id: 'tessaly',
        name: 'Tessaly',
        namesAsWritten: ['Tessaly'],
        aliases: [],
        kind: 'city',
        evidence: evidence('p4s1', 'in Tessaly'),
      },
      {
        id: 'grey-heron',
        name: 'Grey Heron',
        namesAsWritten: ['Grey Heron'],
        aliases: ['the ferry', 'harbour ferry'],
        kind: 'other',
        evidence: evidence('p1s0', 'The harbour ferry Grey Heron'),
      },
    ],
    events: [
      {
        id: 'ferry-return',
        kind: 'other',
        name: 'Return of the Grey Heron to service',
        nouns: ['return'],
        aliases: [],
        format: [],
        date: {
          precision: 'day',
          value: '2025-05-03',
          asWritten: 'on Saturday',
          derivation: { method: 'Saturday resolved against the dateline', from: ['dateline', 'p0s0'] },
        },
        place: 'port-avel',
        participants: [],
        evidence: evidence('p1s0', 'returned to service on Saturday'),
      },
    ],
    topics: [],
    outcomes: [
      {
        id: 'out-refit',
        statement: 'Kestrel Marine, a shipyard based in Dunmore, carried out the refit.',
        modality: 'announced',
        parties: ['kestrel-marine'],
        evidence: evidence('p2s0', 'The refit was carried out by Kestrel Marine'),
        keywords: ['refit', 'shipyard'],
      },
      {
        id: 'out-engines',
        statement: 'Marrow Diesel, a firm based in Lisk, supplied the new engines.',
        modality: 'announced',
        parties: ['marrow-diesel'],
        evidence: evidence('p3s0', 'Its new engines were supplied by Marrow Diesel'),
        keywords: ['engines', 'supplied'],
      },
    ],
    quotes: [],
    context: [],
    timeline: [
      {
        id: 'tl-lawsuit',
        date: { precision: 'month', value: '2025-03', asWritten: 'in March' },
        what: 'Kestrel Marine sued the harbour board over unpaid bills.',
        relevance: 'The shipyard and the harbour board are in dispute.',
        people: [],
        places: [],
        evidence: evidence('p5s0', 'The shipyard sued the harbour board in March over unpaid bills'),
        keywords: ['sued', 'lawsuit', 'bills'],
      },
    ],
    figures: [
      {
        id: 'fig-length',
        label: 'Length of the Grey Heron',
        value: 42,
        unit: 'metres',
        measures: 'length',
        asWritten: '42 metres long',
        evidence: evidence('p6s0', '42 metres long'),
        keywords: ['long', 'length'],
      },
      {
        id: 'fig-passengers',
        label: 'Passengers the Grey Heron carries',
        value: 300,
        unit: 'passengers',
        measures: 'count',
        asWritten: '300 passengers',
        evidence: evidence('p6s0', 'carries 300 passengers'),
        keywords: ['passengers', 'capacity'],
      },
    ],
    summaries: {
      oneLine: { text: 'The Grey Heron ferry is back in service.', sentences: ['p1s0'] },
      short: { text: 'The Grey Heron ferry is back in service after a refit.', sentences: ['p1s0'] },
      detailed: {
        text: 'The Grey Heron ferry is back in service after a refit by Kestrel Marine.',
        sentences: ['p1s0', 'p2s0'],
      },
    },
    gaps: [],
  });
}
