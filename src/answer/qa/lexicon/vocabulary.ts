import { EN } from './en/index.ts';
import { stem } from './text.ts';

/** Question words are stop words too; as furniture they also never count as unknown. */
export const QUESTION_WORDS: readonly string[] = [
  'what',
  'who',
  'whom',
  'whose',
  'which',
  'when',
  'where',
  'why',
  'how',
  'many',
  'much',
];

/**
 * Question furniture: words that say what kind of answer is wanted, or refer to the story in general, and carry
 * no content to match against the article. They are never "unknown" and never count as evidence.
 */
export const FURNITURE_WORDS: ReadonlySet<string> = new Set([...EN.framingWords, ...QUESTION_WORDS]);

/**
 * Generic category words ("which event", "what forces", "which bodies"): they name the kind of slot asked (a cause,
 * a context, a speaker or organization), not a concrete kind of thing, so any fact filling that slot answers them.
 */
export const SPEAKER_KIND =
  /^(bod(y|ies)|agenc(y|ies)|ministr(y|ies)|organi[sz]ations?|authorit(y|ies)|institutions?|governments?|departments?|offices?|entit(y|ies)|part(y|ies)|groups?)$/;
export const GENERIC_KIND =
  /^(events?|incidents?|episodes?|developments?|things?|forces?|pressures?|factors?|drivers?|triggers?|circumstances?|motives?|motivations?|reasons?|details?|level|amount|extent|degree)$/;

export const FURNITURE_STEMS: ReadonlySet<string> = new Set([...FURNITURE_WORDS].map(stem));

/** Everyday words for what articles say otherwise (question word -> article words), by stem. */
export const SYNONYMS: ReadonlyMap<string, string[]> = new Map(
  Object.entries(EN.synonyms).map(([word, alternatives]) => [stem(word), alternatives.map((a) => stem(a))]),
);

/** Forms of a measure word ("heavy" <-> "weight", "long" <-> "length", "big" <-> "bigger"), by stem, both ways. */
export const IRREGULAR_FORMS: ReadonlyMap<string, readonly string[]> = (() => {
  const forms = new Map<string, Set<string>>();
  const link = (a: string, b: string): void => {
    if (a === b) return;
    const set = forms.get(a) ?? new Set<string>();
    set.add(b);
    forms.set(a, set);
  };
  for (const [word, others] of Object.entries(EN.answerSpans.irregularForms)) {
    const group = [word, ...others].map((w) => stem(w));
    for (const a of group) for (const b of group) link(a, b);
  }
  return new Map([...forms].map(([s, set]) => [s, [...set]] as const));
})();

/** Nouns naming a post ("captain", "ceo"): lexicon/en/role-nouns.json. */
export const ROLE_NOUNS: ReadonlySet<string> = new Set(EN.roleNouns.words);
