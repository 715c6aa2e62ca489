import { words } from '../lexicon/index.ts';
import { lookupDemonym, lookupDemonymNoun, lookupPlace } from './gazetteer.ts';
import { orgSpan, shortFormOwner } from './organizations.ts';
import type { PlaceIndex } from './places.ts';
import type { Run } from './runs.ts';
import { subRun } from './runs.ts';
import { editDistance, evidenceOf, fold, slug, uniqueKey } from './text-utils.ts';
import { expandTitle, HONORIFIC_BEFORE, isTitleWord, TITLE_RE, TITLE_WORDS } from './title-words.ts';
import type { ExtractionInput, Mention, OrganizationFact, PersonFact, Warnings } from './types.ts';

/**
 * People: a run of name words with a cue that it is a person: a title before it ("chief executive Daniel
 * Okafor", "U.S. District Judge Margaret Ellison"), an appositive ("Lena Marchetti, chief financial
 * officer of Cardinal,"; "Portugal's health minister, Inês Moura,"), a photo position, a speech verb next
 * to it, a "who" clause, or the surname used alone later. Surnames alone and other spellings ("Seo
 * Min-jeong", "Ines Moura", "Marcheti") are linked to the same person. A name with no cue is left out.
 */
const CONNECTORS = new Set(['of', 'for', 'and', 'de', 'the', 'on']);
const NAME_PARTICLES = new Set([
  'van',
  'von',
  'da',
  'do',
  'dos',
  'del',
  'der',
  'den',
  'bin',
  'al',
  'le',
  'la',
  'du',
  'de',
]);
const NOT_NAME = new Set(words.notNames);
const SPEECH = words.speechVerbs;
const SPEECH_AFTER = new RegExp(`^,?\\s(?:${SPEECH.join('|')})\\b`, 'i');
const SPEECH_BEFORE = new RegExp(`\\b(?:${SPEECH.join('|')}|according to)\\s$`, 'i');
const PHOTO =
  /^ \(((?:(second|third|fourth|fifth|far) from )?(left|right|center|centre)|far (left|right)|[LRC])\)/i;
const NAME_WORD =
  /^\p{Lu}[\p{Ll}\p{M}'’]*(?:-\p{L}[\p{Ll}\p{M}]*)*$|^\p{Lu}\.$|^(?:Mc|Mac|O’|O')\p{Lu}\p{Ll}+$/u;
const NOT_PERSON_WORD =
  /^(?:Cup|Cups|Trophy|League|Series|Games|Open|Final|Finals|Semifinal|Semifinals|Championship|Championships|Tournament|Marathon|Prix|Award|Prize|Act|Law|Bill|Treaty|Accord|Agreement|Plan|Program|Street|Avenue|Road|Bridge|River|Lake|Sea|Ocean|Mountain|Mount|Valley|Day|Week|Year|Night|Station|Airport|Project|Index|Report|Consultation|Summit|Talks|Forum|Conference|Festival|War|Party|Center|Centre|Stadium|Hall|Square|Park|Hospital|School|Market|Northeast|Southeast|Southside|Northside|Eastside|Westside|Side|Facebook|Twitter|Instagram|YouTube|Christmas|Easter|Ramadan|Olympics)$/;

export function extractPeople(
  input: ExtractionInput,
  runs: readonly Run[],
  orgs: readonly OrganizationFact[],
  places: PlaceIndex,
  warnings: Warnings,
): PersonFact[] {
  const people: PersonFact[] = [];
  const keys = new Set<string>();
  const leftovers: { run: Run; name: Run }[] = [];

  for (const run of runs) {
    if (
      run.sentence.kind === 'credit' ||
      run.sentence.kind === 'dateline' ||
      run.sentence.kind === 'headline'
    )
      continue;
    const name = namePart(run);
    if (!name) continue;
    if (name.words.length < 2) {
      leftovers.push({ run, name });
      continue;
    }
    if (isClaimed(name.text, orgs, places)) continue;
    const cue = personCue(input, run, name, runs);
    if (!cue.isPerson) {
      leftovers.push({ run, name });
      continue;
    }
    const mention: Mention = { sentence: run.sentence.id, text: name.text, start: name.start, end: name.end };
    const existing = findPerson(people, name.text);
    const person = existing ?? addPerson(people, name.text, keys);
    person.mentions.push(mention);
    if (!person.namesAsWritten.includes(name.text)) person.namesAsWritten.push(name.text);
    if (cue.title) {
      if (!person.title) person.title = cue.title;
      else if (person.title !== cue.title && !person.titleVariants.includes(cue.title)) {
        // Keep the fullest form as the title.
        if (cue.title.length > person.title.length) {
          person.titleVariants.push(person.title);
          person.title = cue.title;
        } else person.titleVariants.push(cue.title);
      }
    }
    for (const other of cue.otherTitles ?? [])
      if (other !== person.title && !person.titleVariants.includes(other)) person.titleVariants.push(other);
    if (cue.photo && !person.photoPosition) person.photoPosition = cue.photo;
  }

  // Surnames alone, titles with a surname ("Judge Ellison"), other spellings.
  for (const { name } of leftovers) {
    const person = findPerson(people, name.text) ?? surnameOwner(people, name.text);
    if (!person) continue;
    if (isClaimed(name.text, orgs, places) && name.words.length > 1) continue;
    person.mentions.push({ sentence: name.sentence.id, text: name.text, start: name.start, end: name.end });
    if (!person.namesAsWritten.includes(name.text)) person.namesAsWritten.push(name.text);
  }

  for (const person of people) {
    person.mentions.sort((a, b) => a.start - b.start);
    const written = writtenCountry(input, person);
    if (written) person.country = written;
    person.evidence = evidenceOf(person.mentions);
    const title = person.title;
    if (title) {
      const role = roleOf(expandTitle(title));
      if (role)
        person.role = role
          .replace(/^director general$/, 'director-general')
          .replace(/^deputy director general$/, 'deputy director-general');
      const org = orgs.find((o) =>
        [o.name, ...o.namesAsWritten, ...o.acronyms].some((n) => n.length > 1 && title.includes(n)),
      );
      if (org) person.organization = org.key;
      const demonym = title
        .split(/\s+/)
        .map((_, i, ws) => lookupDemonym(ws.slice(i, i + 2).join(' ')) ?? lookupDemonym(ws[i]!))
        .find(Boolean);
      const country = demonym?.code ?? org?.country;
      if (country) person.country = country;
    } else {
      warnings.add(`no title found for ${person.name}; described by the sentence that names them`);
    }
  }
  return people;
}

/** Words that end a role read out of a title: a preposition, an article or a possessive. */
const ROLE_STOP =
  /^(?:at|in|of|for|with|from|to|on|by|the|a|an|his|her|its|their|our|and|or|who|which|that|said|says)$/i;

/**
 * The role a title gives ("the head of rescue operations at the agency": "head of rescue operations";
 * "chief economist at Ubuntu Capital": "chief economist"; "the sporting director of Ambrosiana": "sporting
 * director"): the title word with the lowercase words written right before it and after it, up to a
 * preposition, an article, a name or punctuation; undefined when the title has no title word.
 */
function roleOf(title: string): string | undefined {
  const m = TITLE_RE.exec(title.toLowerCase());
  if (!m) return undefined;
  const plain = (w: string | undefined) =>
    w !== undefined && /^\p{Ll}[\p{Ll}-]*$/u.test(w) && !ROLE_STOP.test(w) && !lookupDemonym(w);
  const beforeWords = title.slice(0, m.index).split(' ').filter(Boolean);
  const before: string[] = [];
  while (before.length < 2 && title[m.index - 1] === ' ' && plain(beforeWords.at(-1 - before.length)))
    before.unshift(beforeWords.at(-1 - before.length)!);
  const afterText = title.slice(m.index + m[0].length);
  const after: string[] = [];
  if (/^ \S/.test(afterText) || /\bof$/.test(m[0]))
    for (const w of afterText.trim().split(' ')) {
      if (after.length >= 3 || !plain(w)) break;
      after.push(w);
    }
  const core = after.length === 0 ? m[0].replace(/ of$/, '') : m[0];
  return [...before, core, ...after].join(' ').toLowerCase();
}

/** The name words of a run: after its last title word ("U.S. District Judge | Margaret Ellison"). */
/**
 * "Belgian Piet Vandaal of Ardent Pro Racing", "Mayor Ann Dale of Haldenby": a name of two or three words
 * (after any title or nationality) then "of" and a capitalised name of what the person belongs to or comes
 * from. Gives the person's part (title kept, nationality dropped) and the part after "of".
 */
export function memberSplit(run: Run): { person: Run; tail: Run } | undefined {
  const of = run.words.findIndex((w) => w.text === 'of');
  if (of < 2 || of === run.words.length - 1) return undefined;
  const tailWords = run.words.slice(of + 1);
  if (tailWords.length > 4 || !tailWords.every((w) => /^\p{Lu}/u.test(w.text))) return undefined;
  let from = 0;
  run.words.slice(0, of).forEach((w, i) => {
    if (TITLE_WORDS.has(w.text.toLowerCase()) || (i === from && lookupDemonym(w.text))) from = i + 1;
  });
  const ws = run.words.slice(from, of);
  if (ws.length < 2 || ws.length > 3) return undefined;
  if (!ws.every((w) => NAME_WORD.test(w.text) && !NOT_NAME.has(w.text) && !NOT_PERSON_WORD.test(w.text)))
    return undefined;
  if (ws.some((w) => lookupPlace(w.text) || lookupDemonym(w.text))) return undefined;
  const titled = run.words.slice(0, from).some((w) => TITLE_WORDS.has(w.text.toLowerCase()));
  return {
    person: subRun(run, titled ? 0 : from, of - 1),
    tail: subRun(run, of + 1, run.words.length - 1),
  };
}

/** "Frenchman", "Dutchwoman": a nationality as a noun before a name is no part of it. */
const isDemonymNoun = (word: string) => lookupDemonymNoun(word) !== undefined;

function namePart(whole: Run): Run | undefined {
  // "Rosa Vidal of Andes Capital Partners": the name ends before the organization and its connector.
  let run = whole;
  const member = orgSpan(whole) ? undefined : memberSplit(whole);
  if (member) run = member.person;
  const org = orgSpan(whole);
  if (org && org.start > whole.start) {
    let k = whole.words.findIndex((w) => w.start === org.start) - 1;
    while (k >= 0 && CONNECTORS.has(whole.words[k]!.text)) k--;
    if (k < 0) return undefined;
    run = subRun(whole, 0, k);
  }
  // "Vera Sokol of Poland": a place after "of" is where the person is from, not part of a title.
  const of = run.words.findIndex((w, i) => i > 0 && w.text === 'of');
  if (of > 0) {
    const rest = run.words.slice(of + 1).filter((w, i) => !(i === 0 && w.text === 'the'));
    if (rest.length > 0 && lookupPlace(rest.map((w) => w.text).join(' '))) run = subRun(run, 0, of - 1);
  }
  let from = 0;
  // Everything up to the end of an organization in the run ("Reserve Bank | Governor ...") is no name.
  const orgEnd = orgSpan(run)?.end;
  run.words.forEach((w, i) => {
    if (
      TITLE_WORDS.has(w.text.toLowerCase()) ||
      CONNECTORS.has(w.text) ||
      (i === 0 && isDemonymNoun(w.text)) ||
      (orgEnd !== undefined && w.end <= orgEnd)
    )
      from = i + 1;
  });
  if (from >= run.words.length) return undefined;
  const name = subRun(run, from, run.words.length - 1);
  if (name.words.length > 4) return undefined;
  // "Jan van Dijk", "Ines da Silva": a lowercase particle inside a name is part of it.
  const inner = (i: number) => i > 0 && i < name.words.length - 1;
  if (
    !name.words.every(
      (w, i) => (NAME_WORD.test(w.text) && !NOT_NAME.has(w.text)) || (inner(i) && NAME_PARTICLES.has(w.text)),
    )
  )
    return undefined;
  // A single word ("Kim") is kept: it only counts as the surname of a person named in full elsewhere.
  // "Dr. Helen Park", "Ms. Ann Field": after an honorific a venue word ends a person's name.
  const honorific = HONORIFIC_BEFORE.test(whole.sentence.text.slice(0, name.start - whole.sentence.start));
  if (name.words.length > 1 && !honorific && NOT_PERSON_WORD.test(name.words.at(-1)!.text)) return undefined;
  if (lookupPlace(name.text) || lookupDemonym(name.text)) return undefined;
  // "Philippine Red Cross", "the Civic Union": a name opening with a nationality, or written after "the"
  // with nothing between, names an institution, not a person.
  if (name.words.length > 1 && lookupDemonym(name.words[0]!.text)) return undefined;
  if (/(?:^|\s)the $/i.test(whole.sentence.text.slice(0, name.start - whole.sentence.start)))
    return undefined;
  // "Ana Soler, a Social Democrat, said": after "a" a capitalised phrase describes, it names no one.
  if (/(?:^|\s)an? $/i.test(whole.sentence.text.slice(0, whole.start - whole.sentence.start)))
    return undefined;
  return name;
}

function isClaimed(name: string, orgs: readonly OrganizationFact[], places: PlaceIndex): boolean {
  const f = fold(name);
  return (
    places.names.has(f) ||
    orgs.some((o) => fold(o.name) === f || o.namesAsWritten.some((n) => fold(n) === f)) ||
    shortFormOwner(name, orgs) !== undefined
  );
}

interface Cue {
  isPerson: boolean;
  title?: string;
  otherTitles?: string[];
  photo?: PersonFact['photoPosition'];
}

function personCue(input: ExtractionInput, run: Run, name: Run, runs: readonly Run[]): Cue {
  const text = input.doc.text;
  const sentenceStart = run.sentence.start;
  const before = text.slice(sentenceStart, name.start);
  const after = text.slice(name.end, run.sentence.end);
  const cue: Cue = { isPerson: false };

  // Both a title before the name and an appositive after it: the fuller one is the title.
  const titles = [titleBefore(before), appositiveAfter(after), appositiveBefore(before)].filter(
    (t): t is string => t !== undefined,
  );
  if (titles.length > 0) {
    const [fullest, ...others] = [...titles].sort((a, b) => b.length - a.length);
    cue.title = fullest!;
    cue.otherTitles = others;
    cue.isPerson = true;
  }
  const photo = PHOTO.exec(after);
  if (photo) {
    cue.photo = photoPosition(photo[1]!);
    cue.isPerson = true;
  }
  if (
    SPEECH_AFTER.test(after) ||
    SPEECH_BEFORE.test(before) ||
    /^, (?:who|whose|\d{1,3},)/.test(after) ||
    /^ \(\d{1,3}\)/.test(after)
  )
    cue.isPerson = true;
  if (!cue.isPerson) {
    // The surname (or the family name first, in East Asian order) used alone elsewhere.
    // The family name comes first only in East Asian names with a hyphenated given name ("Seo Min-jung").
    const last = fold(name.words.at(-1)!.text);
    const first = name.words.slice(1).some((w) => w.text.includes('-')) ? fold(name.words[0]!.text) : last;
    cue.isPerson = runs.some(
      (other) =>
        other !== run &&
        other.words.length === 1 &&
        [first, last].includes(fold(other.words[0]!.text)) &&
        !lookupPlace(other.text) &&
        !/(?:^|\s)(?:in|at|near|from|to)\s$/.test(
          other.sentence.text.slice(0, other.start - other.sentence.start),
        ),
    );
  }
  return cue;
}

/** "chief executive ", "U.S. District Judge ", "Director General for Asian and Pacific Affairs ". */
function titleBefore(before: string): string | undefined {
  const tokens = before.split(/(?<=\s)/);
  let i = tokens.length;
  let start = before.length;
  let modifiers = false;
  while (i > 0) {
    const token = tokens[i - 1]!;
    const word = token.trim();
    if (word === '' || /[,;:"“”()]$/.test(word) || /^["“(]/.test(word)) break;
    const lower = word.toLowerCase();
    const capital = /^\p{Lu}/u.test(word);
    if (CONNECTORS.has(lower)) {
      // "for Asian and Pacific Affairs": a connector joins title words, never a name to a title.
      const left = tokens[i - 2]?.trim();
      if (modifiers || left === undefined || !isTitleWord(left)) break;
    } else if (isTitleWord(word) && !modifiers) {
      // a title word
    } else if (capital && !NOT_NAME.has(word)) {
      modifiers = true; // "Eko defender", "South Korean President", "Bernstein analyst"
    } else break;
    start -= token.length;
    i--;
  }
  let title = before.slice(start).trim();
  title = title.replace(/^(?:(?:of|for|and|the|on|de)\s+)+/i, '');
  if (title === '' || !TITLE_RE.test(expandTitle(title).toLowerCase())) return undefined;
  const lastWord = title.split(/\s+/).at(-1)!;
  if (!isTitleWord(lastWord)) return undefined;
  return title;
}

/** ", chief financial officer of Cardinal," after the name (past a photo position). */
function appositiveAfter(after: string): string | undefined {
  const m =
    /^(?: \([^)]{1,30}\))?, ((?!who\b|which\b|whose\b)[^,;:"“”]{3,120}?)(?=,|;| said\b| told\b| --| —|$)/.exec(
      after,
    );
  if (!m) return undefined;
  const phrase = m[1]!.trim().replace(/^(?:a|an|the)\s+/i, (d) => d);
  return TITLE_RE.test(phrase.toLowerCase()) && !/^\d/.test(phrase) ? phrase : undefined;
}

/** "Portugal's health minister, " before the name. */
function appositiveBefore(before: string): string | undefined {
  const m = /(?:^|[\s(“"])((?:[\p{L}'’.-]+ ){0,4}[\p{L}'’.-]+), $/u.exec(before);
  if (!m) return undefined;
  const phrase = m[1]!.replace(/^(?:(?:the|a|an|and|but|as|when|after|with|by)\s+)+/i, '');
  const lastWord = phrase.split(/\s+/).at(-1)!.toLowerCase();
  return TITLE_RE.test(phrase.toLowerCase()) && TITLE_WORDS.has(lastWord) ? phrase : undefined;
}

function photoPosition(asWritten: string): PersonFact['photoPosition'] {
  const lower = asWritten.toLowerCase();
  const side = /^(?:c|center|centre)$/.test(lower) ? 'center' : /left|^l$/.test(lower) ? 'left' : 'right';
  const ordinal = /^(second|third|fourth|fifth)/.exec(lower)?.[1];
  const fromSide = ordinal ? { second: 2, third: 3, fourth: 4, fifth: 5 }[ordinal as 'second'] : 1;
  return { asWritten: `(${asWritten})`, side, fromSide };
}

function findPerson(people: readonly PersonFact[], name: string): PersonFact | undefined {
  const f = fold(name);
  const exact = people.find((p) => p.namesAsWritten.some((n) => fold(n) === f));
  if (exact) return exact;
  const ws = f.split(' ');
  if (ws.length < 2) return undefined;
  // Another spelling: the first or last word in common, the rest a letter or two apart ("Ji-hoon"/"Jihoon").
  const compact = (t: string) => t.replace(/[\s'-]/g, '');
  return people.find((p) => {
    const pw = fold(p.name).split(' ');
    const shared = pw[0] === ws[0] || pw.at(-1) === ws.at(-1);
    return shared && editDistance(compact(fold(p.name)), compact(f)) <= 2;
  });
}

function surnameOwner(people: readonly PersonFact[], name: string): PersonFact | undefined {
  const f = fold(name);
  if (f.includes(' ')) return undefined;
  const exact = people.filter((p) => {
    const ws = fold(p.name).split(' ');
    return ws.at(-1) === f || ws[0] === f;
  });
  if (exact.length === 1) return exact[0];
  if (exact.length > 1 || f.length < 5) return undefined;
  const close = people.filter((p) => editDistance(fold(p.name).split(' ').at(-1)!, f) === 1);
  return close.length === 1 ? close[0] : undefined;
}

/**
 * A country written with the name: "Norway's Ida Lund", "Ida Lund (left) of Norway". One country for
 * every such mention, else none (a person written with two countries is unsure).
 */
function writtenCountry(input: ExtractionInput, person: PersonFact): string | undefined {
  const text = input.doc.text;
  const found = new Set<string>();
  for (const m of person.mentions) {
    const sentence = input.sentences.find((s) => s.id === m.sentence);
    if (!sentence) continue;
    const before = /((?:\p{Lu}[\p{L}.]*\s){0,3}\p{Lu}[\p{L}.]*)['’]s $/u.exec(
      text.slice(sentence.start, m.start),
    );
    const after = /^(?: \([^)]{1,30}\))? of (?:the )?((?:\p{Lu}\p{L}*\s){0,3}\p{Lu}\p{L}*)/u.exec(
      text.slice(m.end, sentence.end),
    );
    // "Belgian Jens Vermeulen", "Frenchman Lucas Moreau": a nationality right before the name.
    const nationality = /(?:^|\s)(\p{Lu}\p{Ll}+) $/u.exec(text.slice(sentence.start, m.start))?.[1];
    const demonym = nationality ? (lookupDemonym(nationality) ?? lookupDemonymNoun(nationality)) : undefined;
    if (demonym) found.add(demonym.code);
    for (const written of [before?.[1], after?.[1]]) {
      if (!written) continue;
      // The longest tail of the words that is a country ("in South Korea's" -> South Korea).
      const ws = written.split(/\s+/);
      const hit = ws
        .map((_, i) => lookupPlace(ws.slice(i).join(' ')))
        .find((h) => h?.kind === 'country' && h.country);
      if (hit?.country) found.add(hit.country);
    }
  }
  return found.size === 1 ? [...found][0] : undefined;
}

/** A person first met under this name, with a key no other fact has, added to the list. */
export function addPerson(people: PersonFact[], name: string, keys: Set<string>): PersonFact {
  const created: PersonFact = {
    key: uniqueKey(slug(name), keys),
    name,
    namesAsWritten: [name],
    titleVariants: [],
    mentions: [],
    evidence: { sentences: [], quotes: [] },
  };
  people.push(created);
  return created;
}
