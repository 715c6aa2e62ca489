import { z } from 'zod';
import capitalsFile from './capitals.json' with { type: 'json' };
import commonWordsFile from './common-words.json' with { type: 'json' };
import framingWordsFile from './framing-words.json' with { type: 'json' };
import stopWordsFile from './stop-words.json' with { type: 'json' };
import synonymsFile from './synonyms.json' with { type: 'json' };
import worldPlacesFile from './world-places.json' with { type: 'json' };
import quantityWordsFile from './quantity-words.json' with { type: 'json' };
import negatorsFile from './negators.json' with { type: 'json' };
import refusalRepliesFile from './refusal-replies.json' with { type: 'json' };
import quantityAsksFile from './quantity-asks.json' with { type: 'json' };
import roleVerbsFile from './role-verbs.json' with { type: 'json' };
import speechVerbsFile from './speech-verbs.json' with { type: 'json' };
import organizationKindsFile from './organization-kinds.json' with { type: 'json' };
import { EventKind, FigureMeasure, OrganizationKind } from '../../../../model/schema.ts';
import oppositesFile from './opposites.json' with { type: 'json' };
import fatesFile from './fates.json' with { type: 'json' };
import measureWordsFile from './measure-words.json' with { type: 'json' };
import backReferencesFile from './back-references.json' with { type: 'json' };
import answerSpansFile from './answer-spans.json' with { type: 'json' };
import expansionAsksFile from './expansion-asks.json' with { type: 'json' };
import pronounsFile from './pronouns.json' with { type: 'json' };
import chatShorthandFile from './chat-shorthand.json' with { type: 'json' };
import questionCuesFile from './question-cues.json' with { type: 'json' };
import roleNounsFile from './role-nouns.json' with { type: 'json' };
import nameMeaningFile from './name-meaning.json' with { type: 'json' };
import eventKindNounsFile from './event-kind-nouns.json' with { type: 'json' };
import articleFurnitureFile from './article-furniture.json' with { type: 'json' };
import photoPositionsFile from './photo-positions.json' with { type: 'json' };
import storyChoicesFile from './story-choices.json' with { type: 'json' };
import peopleUnitsFile from './people-units.json' with { type: 'json' };
import baseAsksFile from './base-asks.json' with { type: 'json' };

/**
 * General English the answerer needs, as data: checked here with zod when the module loads, so a bad edit to a
 * word list fails with the file and the problem named. Nothing here belongs to one story: a story's own
 * words (names, event nouns, paraphrases) come from its article model.
 *
 * Where the checks run: under tsx (tests, `npm run dev`) at every load; `npm run build` loads this module with
 * them before it bundles (a bad list fails the build, naming the file) and defines __LEXICON_CHECKED_AT_BUILD__
 * in the bundle, where parse() then returns the data as it is (no schema here transforms) and the compiled bot
 * does not parse some 30 files at every start (about 25 ms).
 */
declare const __LEXICON_CHECKED_AT_BUILD__: boolean | undefined;
const CHECKED_AT_BUILD = typeof __LEXICON_CHECKED_AT_BUILD__ !== 'undefined' && __LEXICON_CHECKED_AT_BUILD__;

const Word = z
  .string()
  .min(1)
  .regex(/^[a-z0-9][a-z0-9' -]*$/, 'a lower-case word or phrase');
const WordList = z
  .object({ about: z.string().min(1), words: z.array(Word).min(1) })
  .strict()
  .refine((list) => new Set(list.words).size === list.words.length, 'no word listed twice');

function parse<T>(file: string, schema: z.ZodType<T>, data: unknown): T {
  if (CHECKED_AT_BUILD) return data as T;
  const result = schema.safeParse(data);
  if (!result.success) throw new Error(`src/answer/qa/lexicon/en/${file}: ${z.prettifyError(result.error)}`);
  return result.data;
}

const stop = parse('stop-words.json', WordList, stopWordsFile).words;
const framing = parse('framing-words.json', WordList, framingWordsFile).words;
const common = parse('common-words.json', WordList, commonWordsFile).words;
const baseAsks = parse('base-asks.json', WordList, baseAsksFile).words;
const places = parse('world-places.json', WordList, worldPlacesFile).words;
const changeWords = parse('quantity-words.json', WordList, quantityWordsFile).words;
const speechVerbs = parse('speech-verbs.json', WordList, speechVerbsFile).words;
const organizationKinds = parse(
  'organization-kinds.json',
  z
    .object({ about: z.string(), kinds: z.partialRecord(OrganizationKind, z.array(Word).min(1)) })
    .strict()
    .refine((file) => {
      const words = Object.values(file.kinds).flat();
      return new Set(words).size === words.length;
    }, 'no noun listed under two kinds'),
  organizationKindsFile,
).kinds;
const negators = parse('negators.json', WordList, negatorsFile).words;
const refusalReplies = parse('refusal-replies.json', WordList, refusalRepliesFile).words;
const chatShorthand = parse(
  'chat-shorthand.json',
  z
    .object({
      about: z.string().min(1),
      entries: z.array(
        z
          .object({
            written: z
              .array(z.string().regex(/^[a-z0-9][a-z0-9;/' -]*$/, 'a lower-case word or phrase as typed'))
              .min(1),
            means: z.string().regex(/^[a-z -]*$/, 'lower-case words, or empty to drop the shorthand'),
            matchCase: z.boolean().optional(),
          })
          .strict(),
      ),
    })
    .strict()
    .refine((file) => {
      const written = file.entries.flatMap((entry) => entry.written);
      return new Set(written).size === written.length;
    }, 'no shorthand listed twice'),
  chatShorthandFile,
).entries;
const capitals = parse(
  'capitals.json',
  z.object({ about: z.string(), capitals: z.record(Word, z.string().min(1)) }).strict(),
  capitalsFile,
).capitals;
const measureWords = parse(
  'measure-words.json',
  z
    .object({
      about: z.string().min(1),
      age: z.array(Word).min(1),
      money: z.array(Word).min(1),
      moneyAfterHowMuch: z.array(Word).min(1),
      currencies: z.array(Word).min(1),
      greater: z.array(Word).min(1),
      smaller: z.array(Word).min(1),
      /** Units of a span of time or a length, singular: "how long" is told by a number of one of them. */
      spans: z.array(Word).min(1),
      /** Verbs a question asks any sum or count with ("how much did it get?"): they name no quantity of their own. */
      anyVerbs: z.array(Word).min(1),
    })
    .strict()
    .refine((lists) => {
      const all = [...lists.age, ...lists.money, ...lists.moneyAfterHowMuch, ...lists.currencies];
      return new Set(all).size === all.length;
    }, 'no word listed twice or under two measures'),
  measureWordsFile,
);
const backReferences = parse(
  'back-references.json',
  z
    .object({ about: z.string().min(1), words: z.array(Word).min(1) })
    .strict()
    .refine((file) => new Set(file.words).size === file.words.length, 'no word listed twice'),
  backReferencesFile,
);
const storyChoices = parse(
  'story-choices.json',
  z
    .object({
      about: z.string().min(1),
      last: z.array(Word).min(1),
      filler: z.array(Word).min(1),
      questionOpeners: z.array(Word).min(1),
      followUpOpeners: z.array(Word).min(1),
    })
    .strict()
    .refine((file) => {
      const all = [...file.last, ...file.filler, ...file.questionOpeners, ...file.followUpOpeners];
      return new Set(all).size === all.length;
    }, 'no word listed twice'),
  storyChoicesFile,
);
const Phrases = z.array(Word).min(1);
const opposites = parse(
  'opposites.json',
  z
    .object({ about: z.string().min(1), pairs: z.array(z.tuple([Phrases, Phrases])).min(1) })
    .strict()
    .refine((file) => {
      const all = file.pairs.flat(2);
      return new Set(all).size === all.length;
    }, 'no word listed twice'),
  oppositesFile,
).pairs;
const fates = parse(
  'fates.json',
  z
    .object({ about: z.string().min(1), fates: z.array(z.array(Word).min(1)).min(2) })
    .strict()
    .refine((file) => {
      const all = file.fates.flat();
      return new Set(all).size === all.length;
    }, 'no word listed twice'),
  fatesFile,
).fates;
const synonyms = parse(
  'synonyms.json',
  z.object({ about: z.string(), synonyms: z.record(Word, z.array(Word).min(1)) }).strict(),
  synonymsFile,
).synonyms;

const quantityAsks = parse(
  'quantity-asks.json',
  z
    .object({
      about: z.string(),
      asks: z
        .array(
          z.object({ phrase: Word, measures: z.array(FigureMeasure).min(1), nouns: z.array(Word) }).strict(),
        )
        .min(1)
        .refine((asks) => new Set(asks.map((a) => a.phrase)).size === asks.length, 'no phrase listed twice'),
      units: z.partialRecord(FigureMeasure, z.array(Word).min(1)),
      asOfNow: z.array(Word),
      comparison: z.array(Word),
    })
    .strict(),
  quantityAsksFile,
);

const Distinct = (words: readonly string[]): boolean => new Set(words).size === words.length;
const answerSpans = parse(
  'answer-spans.json',
  z
    .object({
      about: z.string().min(1),
      timeWords: z.array(Word).min(1).refine(Distinct, 'no word listed twice'),
      timeUnits: z.array(Word).min(1).refine(Distinct, 'no word listed twice'),
      dateMarkers: z.array(Word).min(1).refine(Distinct, 'no word listed twice'),
      reasonWords: z.array(Word).min(1).refine(Distinct, 'no word listed twice'),
      placePrepositions: z.array(Word).min(1).refine(Distinct, 'no word listed twice'),
      futureMarkers: z.array(Word).min(1).refine(Distinct, 'no word listed twice'),
      institutionWords: z.array(Word).min(1).refine(Distinct, 'no word listed twice'),
      irregularForms: z.record(Word, z.array(Word).min(1)),
    })
    .strict(),
  answerSpansFile,
);

const expansionAsks = parse(
  'expansion-asks.json',
  z
    .object({
      about: z.string().min(1),
      phrases: z.array(Word).min(1).refine(Distinct, 'no phrase listed twice'),
      skipped: z
        .array(z.string().regex(/^[a-z&]+$/, 'a lower-case small word'))
        .min(1)
        .refine(Distinct, 'no word listed twice'),
    })
    .strict(),
  expansionAsksFile,
);

const Role = z.string().regex(/^[a-z]+(?:[ -][a-z]+)*$/, 'a lower-case participant role');
const roleVerbs = parse(
  'role-verbs.json',
  z
    .object({
      about: z.string(),
      verbs: z
        .array(
          z
            .object({
              forms: z.array(Word).min(1),
              past: Word,
              subject: z.array(Role).min(1),
              object: z.array(Role),
            })
            .strict(),
        )
        .min(1)
        .refine((verbs) => {
          const forms = verbs.flatMap((v) => v.forms);
          return new Set(forms).size === forms.length;
        }, 'no verb form listed twice'),
    })
    .strict(),
  roleVerbsFile,
).verbs;

/** The word lists that sort a question's words must not share a word: each word has one role. */
const ROLES: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['stop-words.json', stop],
  ['framing-words.json', framing],
  ['common-words.json', common],
];
for (let i = 0; !CHECKED_AT_BUILD && i < ROLES.length; i++)
  for (let j = i + 1; j < ROLES.length; j++) {
    const [nameA, a] = ROLES[i]!;
    const [nameB, b] = ROLES[j]!;
    const other = new Set(b);
    const shared = a.filter((w) => other.has(w));
    if (shared.length > 0)
      throw new Error(`src/answer/qa/lexicon/en: ${nameA} and ${nameB} share ${shared.join(', ')}`);
  }

const pronouns = parse(
  'pronouns.json',
  z
    .object({
      about: z.string().min(1),
      person: z.array(Word).min(1),
      plural: z.array(Word).min(1),
      thing: z.array(Word).min(1),
      auxiliaries: z.array(Word).min(1),
      modals: z.array(Word).min(1),
    })
    .strict()
    .refine((file) => {
      const words = [...file.person, ...file.plural, ...file.thing, ...file.auxiliaries, ...file.modals];
      return new Set(words).size === words.length;
    }, 'no word listed twice'),
  pronounsFile,
);

/** The names of the cues listed in question-cues.json. */
export type ListedCue = keyof (typeof questionCuesFile)['cues'];
const questionCues = parse(
  'question-cues.json',
  z
    .object({
      about: z.string().min(1),
      cues: z.record(
        z.string().regex(/^[a-z][A-Za-z]*$/, 'a cue name in camelCase'),
        z
          .object({ about: z.string().min(1), words: z.array(Word).min(1) })
          .strict()
          .refine((cue) => new Set(cue.words).size === cue.words.length, 'no word listed twice'),
      ),
    })
    .strict(),
  questionCuesFile,
).cues;
const roleNouns = parse(
  'role-nouns.json',
  z
    .object({
      about: z.string().min(1),
      words: z.array(Word).min(1).refine(Distinct, 'no word listed twice'),
      subordinate: z.array(Word).min(1).refine(Distinct, 'no word listed twice'),
      writtenAs: z.record(Word, z.array(Word).min(1)),
    })
    .strict()
    .refine(
      (file) => Object.keys(file.writtenAs).every((w) => file.words.includes(w)),
      'every word of writtenAs is listed in words',
    ),
  roleNounsFile,
);

const nameMeaning = parse('name-meaning.json', WordList, nameMeaningFile).words;

const eventKindNouns = parse(
  'event-kind-nouns.json',
  z
    .object({ about: z.string().min(1), kinds: z.partialRecord(EventKind, z.array(Word).min(1)) })
    .strict()
    .refine(
      (file) => Object.values(file.kinds).every((words) => new Set(words).size === words.length),
      'no noun listed twice under one kind',
    ),
  eventKindNounsFile,
).kinds;

const articleFurniture = parse('article-furniture.json', WordList, articleFurnitureFile).words;
const photoPositions = parse(
  'photo-positions.json',
  z
    .object({ about: z.string().min(1), photoWords: z.array(Word).min(1), positions: z.array(Word).min(1) })
    .strict()
    .refine(
      (file) =>
        new Set([...file.photoWords, ...file.positions]).size ===
        file.photoWords.length + file.positions.length,
      'no word listed twice',
    ),
  photoPositionsFile,
);

const peopleUnits = parse(
  'people-units.json',
  z
    .object({
      about: z.string().min(1),
      people: z.array(Word).min(1).refine(Distinct, 'no word listed twice'),
      castAsked: z.array(Word).min(1).refine(Distinct, 'no word listed twice'),
      units: z.record(Word, z.array(Word).refine(Distinct, 'no word listed twice')),
    })
    .strict(),
  peopleUnitsFile,
);

export const EN = {
  /** Words by which a where-question asks where an organization is based (base-asks.json). */
  baseAsks,
  stopWords: stop,
  framingWords: framing,
  commonWords: common,
  worldPlaces: places,
  changeWords,
  roleVerbs,
  speechVerbs,
  organizationKinds: organizationKinds as Readonly<
    Partial<Record<z.infer<typeof OrganizationKind>, readonly string[]>>
  >,
  quantityAsks: quantityAsks.asks as ReadonlyArray<{
    phrase: string;
    measures: readonly z.infer<typeof FigureMeasure>[];
    nouns: readonly string[];
  }>,
  asOfNow: quantityAsks.asOfNow as readonly string[],
  comparisonWords: quantityAsks.comparison as readonly string[],
  unitMeasures: quantityAsks.units as Readonly<
    Partial<Record<z.infer<typeof FigureMeasure>, readonly string[]>>
  >,
  negators,
  /** A stated gap's reply saying someone refused to answer (lexicon/en/refusal-replies.json). */
  refusalReplies,
  opposites: opposites as ReadonlyArray<readonly [readonly string[], readonly string[]]>,
  /** What befalls those a toll counts, one list of words per fate (lexicon/en/fates.json). */
  fates: fates as ReadonlyArray<readonly string[]>,
  measureWords: {
    age: measureWords.age,
    money: measureWords.money,
    moneyAfterHowMuch: measureWords.moneyAfterHowMuch,
    currencies: measureWords.currencies,
    greater: measureWords.greater,
    smaller: measureWords.smaller,
    spans: measureWords.spans,
    anyVerbs: measureWords.anyVerbs,
  },
  /** Units counting people, each with the verbs a question asks that count by (lexicon/en/people-units.json). */
  peopleUnits,
  pronouns,
  chatShorthand: chatShorthand as ReadonlyArray<{
    written: readonly string[];
    means: string;
    matchCase?: boolean;
  }>,
  capitals: capitals as Readonly<Record<string, string>>,
  synonyms: synonyms as Readonly<Record<string, readonly string[]>>,
  backReferences: backReferences.words as readonly string[],
  storyChoices: storyChoices as Readonly<{
    last: readonly string[];
    filler: readonly string[];
    questionOpeners: readonly string[];
    followUpOpeners: readonly string[];
  }>,
  expansionAsks: expansionAsks as Readonly<{ phrases: readonly string[]; skipped: readonly string[] }>,
  answerSpans: answerSpans as Readonly<{
    timeWords: readonly string[];
    timeUnits: readonly string[];
    dateMarkers: readonly string[];
    reasonWords: readonly string[];
    placePrepositions: readonly string[];
    futureMarkers: readonly string[];
    institutionWords: readonly string[];
    irregularForms: Readonly<Record<string, readonly string[]>>;
  }>,
  // The names are typed from the same file the schema checked.
  questionCues: questionCues as unknown as Readonly<
    Record<ListedCue, { about: string; words: readonly string[] }>
  >,
  roleNouns: roleNouns as Readonly<{
    words: readonly string[];
    subordinate: readonly string[];
    writtenAs: Readonly<Record<string, readonly string[]>>;
  }>,
  nameMeaning: nameMeaning as readonly string[],
  articleFurniture,
  photoPositions: photoPositions as Readonly<{ photoWords: readonly string[]; positions: readonly string[] }>,
  eventKindNouns: eventKindNouns as Readonly<Partial<Record<z.infer<typeof EventKind>, readonly string[]>>>,
} as const;
