import type { Article } from '../../../model/schema.ts';
import { EN } from '../lexicon/en/index.ts';
import { parseOrdinal, stem, STOP_WORDS, tokenize } from '../lexicon/text.ts';
import { LibraryIndex, type ArticleFields, type NameEntry, type Scored } from './library-index.ts';

/**
 * Routing: which article of the library a question is about. Each article is one document of article-level
 * fields (its people's and organizations' names, places, the event's names, topics and fact keywords, the
 * headline, its sentences), scored by the question's terms weighted by field and rarity across the library
 * (library-index.ts). Everything scored comes from the article models; no story word lives here. The rules and
 * why a question that points at no story goes to the newest article: docs/routing.md.
 */

/** Below this (in units of one name only one article has) a question names nothing of any article. */
const MIN_SCORE = 0.5;
/**
 * Below this a choice by score is said to be only the closest article: on the corpus, about one first question in
 * four scoring under it went to another story than the one meant, against one in twenty-five above it.
 */
const SURE_SCORE = 0.8;
/**
 * Another article must beat the conversation's by this factor (and MIN_SCORE) to move the conversation, and so
 * must its story terms (names and event words): a follow-up that only shares a plain word with another story
 * ("how old is he?", "what is their title?") stays with the conversation's.
 */
const SWITCH_FACTOR = 2;
/** Two articles whose scores are this close fit about equally: the answer names the other. */
const CLOSE_RATIO = 0.8;
/**
 * Two articles this close fit equally, and with no story under way the answer asks which: on the tuning corpus a
 * first question whose runner-up scored within 90% went to the story meant about one time in two.
 */
const EQUAL_RATIO = 0.9;
/**
 * A match under MIN_SCORE with a runner-up at least this close, on plain words only (no name or event word of
 * any story), is no pointer: on the corpus the best of such weak matches was the story meant two times in five,
 * against six in seven when it led the next by more.
 */
const AMBIGUOUS_RATIO = 0.5;

const WORD = "[\\p{L}\\p{N}'’-]+";
/** Nouns for a story. "one", "news" and "item" name one only when one article clearly matches ("the first one"). */
const STORY_NOUN = '(?<noun>story|article|report|piece|news|item|one)';
const SURE_NOUN = '(?<noun>story|article|report|piece)';
/**
 * An article named in words: "in the bridge story", "about the rate cut article", "the story about the strike,
 * ...", "bridge story: ...": the naming words and the story noun.
 */
const NAMED_IN_WORDS: readonly RegExp[] = [
  new RegExp(
    `\\b(?:in|about|from|on|regarding|for|re)\\s+(?:the|that|this)\\s+(?<words>(?:${WORD}\\s+){0,5}?${WORD})\\s+${STORY_NOUN}\\b`,
    'iu',
  ),
  new RegExp(
    `\\b(?:the|that|this)\\s+${SURE_NOUN}\\s+(?:about|on|regarding|of)\\s+(?<words>(?:${WORD}\\s+){0,4}?${WORD})(?=\\s*(?:[,.;:?!—–]|\\s-\\s|$))`,
    'iu',
  ),
  new RegExp(
    `^\\s*(?:the\\s+)?(?<words>(?:${WORD}\\s+){0,3}?${WORD})\\s+${SURE_NOUN}\\s*(?:[:,—–]|\\s-\\s)`,
    'iu',
  ),
];
/** Story nouns that, naming no article, get "I have no article about ...". */
const SURE_STORY_NOUNS = new Set(['story', 'article', 'report', 'piece']);

/**
 * How the article was chosen. 'unsure' (a weak match) and 'default' (nothing matched) with no story under way:
 * no story is clearly meant, and the answer asks which (`candidates`).
 */
export type RouteBasis =
  'pinned' | 'named' | 'conversation' | 'channel' | 'scored' | 'weak' | 'unsure' | 'default' | 'chosen';

export interface Route {
  article: Article;
  basis: RouteBasis;
  /** Another article that fits about as well (a choice by score, or story words that fit two stories). */
  alternative?: Article;
  /** The question named a story ("in the bridge story") that matched nothing: the default was used. */
  unmatchedName?: string;
  /** No story is clearly meant ('unsure', 'default'): the likeliest few, best first, to ask which one. */
  candidates?: Article[];
}

/** How many stories a question that points at none is asked back about. */
const CANDIDATES = 3;

/**
 * Words that refer to a story without naming it ("the same story", "the other article"): the conversation's or an
 * earlier one, not a name to search for.
 */
const REFERRING = new Set([
  'same',
  'other',
  'last',
  'previous',
  'earlier',
  'latest',
  'new',
  'newest',
  'first',
  'second',
  'whole',
  'initial',
  'original',
  'next',
  'recent',
  'current',
  'former',
]);

const BACK_REFERENCES: ReadonlySet<string> = new Set(EN.backReferences);

const CHOICE = EN.storyChoices;
const LAST: ReadonlySet<string> = new Set(CHOICE.last);
const CHOICE_FILLER: ReadonlySet<string> = new Set(CHOICE.filler);
const QUESTION_OPENERS: ReadonlySet<string> = new Set(CHOICE.questionOpeners);
/** Words that open a question carrying on from the one before ("and how many were displaced?", "so what ..."). */
const FOLLOW_UP_OPENERS: ReadonlySet<string> = new Set(CHOICE.followUpOpeners);

/**
 * A message that carries on from the question before ("and how many were displaced?", "so what was the vote
 * count?"): as a reply to "Which story do you mean?" that picks a story, it is a question of its own, asked
 * after the one asked back about.
 */
export function carriesOn(message: string): boolean {
  const [first] = tokenize(message);
  return first !== undefined && FOLLOW_UP_OPENERS.has(first);
}
/** Where someone stands in a photo ("left", "third", "behind"). */
const PHOTO_POSITIONS: ReadonlySet<string> = new Set(EN.photoPositions.positions);
/** A reply longer than this (beyond filler) is a new question, not a pick from the list. */
const MAX_CHOICE_WORDS = 5;

/**
 * A question that points back at what was just said by a pronoun or demonstrative ("how old is he?", "what is
 * their title?"): it moves to another story only for that story's name. A leading "and", "what about" alone
 * ("what about the rate cut?") opens what follows as the new subject, which another story's event words can be.
 */
function pointsBack(question: string): boolean {
  return tokenize(question).some((t) => BACK_REFERENCES.has(t));
}

interface NamedStory {
  /** The naming words ("bridge" in "in the bridge story"). */
  words: string;
  /** Whether the noun surely means a story ("story", "article"), so that naming none is said. */
  sure: boolean;
}

/** The words naming a story in the question, if any. */
function storyNamed(question: string): NamedStory | undefined {
  for (const pattern of NAMED_IN_WORDS) {
    const groups = pattern.exec(question)?.groups;
    const phrase = groups?.['words'];
    const noun = groups?.['noun'];
    if (phrase === undefined || noun === undefined) continue;
    const words = tokenize(phrase).filter((t) => !STOP_WORDS.has(t));
    if (words.length === 0 || words.some((w) => REFERRING.has(w))) continue;
    return { words: phrase.replace(/^(?:the|a|an)\s+/i, ''), sure: SURE_STORY_NOUNS.has(noun.toLowerCase()) };
  }
  return undefined;
}

/** The `keywords` of every entity and fact of the model: the article's own paraphrases. */
function keywordsOf(article: Article): string[] {
  const out: string[] = [];
  const lists: ReadonlyArray<ReadonlyArray<{ keywords?: string[] | undefined }>> = [
    article.people,
    article.organizations,
    article.places,
    article.events,
    article.topics,
    article.outcomes,
    article.quotes,
    article.figures,
    article.context,
    article.timeline,
  ];
  for (const list of lists) for (const item of list) out.push(...(item.keywords ?? []));
  for (const topic of article.topics) out.push(topic.label);
  // A figure by its label and as written ("47 container ships"): a question quoting the number meets it.
  for (const figure of article.figures)
    out.push(figure.label, ...(figure.asWritten ? [figure.asWritten] : []));
  return out;
}

/**
 * The common nouns for each of the article's kinds of event (general English: "meeting" for talks) that its own
 * text uses: a story that calls its talks "the first meeting" in passing is about a meeting too. Not those the events
 * already have among their own words (`own`): a synonym adds a word, not another count of one.
 */
function kindNounsOf(
  events: readonly Article['events'][number][],
  words: ReadonlySet<string>,
  own: ReadonlySet<string>,
): string[] {
  const out = new Set<string>();
  for (const event of events)
    for (const noun of EN.eventKindNouns[event.kind] ?? [])
      if (words.has(noun) && !own.has(noun)) out.add(noun);
  return [...out];
}

/** An event's own words: its name, aliases, nouns, series and format. */
function eventWords(event: Article['events'][number]): string[] {
  return [
    event.name,
    ...event.aliases,
    ...event.nouns,
    ...(event.series ? [event.series] : []),
    ...event.format.map((f) => f.value),
  ];
}

/** The initials of a title of three words or more ("chief financial officer" -> "cfo"): what chat calls it. */
function titleInitials(title: string): string[] {
  const words = tokenize(title).filter((w) => !STOP_WORDS.has(w));
  if (words.length < 3 || words.length > 5) return [];
  return [words.map((w) => w.charAt(0)).join('')];
}

/**
 * How prominent a name is in its story: a mention counts 0.5, each doubling of the sentences naming it 0.5 more,
 * being in the headline or dek 1, in a photo caption 0.5, taking part in the main event (or being one of the
 * story's participants) 0.5. A person the story is about outweighs one it mentions once in passing, however many
 * spellings either has.
 */
const PROMINENCE = { mention: 0.5, perDoubling: 0.5, headline: 1, caption: 0.5, participant: 0.5 };

const LETTER = /[\p{L}\p{N}]/u;

/** A text as its words, lower-case, between spaces: a form's words are in it when " its words " is. */
const spaced = (text: string): string => ` ${tokenize(text).join(' ')} `;

/** Whether the text writes the form as written, not inside a longer word ("US" in "US officials", not in "USB"). */
function writesExactly(text: string, form: string): boolean {
  for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) {
    const before = text[at - 1];
    const after = text[at + form.length];
    if ((before === undefined || !LETTER.test(before)) && (after === undefined || !LETTER.test(after)))
      return true;
  }
  return false;
}

/** The texts (headline and dek first, then body and captions) that write one of the forms, as indexes into `texts`. */
function textsNaming(
  forms: readonly string[],
  texts: readonly string[],
  words: readonly string[],
): Set<number> {
  // Short forms and acronyms ("US", "MOFA") only as written; others in any case (a dateline written in capitals).
  const exact = forms.filter((f) => f.length <= 4 || f === f.toUpperCase());
  const loose = forms.filter((f) => !exact.includes(f)).map(spaced);
  const out = new Set<number>();
  texts.forEach((text, i) => {
    if (exact.some((f) => writesExactly(text, f)) || loose.some((f) => words[i]!.includes(f))) out.add(i);
  });
  return out;
}

/** The article's names, each entity once with its prominence. */
function nameEntries(article: Article, body: readonly string[]): NameEntry[] {
  const texts = [article.headline, article.dek ?? '', ...body];
  const words = texts.map(spaced);
  const captions = new Set(article.sentences.filter((s) => s.kind === 'caption').map((s) => s.text));
  const captionAt = new Set(texts.flatMap((t, i) => (i >= 2 && captions.has(t) ? [i] : [])));
  const [main] = article.events;
  const inMain = new Set<string>(
    (main?.participants ?? []).flatMap((p) => [
      ...p.people,
      ...(p.organization ? [p.organization] : []),
      ...(p.country ? [p.country] : []),
    ]),
  );
  if (main?.place) inMain.add(main.place);
  const entry = (forms: string[], id: string, participant: boolean, match: string[] = []): NameEntry => {
    const naming = textsNaming(
      [...forms, ...match].filter((f) => f.trim().length > 1),
      texts,
      words,
    );
    const mentions = [...naming].filter((i) => i >= 2).length;
    const weight =
      PROMINENCE.mention +
      PROMINENCE.perDoubling * Math.log2(Math.max(1, mentions)) +
      (naming.has(0) || naming.has(1) ? PROMINENCE.headline : 0) +
      ([...naming].some((i) => captionAt.has(i)) ? PROMINENCE.caption : 0) +
      (participant || inMain.has(id) ? PROMINENCE.participant : 0);
    return { forms, weight };
  };
  return [
    ...article.people.map((p) =>
      entry(
        [p.name, ...(p.namesAsWritten ?? []), ...p.aliases],
        p.id,
        p.involvement === 'participant',
        p.familyName ? [p.familyName] : [],
      ),
    ),
    ...article.organizations.map((o) =>
      entry([o.name, ...(o.namesAsWritten ?? []), ...o.aliases, ...(o.acronyms ?? [])], o.id, false),
    ),
    ...article.places.map((p) => entry([p.name, ...(p.namesAsWritten ?? []), ...p.aliases], p.id, false)),
    // "the belgian government": a country of the story by its name or its adjective.
    ...article.countries.map((c) =>
      entry(
        [c.name, ...(c.namesAsWritten ?? []), ...(c.aliases ?? []), ...(c.demonym ? [c.demonym] : [])],
        c.id,
        false,
      ),
    ),
  ];
}

function fieldsOf(article: Article): ArticleFields {
  const body = article.sentences.filter((s) => s.kind === 'body' || s.kind === 'caption').map((s) => s.text);
  // The first event is the story's main one (what the headline reports); the others (a council meeting before a
  // vote, an earlier cut) are parts of it, weaker evidence that a question about "the meeting" means this story.
  const words = new Set(tokenize([article.headline, article.dek ?? '', ...body].join(' ')));
  const [main, ...others] = article.events;
  const mainWords = main ? eventWords(main) : [];
  const event = [
    ...mainWords,
    ...kindNounsOf(main ? [main] : [], words, new Set(mainWords.flatMap(tokenize))),
  ];
  const sideWords = others.flatMap(eventWords);
  const sideEvents = [
    ...sideWords,
    ...kindNounsOf(others, words, new Set(tokenize(event.concat(sideWords).join(' ')))),
  ];
  const titles = article.people.flatMap((p) => [
    ...(p.titleAsWritten ? [p.titleAsWritten] : []),
    ...p.titleVariants,
    ...(p.role ? [p.role] : []),
    ...(p.portfolio ? [p.portfolio] : []),
  ]);
  // The roles people take in the main event ("delegation", "plaintiff", "runner-up") that its own text uses: who a
  // question asks about. (Not a role only the model names: "host" for a festival's organiser is no word of it.)
  const stems = new Set([...words].map(stem));
  const roles = (main?.participants ?? [])
    .map((p) => p.role)
    .filter((role) => tokenize(role).every((w) => stems.has(stem(w))));
  return {
    names: nameEntries(article, body),
    event,
    sideEvents,
    keywords: [...keywordsOf(article), ...new Set(roles)],
    headline: [article.headline, ...(article.dek ? [article.dek] : [])],
    roles: [...titles, ...new Set(titles.flatMap(titleInitials))],
    body,
  };
}

/**
 * The router over one library version: the inverted index of its articles (built once, here) and the rules that
 * pick one article for a question.
 */
export class ArticleRouter {
  private readonly index: LibraryIndex;
  private readonly positionOf: Map<string, number>;

  constructor(private readonly articles: readonly Article[]) {
    this.positionOf = new Map();
    articles.forEach((a, i) => {
      if (!this.positionOf.has(a.id)) this.positionOf.set(a.id, i);
    });
    this.index = new LibraryIndex(articles.length, (i) => fieldsOf(articles[i]!));
  }

  private positionsOf(ids: readonly string[]): number[] {
    return [...new Set(ids.flatMap((id) => this.positionOf.get(id) ?? []))];
  }

  get size(): number {
    return this.articles.length;
  }

  /** Article ids with their scores, best first (ties: the newer first). */
  scores(text: string): Array<{ id: string; score: number }> {
    return this.index.scores(text).map(({ position, score }) => ({ id: this.articles[position]!.id, score }));
  }

  /**
   * A reply to "Which story do you mean?" (`listed`: the ids asked about, in the order shown): the story it picks,
   * by its number ("2", "the second one", "the last") or by words that fit one listed story clearly ("the bridge
   * one", "the one about the strike"), else one story of the library the words clearly fit. Undefined when the
   * reply is a new question (it opens like one, or says more than a pick) or picks nothing clearly.
   */
  choose(reply: string, listed: readonly string[]): Article | undefined {
    const tokens = tokenize(reply);
    if (tokens.length === 0 || QUESTION_OPENERS.has(tokens[0]!)) return undefined;
    // A reply carrying on from the question asked back about ("and the right?" after "who is on the left in the
    // photo?") says where in a photo, which every story's caption does: those words pick no story, and its other
    // words pick only among the stories listed.
    const carrying = FOLLOW_UP_OPENERS.has(tokens[0]!);
    const words = tokens.filter(
      (t) => !CHOICE_FILLER.has(t) && !STOP_WORDS.has(t) && !(carrying && PHOTO_POSITIONS.has(t)),
    );
    if (words.length === 0 || words.length > MAX_CHOICE_WORDS) return undefined;
    const shown = this.positionsOf(listed);
    if (words.length === 1) {
      const word = words[0]!;
      const number = /^\d+$/.test(word) ? Number(word) : parseOrdinal(word);
      const place = LAST.has(word) ? shown.length - 1 : number === undefined ? -1 : number - 1;
      if (place >= 0 && place < shown.length) return this.articles[shown[place]!];
      if (number !== undefined || LAST.has(word)) return undefined;
    }
    const scored = this.index.scores(words.join(' '));
    const clear = (ranked: Array<{ position: number; score: number }>, min: number): number | undefined => {
      const [best, second] = ranked;
      if (!best || best.score < min) return undefined;
      return !second || second.score < best.score * CLOSE_RATIO ? best.position : undefined;
    };
    const among = new Set(shown);
    const pick =
      clear(
        scored.filter((r) => among.has(r.position)),
        Number.MIN_VALUE,
      ) ?? (carrying ? undefined : clear(scored, MIN_SCORE));
    return pick === undefined ? undefined : this.articles[pick];
  }

  /**
   * Picks the article for a question: one named in words, else the conversation's (`currentId`) unless another
   * clearly wins; for a first question, likewise the channel's story (`channelArticleId`: the one last asked
   * about or posted there); else the best scored, else the newest. `channelStories`: the stories of a digest
   * posted last in the channel (several at once): a question that points at none surely is about one of them.
   */
  route(
    question: string,
    currentId?: string,
    channelArticleId?: string,
    channelStories: readonly string[] = [],
  ): Route | undefined {
    const newest = this.articles[0];
    if (!newest) return undefined;
    const currentPosition = currentId === undefined ? undefined : this.positionOf.get(currentId);
    const current = currentPosition === undefined ? undefined : this.articles[currentPosition];
    if (this.articles.length === 1) return { article: newest, basis: current ? 'conversation' : 'default' };

    const named = storyNamed(question);
    if (named !== undefined) {
      const { best, second, ranked } = this.index.top(named.words);
      if (best && best.score >= MIN_SCORE && (!second || second.score < best.score * CLOSE_RATIO)) {
        return { article: this.articles[best.position]!, basis: 'named' };
      }
      // Words that fit two stories ("the court story": a ruling, and a final on a clay court), or that only
      // plain words of some story meet: the rest of the question picks between them, and the answer names the other.
      if (best && named.sure) {
        const close = ranked.filter((r) => r.score >= best.score * CLOSE_RATIO).map((r) => r.position);
        const whole = new Map(this.index.scores(question).map((r) => [r.position, r.score]));
        const [first, other] = close.sort((a, b) => (whole.get(b) ?? 0) - (whole.get(a) ?? 0) || a - b);
        return {
          article: this.articles[first!]!,
          basis: best.score >= MIN_SCORE ? 'named' : 'weak',
          ...(other !== undefined ? { alternative: this.articles[other]! } : {}),
        };
      }
      // A story named that no article matches is not answered from another story.
      if (named.sure) return { article: current ?? newest, basis: 'default', unmatchedName: named.words };
    }

    // The story the question is asked within: the conversation's, else (a first question) the one last asked
    // about or posted in this channel. It holds unless another story clearly wins.
    const channelPosition =
      channelArticleId === undefined ? undefined : this.positionOf.get(channelArticleId);
    const heldPosition = currentPosition ?? channelPosition;
    const top = this.index.top(question, heldPosition);
    const { best, second, own } = top;
    const held: Route | undefined =
      heldPosition === undefined
        ? undefined
        : { article: this.articles[heldPosition]!, basis: current ? 'conversation' : 'channel' };
    if (heldPosition !== undefined && held) {
      // A question pointing back ("his", "that") moves only for another story's name; any other question also
      // for its event's words ("what about the rate cut?").
      // A first question in a channel is no follow-up: a sure score (twice the channel story's) moves it, unless
      // it uses that story's own names or event words ("how did China react to the talks?"). Not a weak one: in a
      // small library a plain verb only one story has ("who took the photo?") scores above the minimum.
      const evidence = (s: Scored): number => (pointsBack(question) ? s.name : s.story);
      const clearly =
        best !== undefined &&
        best.position !== heldPosition &&
        best.score >= MIN_SCORE &&
        best.score > own.score * SWITCH_FACTOR;
      const moves =
        clearly &&
        ((evidence(best) >= MIN_SCORE && evidence(best) > evidence(own) * SWITCH_FACTOR) ||
          (current === undefined && own.story === 0 && best.score >= SURE_SCORE));
      if (!moves) return held;
    }
    const posted = heldPosition === undefined ? this.positionsOf(channelStories) : [];
    if (posted.length > 0 && !(best && best.score >= SURE_SCORE)) {
      // Under a digest (several stories at once) a question that points at no story surely is about one of the
      // stories posted: the one its words lead among them, else asked which of them.
      const postedSet = new Set(posted);
      const among = this.index.scores(question).filter((r) => postedSet.has(r.position));
      const [lead, next] = among;
      if (lead && (!next || next.score < lead.score * AMBIGUOUS_RATIO))
        return { article: this.articles[lead.position]!, basis: 'channel' };
      const positions = new Set([...among.map((r) => r.position), ...posted]);
      return {
        article: this.articles[posted[0]!]!,
        basis: among.length > 0 ? 'unsure' : 'default',
        candidates: [...positions].slice(0, CANDIDATES).map((i) => this.articles[i]!),
      };
    }
    const pointless =
      best === undefined ||
      (best.score < MIN_SCORE &&
        best.story === 0 &&
        second !== undefined &&
        second.score >= best.score * AMBIGUOUS_RATIO) ||
      // Under the sure score, no word only this story has, and either plain words only (a coin toss on the corpus)
      // or another story about as close: event words of a kind two stories share ("the meeting", "the strike").
      (best.score < SURE_SCORE &&
        best.own === 0 &&
        second !== undefined &&
        (best.story === 0 || second.score >= best.score * CLOSE_RATIO));
    // A story under way holds unless another clearly wins: not when the other would only be asked about.
    if (pointless && held) return held;
    if (pointless) {
      // Nothing points clearly at a story and none is under way here: a guess would be about another story
      // more often than not, so the answer asks which one, naming the weak matches and then the newest.
      const positions = new Set(top.ranked.map((r) => r.position));
      for (let i = 0; positions.size < CANDIDATES && i < this.articles.length; i++) positions.add(i);
      return {
        article: newest,
        basis: best ? 'unsure' : 'default',
        candidates: [...positions].slice(0, CANDIDATES).map((i) => this.articles[i]!),
      };
    }
    // Of the stories that fit about equally, the only one the question names (a name of its own) is the one meant:
    // "What was Marlow's defense?" names one story and asks about a plain word another uses a lot. (Its event
    // words are not enough: kinds of event, "meeting", "talks", are shared by stories as plain words are.)
    const close = top.ranked.filter((r) => r.score >= best.score * CLOSE_RATIO);
    const naming = close.filter((r) => r.name >= MIN_SCORE);
    if (close.length > 1 && naming.length === 1 && close.every((r) => r === naming[0] || r.name === 0)) {
      const [meant] = naming;
      const other = close.find((r) => r !== meant)!;
      return {
        article: this.articles[meant!.position]!,
        basis: meant!.score >= SURE_SCORE ? 'scored' : 'weak',
        alternative: this.articles[other.position]!,
      };
    }
    if (second && second.score >= best.score * EQUAL_RATIO && held) return held;
    if (second && second.score >= best.score * EQUAL_RATIO) {
      // Two stories fit equally (a name both have, the same kind of event): a guess is a coin toss, so the
      // answer asks which, naming those that fit.
      const close = top.ranked.filter((r) => r.score >= best.score * CLOSE_RATIO).map((r) => r.position);
      return {
        article: this.articles[best.position]!,
        basis: 'unsure',
        candidates: close.slice(0, CANDIDATES).map((i) => this.articles[i]!),
      };
    }
    // A word only one story has still points at it, though weakly: better than the newest by default.
    const route: Route = {
      article: this.articles[best.position]!,
      basis: best.score >= SURE_SCORE ? 'scored' : 'weak',
    };
    if (second && second.score >= best.score * CLOSE_RATIO)
      route.alternative = this.articles[second.position]!;
    return route;
  }
}

/** One router per library version: the library hands out a new array whenever it reloads. */
const routers = new WeakMap<readonly Article[], ArticleRouter>();

export function routerFor(articles: readonly Article[]): ArticleRouter {
  let router = routers.get(articles);
  if (!router) {
    router = new ArticleRouter(articles);
    routers.set(articles, router);
  }
  return router;
}
