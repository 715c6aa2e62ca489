import { words } from '../lexicon/index.ts';
import type { AnalyzedSentence, FoundDate } from '../nlp/types.ts';
import { participantsIn, qualifiedNoun, TRIGGER_RE, TRIGGERS } from './events.ts';
import type { Run } from './runs.ts';
import { escapeRegExp, slug } from './text-utils.ts';
import { insideQuote } from './timeline.ts';
import type { EventFact, ExtractionInput, OrganizationFact, PersonFact, PlaceFact } from './types.ts';

/**
 * The story's other events: a body sentence outside the main event's evidence that holds an event trigger
 * ("the flood", "closed", "was sentenced") and a calendar date ("in May 2024", "last March", "next year")
 * tells one, of the trigger's kind, dated as written (precision kept), placed where the sentence says ("in",
 * "at", "near" a place), its participants the people and organizations the sentence names, resting on that
 * sentence. Left out when unsure: a trigger inside a quotation, under a hedge ("could", "might", "if") or a
 * negation ("did not", "never"); the main event's own trigger word again; a second sentence with the same
 * trigger word (the first one tells it).
 */
// "may" in lower case only: "in May 2021" is a date.
const HEDGE = /\b(?:[Cc]ould|[Mm]ight|may|[Ww]ould|[Ss]hould|[Ii]f|[Uu]nless|[Ww]hether)\b/;
const NEGATION = /\b(?:not|never|no|without|failed)\b|n[’']t\b/i;

export function extractSecondaryEvents(
  input: ExtractionInput,
  runs: readonly Run[],
  main: EventFact,
  people: readonly PersonFact[],
  orgs: readonly OrganizationFact[],
  places: readonly PlaceFact[],
): EventFact[] {
  const body = input.sentences.filter((s) => s.kind === 'body');
  const lead = body[0];
  // The main event's words and their head nouns ("the Harbour Shield final": final), told again elsewhere.
  const mainWords = new Set(
    [main.name, ...main.nouns, ...main.evidence.quotes]
      .map((w) => w.toLowerCase().replace(/^the /, ''))
      .flatMap((w) => [w, w.split(' ').at(-1)!]),
  );
  const seen = new Set<string>();
  const events: EventFact[] = [];
  for (const sentence of body) {
    if (sentence === lead || main.evidence.sentences.includes(sentence.id)) continue;
    const trigger = triggerIn(sentence);
    if (!trigger) continue;
    const word = trigger.text.toLowerCase();
    const verbNoun = words.triggerNouns[word];
    // "opened an internal inquiry": the thing begun is the event (of no kind the lexicon tells).
    const object = ['other', 'opening'].includes(trigger.kind)
      ? objectAfter(sentence, trigger.end)
      : undefined;
    const told = object ? object.toLowerCase() : word;
    if (!object && (mainWords.has(word) || (verbNoun && mainWords.has(verbNoun)))) continue;
    if (mainWords.has(told) || seen.has(told)) continue;
    // The date of its clause, or the one that opens the sentence ("In March 2023, the company ...").
    const dates = sentence.dates.filter(
      (d) =>
        d.value.precision !== 'duration' &&
        d.value.value !== undefined &&
        !insideQuote(sentence.text, d.start - sentence.start) &&
        (d.start === sentence.start ||
          (/^(?:in|on|at|by|since|last|early|late) /i.test(sentence.text) && d.start - sentence.start <= 8) ||
          !/[,;:]\s/.test(
            input.doc.text.slice(Math.min(d.end, trigger.end), Math.max(d.start, trigger.start)),
          )),
    );
    if (dates.length === 0) continue;
    seen.add(told);
    const date = nearest(dates, trigger);
    const verb =
      /ed$/.test(word) ||
      sentence.tokens.some((t) => t.start === trigger.start && (t.pos === 'VERB' || t.pos === 'AUX'));
    // "the Harbour Shield final", "a gas explosion", else "the flood"; a verb is its noun ("closure").
    const runBefore = runs.find(
      (r) => r.sentence === sentence && r.end + 1 === trigger.start && !r.possessive,
    );
    const nounName = runBefore
      ? input.doc.text.slice(runBefore.start, trigger.end)
      : (qualifiedNoun(sentence, trigger.start, trigger.end) ?? trigger.text);
    // A verb's noun ("closed": closure) after the name acting just before it ("Acme Motors recalled").
    const subject = runs
      .filter((r) => r.sentence === sentence && r.end < trigger.start && !r.possessive)
      .filter((r) => /^\s*$/.test(input.doc.text.slice(r.end, trigger.start)))
      .at(-1);
    const noun = verbNoun ?? words.eventKindNouns[trigger.kind] ?? trigger.text;
    const name = object
      ? object
      : verb
        ? subject
          ? `${subject.text.replace(/^the /i, '')} ${noun}`
          : noun
        : nounName;
    const place = placeOf(sentence, trigger, places);
    const participants = participantsIn(new Set([sentence.id]), people, orgs);
    events.push({
      key: `ev-${slug(name, 40)}`,
      kind: object ? 'other' : trigger.kind,
      name: name.charAt(0).toUpperCase() + name.slice(1),
      nouns: object
        ? [object]
        : verb
          ? [trigger.text]
          : [
              nounName === trigger.text &&
              sentence.text.toLowerCase().includes(`the ${trigger.text.toLowerCase()}`)
                ? `the ${trigger.text}`
                : nounName,
            ],
      date: date.value,
      ...(place ? { place: place.key } : {}),
      participants,
      evidence: { sentences: [sentence.id], quotes: [sentence.text] },
    });
  }
  return events;
}

/** The first trigger of the sentence said outright: not quoted, hedged or negated before it. */
function triggerIn(
  sentence: AnalyzedSentence,
): { kind: string; text: string; start: number; end: number } | undefined {
  for (const m of sentence.text.matchAll(TRIGGER_RE)) {
    const entry = TRIGGERS.find((t) => t.phrase.toLowerCase() === m[0].toLowerCase());
    if (!entry || entry.phrase.includes(' ')) continue;
    if (insideQuote(sentence.text, m.index)) continue;
    // "agreed to return", "failed to beat": an aim, not an event.
    if (/\bto $/i.test(sentence.text.slice(0, m.index))) continue;
    // The clause before the trigger ("officials said it could flood", "the bridge did not close").
    const clause =
      sentence.text
        .slice(0, m.index)
        .split(/[,;:]\s/)
        .at(-1) ?? '';
    // "a referendum could be held": a hedge anywhere in the trigger's clause.
    const rest = sentence.text.slice(m.index).split(/[,;:]\s/)[0] ?? '';
    if (HEDGE.test(clause) || HEDGE.test(rest) || NEGATION.test(clause)) continue;
    const start = sentence.start + m.index;
    return { kind: entry.kind, text: m[0], start, end: start + m[0].length };
  }
  return undefined;
}

/** The date closest to the trigger ("built in 1950, was closed in June 2010": June 2010). */
function nearest(dates: readonly FoundDate[], trigger: { start: number; end: number }): FoundDate {
  const gap = (d: FoundDate) => (d.start >= trigger.end ? d.start - trigger.end : trigger.start - d.end);
  return [...dates].sort((a, b) => gap(a) - gap(b))[0]!;
}

/**
 * A place the trigger's clause puts it in ("A flood in May 2021 swept homes in Eastvale"), not one of a
 * clause beyond a comma or a linking word ("... after farmers in Westmoor had warned"); else none.
 */
function placeOf(
  sentence: AnalyzedSentence,
  trigger: { start: number; end: number },
  places: readonly PlaceFact[],
): PlaceFact | undefined {
  const at = trigger.start - sentence.start;
  return places.find(
    (p) =>
      p.kind !== 'venue' &&
      [p.name, ...p.namesAsWritten].some((n) => {
        for (const m of sentence.text.matchAll(
          new RegExp(`\\b(?:in|at|near|on|along) (?:the )?${escapeRegExp(n)}\\b`, 'g'),
        )) {
          const between = m.index >= at ? sentence.text.slice(at, m.index) : sentence.text.slice(m.index, at);
          if (
            !/[,;:]\s|\b(?:after|when|while|because|as|before|since|where|who|which|that|and)\b/i.test(
              between,
            )
          )
            return true;
        }
        return false;
      }),
  );
}

/** "an internal inquiry" right after a verb: up to three words ending in a noun, without the article. */
function objectAfter(sentence: AnalyzedSentence, end: number): string | undefined {
  const tokens = sentence.tokens.filter((t) => t.start > end);
  if (!/^an?$/i.test(tokens[0]?.text ?? '')) return undefined;
  let last = -1;
  for (let i = 1; i <= 3 && i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!['ADJ', 'NOUN'].includes(t.pos) || !/^\p{Ll}[\p{Ll}-]*$/u.test(t.text)) break;
    if (t.pos === 'NOUN') last = i;
  }
  if (last < 1) return undefined;
  return sentence.text.slice(tokens[1]!.start - sentence.start, tokens[last]!.end - sentence.start);
}
