import { EN } from '../lexicon/en/index.ts';
import { asksAboutFuture, monthFromWord } from '../lexicon/dates.ts';
import type { Lexicon } from './entities.ts';
import { linkEntities } from './entities.ts';
import { foldName, parseNumber, parseOrdinal, STOP_WORDS, stem, tokenize } from '../lexicon/text.ts';
import { FURNITURE_STEMS, FURNITURE_WORDS, SYNONYMS } from '../lexicon/vocabulary.ts';
import {
  AUTHOR_CUE,
  DETAIL_CUE,
  GATHERING_CUE,
  SUMMARY_CUE,
  FUTURE_CUE,
  PEOPLE_NOUNS,
  PUBLISHED_CUE,
  SLOT_CUES,
  SOURCE_CUE,
  TIME_OF_DAY_CUE,
} from './cues.ts';
import { COMMON_STEMS, COMMON_WORDS } from './common-words.ts';
import { countryPossessiveAsWhose, questionType } from './question-type.ts';
import { askedQuantity } from './quantity.ts';
import { askedRelation } from './relation.ts';
import { askedPhrases, questionCues } from './phrases.ts';
import type { Country } from '../../../model/schema.ts';
import { askedPost } from './post.ts';
import { isPastVerbForm } from '../lexicon/lemma.ts';

export type { PhotoSpot, Question, QuestionContext, QuestionType, Slot } from '../types.ts';
import type { PhotoSpot, Question, Slot } from '../types.ts';

const SIGNIFICANCE_CUE = /\b(matters?|significan\w*|importan\w*|big deal)\b/;
/** Well-known place names: naming one the article never mentions is a question the article cannot answer. */
const WORLD_PLACES: ReadonlySet<string> = new Set(EN.worldPlaces);

/** Phrases that refer back to the story's two parties rather than add content. */
const PARTY_REFERENCES =
  /\b(the two|both|the) (countries|nations|sides|neighbou?rs|governments)\b|\beach other\b/g;

const LEADING_EXCEPT_CLAUSE =
  /^\s*(besides|apart from|other than|aside from|except( for)?|beyond|in addition to)\b[^,]*,\s*/;

const COUNTING_THIS =
  /\b(includ\w*|counting|with|plus)\s+(this|these|it|today'?s?|(the|this) (latest|current|most recent|present|last)\b|monday'?s?|tuesday'?s?|wednesday'?s?|thursday'?s?|friday'?s?|saturday'?s?|sunday'?s?)/;

/** Nouns for a kind of organization ("which court") -> the model's organization kind. */
const ORGANIZATION_KINDS = new Map(
  Object.entries(EN.organizationKinds).flatMap(([kind, words]) =>
    words.map((w) => [w, kind as NonNullable<Question['organizationKind']>['kind']] as const),
  ),
);

const PERSON_PRONOUNS = new RegExp(`\\b(${EN.pronouns.person.join('|')})\\b`);
const PRONOUNS = /\b(he|him|his|she|her|hers|they|them|their|theirs|it|its|this|that|these|those)\b/;

/** A quoted passage of a few words or more, in straight or curly double quotes. */
const QUOTED_PASSAGE = /["“][^"“”]{12,}["”]/g;

export function understand(
  text: string,
  lexicon: Lexicon,
  articleVocabulary: ReadonlySet<string>,
  articleWords: ReadonlySet<string>,
  articleAcronyms: ReadonlySet<string> = new Set(),
  articleCountries: readonly Country[] = [],
): Question {
  text = countryPossessiveAsWhose(text);
  const lower = text.toLowerCase().replace(/[’‘]/g, "'");
  const tokens = tokenize(lower);
  const first = tokens[0] ?? '';
  // "Besides Korea and Japan, was any other country ...?": the question's kind is read after its leading clause.
  const type = questionType(tokenize(lower.replace(LEADING_EXCEPT_CLAUSE, '')));
  const cueText = lower.replace(/\b(take|took|taking|takes) place\b/g, 'happen');
  // A passage quoted from the article ("who said 'we will not walk away'?") is what is looked up, not the question's
  // own tense or negation.
  const unquoted = lower.replace(QUOTED_PASSAGE, ' ');
  let slot: Slot = 'general';
  let slotExplicit = false;
  const cueStems = new Set<string>();
  for (const [candidate, pattern] of SLOT_CUES) {
    const match = pattern.exec(cueText);
    if (match) {
      slot = candidate;
      slotExplicit = true;
      for (const token of tokenize(match[0])) if (!STOP_WORDS.has(token)) cueStems.add(stem(token));
      break;
    }
  }
  // "How many in all, counting this one?": the series so far including this event is the event's ordinal.
  if (slot === 'count' && COUNTING_THIS.test(cueText)) slot = 'ordinal';
  if (type === 'when' && slot !== 'duration') slot = 'date';
  else if (type === 'where' && !['country', 'photo', 'organization'].includes(slot)) slot = 'place';
  // "Why does this matter?" asks for significance, not a cause.
  else if (type === 'why') slot = SIGNIFICANCE_CUE.test(cueText) ? 'significance' : 'cause';
  else if (
    !slotExplicit &&
    (type === 'who' || /^(tell|describe|explain)\b/.test(lower) || /\babout\b/.test(lower))
  )
    slot = 'profile';

  const mentions = linkEntities(
    tokens,
    lexicon,
    (token) =>
      articleWords.has(token) ||
      STOP_WORDS.has(token) ||
      FURNITURE_WORDS.has(token) ||
      articleVocabulary.has(stem(token)),
  ).filter(
    (m) =>
      !(
        m.end - m.start === 1 &&
        STOP_WORDS.has(tokens[m.start]!) &&
        tokens[m.start - 1] !== 'the' &&
        !writtenAsName(text, tokens[m.start]!)
      ),
  );
  const mentioned = new Set<number>();
  for (const mention of mentions) for (let i = mention.start; i < mention.end; i++) mentioned.add(i);
  // A stop word that is a name on its own ("the US") is content; one inside a longer name ("the United States") is not.
  const namedStopWords = new Set(
    mentions.filter((m) => m.end - m.start === 1 && STOP_WORDS.has(tokens[m.start]!)).map((m) => m.start),
  );

  const stems: string[] = [];
  const eventStems = new Set<string>();
  for (const mention of mentions) {
    if (mention.ref.kind !== 'event') continue;
    for (const token of tokens.slice(mention.start, mention.end))
      for (const part of [token, ...token.split('-')]) eventStems.add(stem(part));
  }
  for (const match of lower.matchAll(PARTY_REFERENCES))
    for (const token of tokenize(match[0])) eventStems.add(stem(token));
  if (slot === 'date' || slot === 'place')
    for (const token of tokens) if (PEOPLE_NOUNS.test(token)) eventStems.add(stem(token));
  const unknownWords: string[] = [];
  const unknownNames: string[] = [];
  const originalWords = new Set(
    (text.match(/(?<=\S\s+)\p{Lu}[\p{L}-]+/gu) ?? []).map((w) => w.toLowerCase()),
  );
  // "the US", not "us": a word written in capitals is a name, known only if the article writes it so too.
  const acronyms = askedAcronyms(text);
  tokens.forEach((token, index) => {
    if (acronyms.has(token) && !mentioned.has(index) && !articleAcronyms.has(token)) {
      stems.push(stem(token));
      unknownWords.push(token);
      unknownNames.push(token);
      return;
    }
    // A stop word that names an entity ("the US") is content; a single letter ("quick q") is not.
    if (STOP_WORDS.has(token) && !namedStopWords.has(index) && !acronyms.has(token)) return;
    if (token.length === 1 && !mentioned.has(index)) return;
    // Adverbs ("originally", "exactly") and "last" as a verb ("how long did it last") carry no content.
    if (/ly$/.test(token) && !articleWords.has(token) && !mentioned.has(index)) return;
    if (token === 'last' && (index === tokens.length - 1 || tokens[index + 1] === 'for')) return;
    const s = stem(token);
    if (lexicon.eventHeads.has(token) || namesCountries(token, lexicon)) eventStems.add(s);
    // A frequent framing word the article does not use ("did the series *run*") is neither content nor unknown.
    const known =
      articleVocabulary.has(s) ||
      articleWords.has(token) ||
      mentioned.has(index) ||
      (SYNONYMS.get(s) ?? []).some((alternative) => articleVocabulary.has(alternative));
    if (!known && (COMMON_WORDS.has(token) || COMMON_STEMS.has(s))) return;
    // A compound the article never writes ("korea-japan") counts by its parts only.
    if (!token.includes('-') || articleVocabulary.has(s)) stems.push(s);
    if (token.includes('-')) for (const part of token.split('-')) if (part) stems.push(stem(part));
    if (
      mentioned.has(index) ||
      FURNITURE_WORDS.has(token) ||
      FURNITURE_STEMS.has(s) ||
      parseNumber(token) !== undefined ||
      parseOrdinal(token) !== undefined
    )
      return;
    if (articleVocabulary.has(s) || articleWords.has(token)) return;
    // A paraphrase of an article word ("cut off" for suspended) is not unknown.
    if ((SYNONYMS.get(s) ?? []).some((alternative) => articleVocabulary.has(alternative))) return;
    if (isCueWord(token)) return;
    unknownWords.push(token);
    if (WORLD_PLACES.has(token) || originalWords.has(token)) unknownNames.push(token);
  });

  let photo: PhotoSpot | undefined;
  const spot = /\b(\w+) from (?:the )?(left|right)\b/.exec(lower);
  if (spot) {
    const n = parseOrdinal(spot[1]!) ?? (spot[1] === 'far' ? 1 : undefined);
    if (n !== undefined) photo = { side: spot[2] as 'left' | 'right', fromSide: n };
  } else if (/\b(leftmost|far left)\b/.test(lower)) photo = { side: 'left', fromSide: 1 };
  else if (/\b(rightmost|far right)\b/.test(lower)) photo = { side: 'right', fromSide: 1 };
  else if (/\b(center|centre|middle)\b/.test(lower) && slot === 'photo')
    photo = { side: 'center', fromSide: 1 };
  // "Who's on the right in the photo?", "the left side of the picture", "and in the middle?": the one at that edge
  // (a photo place only in a photo question, or in a follow-up to one: see resolve/follow-up.ts).
  const edge =
    /\b(?:on|at|to|in) the (left|right|middle|center|centre)\b|\b(left|right)(?:-hand)? side\b|^(?:and|what about|how about) (?:the )?(left|right|middle|center|centre)$/.exec(
      lower.replace(/[?.!]+$/, ''),
    );
  const side = edge ? (edge[1] ?? edge[2] ?? edge[3])! : undefined;
  const sideSpot: PhotoSpot | undefined =
    side === undefined
      ? undefined
      : { side: side === 'left' || side === 'right' ? side : 'center', fromSide: 1 };
  if (!photo && slot === 'photo' && sideSpot) photo = sideSpot;

  const yearMatch = /\b(1[89]\d\d|20\d\d)\b/.exec(lower);
  let month: number | undefined;
  tokens.forEach((token, index) => {
    if (token.length < 3 || (token === 'may' && tokens[index - 1] !== 'in')) return;
    if (token === 'mar' || token === 'jun' || token === 'jan') return;
    month ??= monthFromWord(token);
  });
  const ordinalToken = tokens.find((t) => parseOrdinal(t) !== undefined && !(photo && t === undefined));
  const ordinal = photo ? undefined : ordinalToken ? parseOrdinal(ordinalToken) : undefined;

  const question: Question = {
    tokens,
    cues: questionCues(text),
    phrases: askedPhrases(text, articleCountries),
    type,
    slot,
    slotExplicit,
    mentions,
    stems,
    cueStems,
    eventStems,
    unknownWords,
    unknownNames,
    pronoun: PRONOUNS.test(lower),
    personPronoun: PERSON_PRONOUNS.test(lower),
    continuation:
      /^(and|also|plus|so|then|ok|okay)\b/.test(first) ||
      /^(what|how) about\b/.test(lower) ||
      type === 'other',
    alsoDate: slot === 'place' && /\bwhen\b/.test(lower),
    timeOfDay: TIME_OF_DAY_CUE.test(lower),
    asksAuthor: AUTHOR_CUE.test(lower),
    asksFuture: asksAboutFuture(unquoted, FUTURE_CUE),
    asksSource: SOURCE_CUE.test(lower),
    asksPublished: PUBLISHED_CUE.test(lower),
    namesGatheringNoun: GATHERING_CUE.test(lower),
    copular: /^what(?:'s| is| was| are| were)\b/.test(lower),
    negated: /\b(not|never)\b|n't\b|\b(did|do|does|was|were|is|are|has|have|had)nt\b/.test(unquoted),
  };
  if (photo) question.photo = photo;
  else if (sideSpot) question.sideNamed = sideSpot;
  if (SUMMARY_CUE.test(lower)) question.asksSummary = DETAIL_CUE.test(lower) ? 'detailed' : 'short';
  const quantity = askedQuantity(lower, tokens);
  if (quantity) question.quantity = quantity;
  const expands = askedExpansion(tokens, acronyms);
  if (expands) question.expands = expands;
  const counted = countedStems(tokens);
  if (counted.length > 0) question.counted = counted;
  const kindAt = tokens.findIndex(
    (t, i) => i > 0 && /^(which|what)$/.test(tokens[i - 1]!) && ORGANIZATION_KINDS.has(t),
  );
  if (kindAt > 0) question.organizationKind = { kind: ORGANIZATION_KINDS.get(tokens[kindAt]!)!, at: kindAt };
  const post = askedPost(tokens, mentions);
  if (post) question.post = post;
  const meaningOf = askedMeaning(text, tokens);
  if (meaningOf) question.meaningOf = meaningOf;
  const relation = askedRelation(tokens, type, mentions);
  if (relation) question.relation = relation;
  if (yearMatch) question.year = Number(yearMatch[1]);
  if (month !== undefined) question.month = month;
  if (ordinal !== undefined) question.ordinal = ordinal;
  return question;
}

/** "How many container ships were waiting": the noun phrase after "how many", up to its first function word. */
function countedStems(tokens: readonly string[]): string[] {
  const at = tokens.findIndex((t, i) => t === 'many' && tokens[i - 1] === 'how');
  if (at < 0) return [];
  const out: string[] = [];
  for (const token of tokens.slice(at + 1, at + 4)) {
    if (STOP_WORDS.has(token) || FURNITURE_WORDS.has(token)) break;
    out.push(stem(token));
  }
  // "How many got headaches?": a verb counts whoever did it; the thing counted is not written.
  return out.length > 0 && isPastVerbForm(tokens[at + 1]!, tokens[at + 2], STOP_WORDS) ? [] : out;
}

const EXPANSION_ASKS = EN.expansionAsks.phrases.map((phrase) => phrase.split(' '));

/**
 * "What does NATO stand for?", "what's UNHCR short for": the abbreviation asked, the word written in capitals or else
 * the one just before the phrase.
 */
function askedExpansion(tokens: readonly string[], acronyms: ReadonlySet<string>): string | undefined {
  for (const phrase of EXPANSION_ASKS) {
    const at = tokens.findIndex((_, i) => phrase.every((w, j) => tokens[i + j] === w));
    if (at < 0) continue;
    const written = tokens.find((t) => acronyms.has(t));
    const before = tokens[at - 1];
    return written ?? (before && !STOP_WORDS.has(before) ? before : undefined);
  }
  return undefined;
}

/** Words the question writes in capitals ("the US"), unless it is written all in capitals ("WHO WON"). */
function askedAcronyms(text: string): Set<string> {
  const letters = text.replace(/[^\p{L}]/gu, '');
  const upper = letters.replace(/[^\p{Lu}]/gu, '');
  if (letters.length === 0 || upper.length > letters.length / 2) return new Set();
  return new Set(
    [...text.matchAll(/\b(?:\p{Lu}\.){2,}|\b\p{Lu}{2,}\b/gu)].map((m) =>
      m[0].replace(/\./g, '').toLowerCase(),
    ),
  );
}

/** "korea-japan": a compound of country names refers to the parties, like "the two countries". */
function namesCountries(token: string, lexicon: Lexicon): boolean {
  const parts = token.split('-');
  return (
    parts.length > 1 &&
    parts.every((part) => (lexicon.exact.get(foldName(part)) ?? []).some((s) => s.ref.kind === 'country'))
  );
}

/**
 * "What does Haenuri mean?", "what does the name X mean": the meaning of a name (not "what does the ruling mean",
 * which asks its significance): the words between, written as a name or after "the name" / "the word".
 */
function askedMeaning(text: string, tokens: readonly string[]): string | undefined {
  if (tokens[0] !== 'what' || tokens[1] !== 'does' || tokens.at(-1) !== 'mean') return undefined;
  let words = tokens.slice(2, -1);
  const introduced = words[0] === 'the' && (words[1] === 'name' || words[1] === 'word');
  if (introduced) words = words.slice(2);
  if (words.length === 0 || words.length > 3) return undefined;
  if (!introduced && !words.every((w) => writtenAsName(text, w))) return undefined;
  // "What does KARI mean?" asks an abbreviation spelt out, not what a name means.
  if (words.some((w) => new RegExp(`\\b${w.toUpperCase()}\\b`).test(text) && /[a-z]/.test(w)))
    return undefined;
  return words.join(' ');
}

/** Whether the question writes a word as a name (capitalised: "US", not "us"). */
function writtenAsName(text: string, token: string): boolean {
  return new RegExp(
    `\\b${token.toUpperCase()}\\b|\\b${token.charAt(0).toUpperCase()}${token.slice(1)}\\b`,
  ).test(text.replace(/\./g, ''));
}

function isCueWord(token: string): boolean {
  return SLOT_CUES.some(([, pattern]) => pattern.test(token));
}
