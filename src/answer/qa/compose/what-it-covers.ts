import { mainEvent } from '../../../model/events.ts';
import type { Article, Modality } from '../../../model/schema.ts';
import { datePhrase } from '../lexicon/dates.ts';
import { joinList } from '../lexicon/text.ts';

/** Kinds of event that are held (a meeting is held; a ruling, a launch or a match is not). */
export const HELD_KINDS: ReadonlySet<string> = new Set(['meeting', 'talks', 'summit', 'vote', 'election']);

/** Kinds of event whose subjects are discussed: what a meeting's topics are. */
const DISCUSSED_KINDS: ReadonlySet<string> = new Set(['meeting', 'talks', 'summit']);

/** What an outcome of each modality tells, as a part of what an article covers. */
const OUTCOME_PART: Record<Modality, string> = {
  'agreed-to': 'what was agreed',
  agreed: 'what was agreed',
  signed: 'what was agreed',
  'failed-to-agree': 'what was agreed',
  pledged: 'what was promised',
  announced: 'what was announced',
  reported: 'what was announced',
  decided: 'what was decided',
  ruled: 'what was decided',
  ordered: 'what was decided',
  recommended: 'what was decided',
  rejected: 'what was decided',
  won: 'the result',
  lost: 'the result',
  resigned: 'what came of it',
  appointed: 'what came of it',
  planned: 'what comes next',
  expected: 'what comes next',
  postponed: 'what comes next',
  discussed: 'what was discussed',
  other: 'what came of it',
};

/**
 * Lower-cases a label's first word when the article writes that word in lower case somewhere. Remembered per
 * article (its labels are few; each reading would join the whole text again).
 */
export function lowerFirstWord(article: Article, label: string): string {
  let labels = loweredLabels.get(article);
  if (!labels) loweredLabels.set(article, (labels = new Map()));
  let lowered = labels.get(label);
  if (lowered === undefined) labels.set(label, (lowered = lowerFirstWordOf(article, label)));
  return lowered;
}

const loweredLabels = new WeakMap<Article, Map<string, string>>();

function lowerFirstWordOf(article: Article, label: string): string {
  const first = label.split(' ')[0] ?? '';
  const lower = first.toLowerCase();
  if (lower === first) return label;
  const body = article.sentences.map((s) => s.text).join(' ');
  return new RegExp(`(^|[^\\p{L}])${escape(lower)}([^\\p{L}]|$)`, 'u').test(body)
    ? lower + label.slice(first.length)
    : label;
}

function escape(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A name written in sentence case ("Rescue of the trapped climbers") with its first word lower-cased, unless
 * the article writes that word with a capital inside a sentence (a name: "Dunmore dockers' strike"); a
 * name in title case ("Harbour Safety Review") stays.
 */
function inRunningText(article: Article, name: string): string {
  const [first = '', second] = name.split(' ');
  const lower = first.toLowerCase();
  if (lower === first || second === undefined || /^\p{Lu}/u.test(second)) return name;
  const body = article.sentences.map((s) => s.text).join(' ');
  if (new RegExp(`[\\p{L},;:] ${escape(first)}([^\\p{L}]|$)`, 'u').test(body)) return name;
  return lower + name.slice(first.length);
}

/** "the 4th Harbour Safety Review", "the rescue of the trapped climbers": the main event by name. */
export function eventLabel(article: Article): string {
  const event = mainEvent(article);
  const name = inRunningText(article, event.name);
  const ordinal = event.ordinal && !name.toLowerCase().includes(event.ordinal.asWritten.toLowerCase());
  // A name led by a possessive ("Acme's offer to buy ...") takes no article.
  const the = /^\S+['’]s /.test(name) ? '' : 'the ';
  return `${the}${ordinal ? `${event.ordinal!.asWritten} ` : ''}${name}`;
}

/**
 * What kind of event it was, from its format: "The 4th Harbour Safety Review was a working-level meeting." for a
 * meeting; any other event gives its format as the article words it ("The opening of the new bridge: ribbon
 * cutting."). Undefined when the model gives no format.
 */
export function formatSentence(article: Article): string | undefined {
  const event = mainEvent(article);
  const formats = event.format.map((f) => f.value);
  if (formats.length === 0) return undefined;
  const label = eventLabel(article);
  const series = event.series && !event.series.endsWith(event.name) ? ` of the ${event.series}` : '';
  const lead = `${label.charAt(0).toUpperCase()}${label.slice(1)}${series}`;
  return DISCUSSED_KINDS.has(event.kind)
    ? `${lead} was a ${joinList(formats)} meeting.`
    : `${lead}: ${joinList(formats)}.`;
}

/**
 * The kinds of fact this article holds, in the order a reader would ask for them: who took part (or who it
 * names), what came of it by the modality of its outcomes, what was discussed (for a meeting), what was said
 * and by whom, its figures, the background.
 */
export function coverageParts(article: Article): string[] {
  const event = mainEvent(article);
  const parts: string[] = [];
  if (event.participants.length > 0 || article.people.some((p) => p.involvement === 'participant'))
    parts.push('who took part');
  else if (article.people.length > 0) parts.push('the people it names');
  if (DISCUSSED_KINDS.has(event.kind) && article.topics.length > 0) parts.push('what was discussed');
  // The two kinds of outcome it holds most of ("what was decided, what comes next").
  const counts = new Map<string, number>();
  for (const outcome of article.outcomes) {
    const part = OUTCOME_PART[outcome.modality];
    counts.set(part, (counts.get(part) ?? 0) + 1);
  }
  parts.push(
    ...[...counts]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 2)
      .map(([part]) => part),
  );
  // Who is quoted, when they are people the article names; else that it quotes.
  const people = new Set(article.people.map((p) => p.name));
  const speakers = [...new Set(article.quotes.map((q) => q.speaker))];
  const named = speakers.filter((s) => people.has(s));
  if (named.length > 0)
    parts.push(`what ${joinList(named.length > 2 ? [...named.slice(0, 2), 'others'] : named)} said`);
  else if (speakers.length > 0) parts.push('what was said');
  if (article.figures.length > 0) parts.push('the figures it gives');
  if (article.timeline.length > 0) parts.push('the background');
  return [...new Set(parts)];
}

/** "It covers the rescue of the trapped climbers in Dunmore on ...: who took part, what was announced, ...". */
export function describeCoverage(article: Article): string {
  const event = mainEvent(article);
  const place = article.places.find((p) => p.id === event.place)?.name;
  const what = [eventLabel(article)];
  if (place && !what[0]!.includes(place)) what.push(`in ${place}`);
  // A name holding its date ("... vote of May 3, 2031") is not dated twice.
  const year = event.date.value?.slice(0, 4);
  if (!year || !what[0]!.includes(year)) what.push(datePhrase(event.date));
  const parts = coverageParts(article);
  return `It covers ${what.join(' ')}${parts.length > 0 ? `: ${joinList(parts)}` : ''}.`;
}
