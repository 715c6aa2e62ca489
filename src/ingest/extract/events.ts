import { words } from '../lexicon/index.ts';
import type { AnalyzedSentence } from '../nlp/types.ts';
import { assignRelationRoles } from './relations.ts';
import type { Run } from './runs.ts';
import { phraseRegExp, slug } from './text-utils.ts';
import type {
  EventFact,
  ExtractionInput,
  OrganizationFact,
  PersonFact,
  PlaceFact,
  Warnings,
} from './types.ts';

/**
 * The story's main event, from the lead: its kind from the first trigger word the lead uses ("beat" a
 * match, "ordered" a ruling, "launched" a launch, "earthquake" a disaster), its name (a capitalised name
 * before the trigger noun, "the Challenge Cup final", else the trigger as written), the lead's date and
 * place (else the dateline's), and the people and organizations the lead names as participants.
 */
export const TRIGGERS = Object.entries(words.eventTriggers).flatMap(([kind, phrases]) =>
  phrases.map((phrase) => ({ kind, phrase })),
);
export const TRIGGER_RE = new RegExp(phraseRegExp(TRIGGERS.map((t) => t.phrase)).source, 'giu');

export function extractMainEvent(
  input: ExtractionInput,
  runs: readonly Run[],
  people: readonly PersonFact[],
  orgs: readonly OrganizationFact[],
  places: readonly PlaceFact[],
  warnings: Warnings,
): EventFact {
  const body = input.sentences.filter((s) => s.kind === 'body');
  const lead = body[0]!;
  const second = body[1];
  const trigger = firstTrigger(lead) ?? (second ? firstTrigger(second) : undefined);
  const kind = trigger?.kind ?? 'other';
  if (!trigger)
    warnings.add('the kind of the main event is unclear (no trigger word in the lead); kept as "other"');
  const triggerSentence = trigger?.sentence ?? lead;

  // A name: the capitalised run right before the trigger noun ("Challenge Cup final"), else the trigger.
  let name = trigger ? trigger.text : 'Main event';
  const nouns: string[] = [];
  const verbTrigger =
    trigger !== undefined &&
    (/ed$/.test(trigger.text) ||
      triggerSentence.tokens.some((t) => t.start === trigger.start && (t.pos === 'VERB' || t.pos === 'AUX')));
  if (trigger && !verbTrigger) {
    const runBefore = runs.find(
      (r) => r.sentence === triggerSentence && r.end + 1 === trigger.start && !r.possessive,
    );
    // "A ransomware attack", "in a large international study": the noun with the words that qualify it.
    const phrase = runBefore ? undefined : qualifiedNoun(triggerSentence, trigger.start, trigger.end);
    if (runBefore) name = input.doc.text.slice(runBefore.start, trigger.end);
    if (phrase) nouns.push(phrase);
    nouns.push(trigger.text.toLowerCase() === trigger.text ? `the ${trigger.text}` : trigger.text);
  }
  // The article's nouns for an event of this kind ("the ruling", "the final"), wherever it uses them.
  const nounSentences: string[] = [];
  // "the late-stage trial" for a study: the other nouns for an event of this kind too.
  const kindPhrases = [
    ...TRIGGERS.filter((t) => t.kind === kind).map((t) => t.phrase),
    ...(words.eventKindOtherNouns[kind] ?? []),
  ];
  for (const phrase of kindPhrases) {
    if (/ed$/.test(phrase) || phrase.includes(' ')) continue;
    const pattern = new RegExp(`\\bthe (?:\\p{Lu}[\\p{L}\\d-]* ){0,4}${phrase}\\b`, 'iu');
    for (const s of input.sentences) {
      const found = s.kind === 'body' ? pattern.exec(s.text) : null;
      if (!found) continue;
      // A noun already known ("the study", from the lead's "a large international study") is cited here too.
      if (!nouns.some((n) => n.toLowerCase() === found[0].toLowerCase())) nouns.push(found[0]);
      nounSentences.push(s.id);
      break;
    }
  }
  if (verbTrigger && nouns.length > 0) name = nouns[0]!.replace(/^the /i, '');
  else if (verbTrigger && trigger) {
    // "The South African Reserve Bank cut its ...": the subject and the noun for the kind ("... decision").
    const subject = runs
      .filter((r) => r.sentence === triggerSentence && r.end < trigger.start && !r.possessive)
      .filter((r) => /^\s*$/.test(input.doc.text.slice(r.end, trigger.start)))
      .at(-1);
    // "Japan and Vietnam met": both names are the subject.
    const partner = subject
      ? runs.find(
          (r) => r.sentence === triggerSentence && input.doc.text.slice(r.end, subject.start) === ' and ',
        )
      : undefined;
    const subjectText = subject
      ? input.doc.text.slice((partner ?? subject).start, subject.end).replace(/^the /i, '')
      : undefined;
    const noun = words.triggerNouns[trigger.text.toLowerCase()] ?? words.eventKindNouns[kind];
    if (noun) name = subjectText ? `${subjectText} ${noun}` : noun;
  }
  const nounsInText = nouns.filter((n) =>
    [triggerSentence, ...input.sentences.filter((s) => nounSentences.includes(s.id))].some((s) =>
      s.text.toLowerCase().includes(n.toLowerCase()),
    ),
  );
  // "The 12th Security Policy Consultation, held in Seoul, was attended by ...": a capitalised name ending
  // in a noun for this kind of event, in the lead or the sentence after it, names the event.
  const kindNouns = new Set(
    TRIGGERS.filter((t) => t.kind === kind && !/ed$/.test(t.phrase) && !t.phrase.includes(' ')).map((t) =>
      t.phrase.toLowerCase(),
    ),
  );
  const named = runs.find(
    (r) =>
      (r.sentence === lead || r.sentence === second) &&
      r.words.length >= 2 &&
      kindNouns.has(r.words.at(-1)!.text.toLowerCase()) &&
      !r.possessive,
  );
  if (named && (name === trigger?.text || name === words.eventKindNouns[kind] || !/\p{Lu}/u.test(name)))
    name = named.text;
  // A bare noun ("Opening", "Resignation") is a thin name: the lead's subject before it ("Harlow Street
  // Bridge opening"), when the lead opens with a name.
  if (trigger && !named && !/\s|\p{Lu}/u.test(name.slice(1))) {
    const subject = runs.find(
      (r) =>
        r.sentence === lead &&
        r.end <= (trigger.sentence === lead ? trigger.start : lead.end) &&
        !r.possessive &&
        actsAfter(lead, r.end) &&
        // "the new Harlow Street Bridge", "Swedish carmaker Nordvik": a descriptor before the name.
        /^(?:the |a |an )?(?:new |former |\p{Ll}+-\p{Ll}+ )?$|^\p{Lu}\p{Ll}+ \p{Ll}{3,} $/iu.test(
          lead.text.slice(0, r.start - lead.start).replace(/^.*(?:--|—|–| - )\s*/, ''),
        ),
    );
    if (subject) name = `${subject.text} ${name.toLowerCase()}`;
  }
  const date =
    lead.dates.find((d) => d.value.precision === 'day') ??
    lead.dates.find((d) => d.value.precision !== 'duration');
  const leadIds = new Set([
    lead.id,
    ...(trigger?.sentence ? [trigger.sentence.id] : []),
    ...(named ? [named.sentence.id] : []),
  ]);
  const placeInLead = places.find(
    (p) => p.kind !== 'venue' && p.evidence.sentences.some((id) => leadIds.has(id)),
  );
  const inDateline = places.filter((p) =>
    p.evidence.sentences.some((id) => input.sentences.find((s) => s.id === id)?.kind === 'dateline'),
  );
  const datelinePlace = inDateline.find((p) => p.kind === 'city') ?? inDateline[0];
  // Where the lead says it happened ("in the province of Davao Oriental": a town, city or province after a
  // place preposition), else where the story was filed (the dateline).
  // "held in Seoul", "took place in Lima" in the sentences that tell the event.
  const heldIn = places.find((p) =>
    input.sentences.some(
      (s) =>
        leadIds.has(s.id) &&
        p.namesAsWritten.some((n) =>
          new RegExp(
            `\\b(?:held|hosted|took place|staged|convened) (?:in|at) (?:the )?${n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`,
          ).test(s.text),
        ),
    ),
  );
  const happenedIn =
    heldIn ??
    places.find(
      (p) =>
        ['city', 'province', 'district', 'state'].includes(p.kind) &&
        input.sentences.some(
          (s) =>
            leadIds.has(s.id) &&
            p.namesAsWritten.some((n) =>
              new RegExp(`\\b(?:in|at|near|of) (?:the )?${n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`).test(
                s.text,
              ),
            ),
        ),
    );
  const place = happenedIn ?? datelinePlace ?? placeInLead;
  // "earthquake" alone is a thin name: the lead's place before it ("Davao Oriental earthquake").
  if (trigger && !verbTrigger && name === trigger.text && happenedIn)
    name = `${happenedIn.name} ${trigger.text.toLowerCase()}`;
  // Elsewhere the noun as qualified ("Ransomware attack"), when the lead qualifies it.
  else if (trigger && !verbTrigger && name === trigger.text && nouns[0] && nouns[0] !== `the ${trigger.text}`)
    name = nouns[0];
  const participants = participantsIn(leadIds, people, orgs);
  assignRelationRoles(input, participants, people, orgs, leadIds);
  const evidenceSentences = [...new Set([lead.id, triggerSentence.id, ...nounSentences])];
  return {
    key: slug(`${name}`) === 'x' ? 'main-event' : slug(name, 50),
    kind,
    name: name.charAt(0).toUpperCase() + name.slice(1),
    nouns: nounsInText,
    ...(date ? { date: date.value } : {}),
    ...(place ? { place: place.key } : {}),
    participants,
    evidence: {
      sentences: evidenceSentences,
      quotes: evidenceSentences.map((id) =>
        id === triggerSentence.id && trigger ? trigger.text : input.sentences.find((s) => s.id === id)!.text,
      ),
    },
  };
}

function firstTrigger(
  sentence: AnalyzedSentence,
): { kind: string; text: string; start: number; end: number; sentence: AnalyzedSentence } | undefined {
  let best:
    { kind: string; text: string; start: number; end: number; sentence: AnalyzedSentence } | undefined;
  for (const m of sentence.text.matchAll(TRIGGER_RE)) {
    const phrase = m[0].toLowerCase();
    const entry = TRIGGERS.find((t) => t.phrase.toLowerCase() === phrase);
    if (!entry) continue;
    const start = sentence.start + m.index;
    if (!best || start < best.start)
      best = { kind: entry.kind, text: m[0], start, end: start + m[0].length, sentence };
  }
  return best;
}

/**
 * The adjectives and nouns right before a trigger noun, with it ("ransomware attack", "large international
 * study"), as written; undefined when nothing qualifies it.
 */
export function qualifiedNoun(sentence: AnalyzedSentence, start: number, end: number): string | undefined {
  const tokens = sentence.tokens;
  const i = tokens.findIndex((t) => t.start === start);
  if (i < 0 || tokens[i]!.pos !== 'NOUN') return undefined;
  let first = i;
  while (
    first > 0 &&
    i - first < 3 &&
    ['ADJ', 'NOUN'].includes(tokens[first - 1]!.pos) &&
    /^\p{Ll}[\p{Ll}-]*$/u.test(tokens[first - 1]!.text) &&
    tokens[first - 1]!.end + 1 === tokens[first]!.start
  )
    first--;
  if (first === i) return undefined;
  return sentence.text.slice(tokens[first]!.start - sentence.start, end - sentence.start);
}

/** Whether the words after a name tell what it does ("Nordvik said", "the museum on Thursday returned"). */
function actsAfter(sentence: AnalyzedSentence, end: number): boolean {
  const next = sentence.tokens.find((t) => t.start >= end && t.text.trim() !== '');
  return next === undefined || ['VERB', 'AUX', 'ADP', 'PUNCT'].includes(next.pos);
}

/** The people and organizations (not the media) these sentences name, each cited where first named. */
export function participantsIn(
  ids: ReadonlySet<string>,
  people: readonly PersonFact[],
  orgs: readonly OrganizationFact[],
): EventFact['participants'] {
  const participants: EventFact['participants'] = [];
  for (const person of people) {
    const m = person.mentions.find((mention) => ids.has(mention.sentence));
    if (m)
      participants.push({
        role: roleWord(person.role) ?? 'participant',
        people: [person.key],
        evidence: { sentences: [m.sentence], quotes: [m.text] },
      });
  }
  for (const org of orgs) {
    if (org.kind === 'media') continue;
    const m = org.mentions.find((mention) => ids.has(mention.sentence));
    if (m)
      participants.push({
        role: org.kind === 'other' ? 'organization' : org.kind,
        people: [],
        organization: org.key,
        evidence: { sentences: [m.sentence], quotes: [m.text] },
      });
  }
  return participants;
}

function roleWord(role: string | undefined): string | undefined {
  if (!role) return undefined;
  const word = role
    .toLowerCase()
    .replace(/[^a-z -]/g, '')
    .trim();
  return /^[a-z]+(?:[ -][a-z]+)*$/.test(word) && word.length <= 40 ? word : undefined;
}
