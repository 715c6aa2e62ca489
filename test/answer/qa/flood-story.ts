import { Article } from '../../../src/model/schema.ts';
import { evidence, madeUpHeader, sentencesOf } from './made-up.ts';

/** A small made-up story (a valley flood) no tuning article tells, for the word-form tests (word-forms.test.ts). */
const PARAGRAPHS = [
  ['ARNDALE, June 3 --'],
  ['Hundreds of villagers fled the Tessel valley on Monday as the river rose above its banks.'],
  ['Relief crews began handing out blankets at the school gym.'],
  ['Rescuers carried 14 children from a flooded farmhouse.'],
  ['Mayor Dagny Orrin said the bridge at Kell would stay closed.'],
  ['Two charities sent the blankets; the council did not name them.'],
];

export const FLOOD_ARTICLE = Article.parse({
  ...madeUpHeader({
    id: 'valley-flood-2025-06-03',
    headline: 'Villagers flee as the Tessel bursts its banks',
    dek: 'A small made-up article for word-form tests.',
    place: ['ARNDALE', 'arndale'],
    date: ['June 3', '2025-06-03'],
  }),
  captions: [],
  sentences: sentencesOf(PARAGRAPHS),
  countries: [],
  people: [
    {
      id: 'dagny-orrin',
      name: 'Dagny Orrin',
      givenName: 'Dagny',
      familyName: 'Orrin',
      namesAsWritten: ['Dagny Orrin'],
      aliases: ['Orrin'],
      titleAsWritten: 'Mayor',
      titleVariants: [],
      role: 'mayor',
      involvement: 'mentioned',
      description: 'Mayor; said the bridge at Kell would stay closed.',
      evidence: evidence('p4s0', 'Mayor Dagny Orrin'),
    },
  ],
  organizations: [],
  places: [
    {
      id: 'arndale',
      name: 'Arndale',
      namesAsWritten: ['ARNDALE'],
      aliases: [],
      kind: 'city',
      evidence: evidence('p0s0', 'ARNDALE'),
    },
    {
      id: 'tessel-valley',
      name: 'Tessel valley',
      namesAsWritten: ['Tessel valley'],
      aliases: [],
      kind: 'region',
      evidence: evidence('p1s0', 'the Tessel valley'),
    },
  ],
  events: [
    {
      id: 'valley-flood',
      kind: 'disaster',
      name: 'Flooding of the Tessel valley',
      nouns: ['flooding', 'flood'],
      aliases: [],
      format: [],
      date: {
        precision: 'day',
        value: '2025-06-02',
        asWritten: 'on Monday',
        derivation: { method: 'Monday before the dateline', from: ['dateline', 'p1s0'] },
      },
      place: 'tessel-valley',
      participants: [],
      evidence: evidence('p1s0', 'fled the Tessel valley on Monday as the river rose above its banks'),
    },
  ],
  topics: [],
  outcomes: [
    {
      id: 'out-blankets',
      statement: 'Relief crews began handing out blankets at the school gym.',
      modality: 'announced',
      parties: [],
      evidence: evidence('p2s0', 'began handing out blankets'),
      keywords: ['relief'],
    },
    {
      id: 'out-charities',
      statement: 'Two charities sent the blankets.',
      modality: 'announced',
      parties: [],
      evidence: evidence('p5s0', 'Two charities sent the blankets'),
    },
    {
      id: 'out-bridge',
      statement: 'The bridge at Kell will stay closed.',
      modality: 'announced',
      parties: ['dagny-orrin'],
      evidence: evidence('p4s0', 'the bridge at Kell would stay closed'),
    },
  ],
  quotes: [],
  figures: [
    {
      id: 'fig-children',
      label: 'Children carried from a flooded farmhouse',
      value: 14,
      unit: 'children',
      measures: 'count',
      asWritten: '14 children',
      evidence: evidence('p3s0', '14 children'),
      keywords: ['rescued'],
    },
  ],
  context: [],
  timeline: [],
  summaries: {
    oneLine: { text: 'Villagers fled the Tessel valley as the river rose.', sentences: ['p1s0'] },
    short: { text: 'Hundreds of villagers fled the Tessel valley on Monday.', sentences: ['p1s0'] },
    detailed: {
      text: 'Hundreds of villagers fled the Tessel valley on Monday; rescuers carried 14 children to safety.',
      sentences: ['p1s0', 'p3s0'],
    },
  },
  gaps: [
    {
      about: 'The two charities that sent the blankets are not named.',
      evidence: evidence('p5s0', 'the council did not name them'),
    },
  ],
});
