import { words } from '../lexicon/index.ts';
import type { CountryEntry } from '../lexicon/index.ts';
import { lookupDemonym, lookupDemonymNoun, lookupPlace, lookupWorldCity } from './gazetteer.ts';
import { orgSpan, shortFormOwner } from './organizations.ts';
import type { Run } from './runs.ts';
import { subRun } from './runs.ts';
import { evidenceOf, fold, slug, uniqueKey } from './text-utils.ts';
import { HONORIFIC_BEFORE, isTitleWord } from './title-words.ts';
import type {
  CountryFact,
  ExtractionInput,
  Mention,
  OrganizationFact,
  PlaceFact,
  PlaceKind,
} from './types.ts';

/**
 * Places: the dateline's city and region, names in the gazetteer (capitals, cities, states, regions),
 * venues ("... National Stadium", "... Space Center"), names followed by a kind word ("Davao Oriental
 * province"), and "in/at <Name>" for a name nothing else claims (extractUnknownPlaces, after people).
 * Countries named in the text or by a demonym go to the countries list.
 */
const VENUE = new Set(words.venueSuffixes);
const NOT_PLACE_HEADS: ReadonlySet<string> = new Set(words.notPlaceHeads);
/** "Lake Cup", "Mount Olive Hospital": a name going on to a word for an event or a body is no place. */
const NOT_PLACE_LAST = /^(?:Hospital|School|University|College|Club|Church|Association|Society|Team)$/;
const KIND_WORDS = words.placeKinds;
/** A name in a list before a plural kind word ("Turkana, West Pokot and Isiolo counties"). */
const LISTED = String.raw`\p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+)?`;
const LOWER_KIND = new RegExp(
  `^(?:(?:, ${LISTED})*,? and ${LISTED})? (province|state|count(?:y|ies)|district|region|island|prefecture|cit(?:y|ies)|neighbo(?:u)?rhood|suburb|village|town)(s)?\\b`,
  'u',
);
/** "counties" -> "county". */
const singular = (kind: string) => kind.replace(/ies$/, 'y');
const KIND_OF =
  /\b(province|state|county|district|region|island|prefecture|city|town|village|municipality|neighbo(?:u)?rhood) of $/;

export interface PlaceIndex {
  readonly places: PlaceFact[];
  readonly countries: CountryFact[];
  /** Folded names and forms written -> place key (to keep them out of people). */
  readonly names: Map<string, string>;
}

export function extractPlaces(
  input: ExtractionInput,
  runs: readonly Run[],
  orgs: readonly OrganizationFact[],
): PlaceIndex {
  const places: PlaceFact[] = [];
  const countries = new Map<string, CountryFact & { mentions: Mention[] }>();
  const mentions = new Map<string, Mention[]>();
  const names = new Map<string, string>();
  const keys = new Set<string>();
  const add = (
    name: string,
    kind: PlaceKind,
    m: Mention,
    extra: { country?: string; within?: string } = {},
  ): PlaceFact => {
    const key0 = names.get(fold(name));
    const existing = key0 ? places.find((p) => p.key === key0) : undefined;
    if (existing) {
      mentions.get(existing.key)!.push(m);
      if (!existing.namesAsWritten.includes(m.text)) existing.namesAsWritten.push(m.text);
      return existing;
    }
    const place: PlaceFact = {
      key: uniqueKey(slug(name), keys),
      name,
      namesAsWritten: [m.text],
      kind,
      ...(extra.country ? { country: extra.country } : {}),
      ...(extra.within ? { within: extra.within } : {}),
      evidence: { sentences: [], quotes: [] },
    };
    places.push(place);
    mentions.set(place.key, [m]);
    names.set(fold(name), place.key);
    names.set(fold(m.text), place.key);
    return place;
  };
  const addCountry = (entry: CountryEntry, m: Mention) => {
    const existing = countries.get(entry.code);
    if (existing) {
      existing.mentions.push(m);
      if (!existing.namesAsWritten.includes(m.text)) existing.namesAsWritten.push(m.text);
      return;
    }
    countries.set(entry.code, {
      code: entry.code,
      name: entry.name,
      namesAsWritten: [m.text],
      demonym: entry.demonym,
      evidence: { sentences: [], quotes: [] },
      mentions: [m],
    });
  };

  // The dateline: "AUSTIN, Texas" is a city within a state; "MANILA, Philippines" a city in a country.
  const datelineSentence = input.sentences.find(
    (s) =>
      s.kind === 'dateline' && input.source.dateline?.place && s.text.includes(input.source.dateline.place),
  );
  if (datelineSentence && input.source.dateline?.place) {
    const parts = input.source.dateline.place.split(/,\s*/);
    let offset = datelineSentence.start + datelineSentence.text.indexOf(input.source.dateline.place);
    const located = parts.map((part) => {
      const m = { sentence: datelineSentence.id, text: part, start: offset, end: offset + part.length };
      offset += part.length + 2;
      return { part, m, hit: lookupPlace(titleCase(part)) ?? lookupPlace(part) };
    });
    const regionPart = located.slice(1).find((l) => l.hit && l.hit.kind !== 'country');
    const countryPart = located.slice(1).find((l) => l.hit?.kind === 'country');
    if (countryPart?.hit?.countryEntry) addCountry(countryPart.hit.countryEntry, countryPart.m);
    const region = regionPart?.hit
      ? add(regionPart.hit.name, regionPart.hit.kind, regionPart.m, {
          ...(regionPart.hit.country ? { country: regionPart.hit.country } : {}),
        })
      : undefined;
    const city = located[0]!;
    if (city.hit?.kind === 'country' && city.hit.countryEntry) addCountry(city.hit.countryEntry, city.m);
    else {
      const country = city.hit?.country ?? countryPart?.hit?.country ?? region?.country;
      add(city.hit?.name ?? titleCase(city.part), city.hit?.kind ?? 'city', city.m, {
        ...(country ? { country } : {}),
        ...(region ? { within: region.key } : {}),
      });
    }
  }

  // "the province of Davao Oriental", "the coastal town of Manay": the kind word before names the place.
  for (const run of runs) {
    if (run.sentence.kind !== 'body' && run.sentence.kind !== 'caption') continue;
    if (run.words.length > 4 || run.possessive || orgSpan(run) || lookupDemonym(run.text)) continue;
    const kindOf = KIND_OF.exec(run.sentence.text.slice(0, run.start - run.sentence.start))?.[1];
    if (!kindOf || lookupPlace(run.text)?.kind === 'country') continue;
    const m: Mention = { sentence: run.sentence.id, text: run.text, start: run.start, end: run.end };
    const hit = lookupPlace(run.text);
    add(
      hit?.name ?? run.text,
      hit?.kind ?? (KIND_WORDS[titleCase(kindOf)] as PlaceKind | undefined) ?? 'city',
      m,
      {
        ...(hit?.country ? { country: hit.country } : {}),
      },
    );
  }

  for (const run of [...runs, ...ofTails(runs)]) {
    if (run.sentence.kind === 'credit' || run.sentence.kind === 'dateline') continue;
    if (orgSpan(run) || namesOrganization(run.text, orgs) || shortFormOwner(run.text, orgs)) continue;
    const m: Mention = { sentence: run.sentence.id, text: run.text, start: run.start, end: run.end };
    const hit = lookupPlace(run.text);
    // "Asia and Pacific affairs", "Asian affairs": a portfolio in a title, not a place.
    if (
      /^(?: and \p{Lu}\p{L}+)? (?:affairs|policy|division|bureau|desk|department)\b/iu.test(
        input.doc.text.slice(run.end, run.end + 40),
      )
    )
      continue;
    if (hit?.kind === 'country' && hit.countryEntry) {
      addCountry(hit.countryEntry, m);
      continue;
    }
    if (hit) {
      add(hit.name, hit.kind, m, hit.country ? { country: hit.country } : {});
      continue;
    }
    const last = run.words.at(-1)!.text;
    if (
      run.words.length >= 2 &&
      !namedAsPerson(input.doc.text, run.start, run.end) &&
      (VENUE.has(last) ||
        VENUE.has(
          run.words
            .slice(-2)
            .map((w) => w.text)
            .join(' '),
        ))
    ) {
      add(run.text.replace(/^the /i, ''), 'venue', m);
      continue;
    }
    const kindWord = KIND_WORDS[last];
    if (run.words.length >= 2 && kindWord) {
      add(run.text, kindWord, m);
      continue;
    }
    // "Lake Misurina", "Cape Horn", "Bay of Bengal": a first word for a kind of place opens its name.
    const prefixKind = words.placePrefixes[run.words[0]!.text];
    if (
      prefixKind &&
      run.words.length >= 2 &&
      run.words.length <= 4 &&
      !NOT_PLACE_HEADS.has(last) &&
      !NOT_PLACE_LAST.test(last)
    ) {
      add(run.text, prefixKind, m);
      continue;
    }
    const after = LOWER_KIND.exec(input.doc.text.slice(run.end, run.end + 120));
    // "Davao Oriental province" after "the province of Davao Oriental": the same place.
    const listed = after !== null && (/^(?:,| and )/.test(after[0]) || after[1]!.endsWith('ies'));
    if (after && !listed && names.has(fold(run.text))) {
      const text = input.doc.text.slice(run.start, run.end + after[0].length);
      const place = places.find((p) => p.key === names.get(fold(run.text)));
      if (place) {
        add(place.name, place.kind, { ...m, text, end: run.end + after[0].length });
        continue;
      }
    }
    // "the Philippine province of ...": a nationality before a kind word is no place name.
    if (after && !lookupDemonym(run.text)) {
      const kindWord = singular(after[1]!).replace(/^neighbour/, 'neighbor');
      const kind = (
        /^(?:neighborhood|suburb)$/.test(kindWord)
          ? 'district'
          : /^(?:village|town)$/.test(kindWord)
            ? 'city'
            : (KIND_WORDS[titleCase(kindWord)] ?? 'region')
      ) as PlaceKind;
      // "the Northgate and Eastfield neighborhoods": each name is a place of that kind, named alone.
      if (listed || after[0].endsWith('s') || /^(?:neighborhood|suburb|village|town)$/.test(kindWord)) {
        add(run.text, kind, m);
        continue;
      }
      const text = input.doc.text.slice(run.start, run.end + after[0].length);
      add(`${run.text} ${kindWord}`, kind, { ...m, text, end: run.end + after[0].length });
      continue;
    }
    // A demonym alone names the country's side ("the Japanese") but is not a place.
    const demonymCountry = lookupDemonym(run.text);
    if (demonymCountry && countries.has(demonymCountry.code))
      countries.get(demonymCountry.code)!.mentions.push(m);
  }
  // Countries named only by their adjective ("South Korean President ...").
  for (const run of runs) {
    for (let n = Math.min(2, run.words.length); n >= 1; n--) {
      const part = run.words
        .slice(0, n)
        .map((w) => w.text)
        .join(' ');
      const entry = lookupDemonym(part) ?? (n === 1 ? lookupDemonymNoun(part) : undefined);
      if (entry) {
        const start = run.words[0]!.start;
        addCountry(entry, { sentence: run.sentence.id, text: part, start, end: start + part.length });
        break;
      }
    }
  }

  for (const place of places) {
    const ms = mentions.get(place.key)!.sort((a, b) => a.start - b.start);
    place.evidence = evidenceOf(ms);
  }
  const countryFacts = [...countries.values()].map(({ mentions: ms, ...c }) => ({
    ...c,
    evidence: evidenceOf(ms.sort((a, b) => a.start - b.start)),
  }));
  return { places, countries: countryFacts, names };
}

// "in X", "near X", "north of X", "20 kilometers from X", "off X", "towards X": words that place what follows.
const PLACE_PREPOSITION =
  /(?:^|\s)(?:in|at|near|outside|from|off|towards?|across|via|(?:(?:north|south)(?:-?(?:east|west))?|east|west|(?:just )?outside|(?:kilometers|kilometres|miles|km) (?:north|south|east|west)(?:-?(?:east|west))?) of|(?:kilometers|kilometres|miles|km) from)\s$/;

const DIRECTION = /^(?:North|South|East|West)(?:ern)?$|^Central$/;
const DIRECTION_REGION =
  /(?<![\p{L}-])((?:[Nn]orth|[Ss]outh)(?:-?(?:east|west))?ern|[Ee]astern|[Ww]estern|[Cc]entral) (\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?)(?![\p{L}-])/gu;

/** "of Columbus", "to Bedford", "with Ulsan": words that place a known city (or a name before ", <State>"). */
const CITY_PREPOSITION = /(?:^|\s)(?:of|to|into|with|between|and|for|around)\s$/;

/** "in Goheung, about 470 kilometers south of Seoul": a name after "in/at" that nothing else has claimed. */
export function extractUnknownPlaces(
  input: ExtractionInput,
  runs: readonly Run[],
  index: PlaceIndex,
  orgs: readonly OrganizationFact[],
  claimed: (text: string) => boolean,
): void {
  const keys = new Set(index.places.map((p) => p.key));
  for (const run of [...runs, ...ofTails(runs)]) {
    if (run.sentence.kind !== 'body' && run.sentence.kind !== 'caption') continue;
    if (!/\p{Ll}/u.test(run.text)) continue; // an acronym ("LSEG") is no place name
    if (run.words.length > 3 || run.possessive || claimed(run.text) || index.names.has(fold(run.text)))
      continue;
    const before = run.sentence.text.slice(0, run.start - run.sentence.start);
    const owned = /(\p{Lu}[\p{L}.]+(?: \p{Lu}\p{L}+)?)['’]s $/u.exec(before)?.[1];
    // "Spain's Rioja" is the region even where "Rioja Unida" would claim "Rioja" as its short form, and
    // "the 2018 final in Ibadan" the city even where "Ibadan Rangers" would.
    const countryOwned = owned !== undefined && lookupPlace(owned)?.kind === 'country';
    const placedIn = /(?:^|\s)in $/.test(before);
    if (
      orgSpan(run) ||
      namesOrganization(run.text, orgs) ||
      lookupDemonym(run.text) ||
      lookupPlace(run.text) ||
      (!countryOwned && !placedIn && shortFormOwner(run.text, orgs))
    )
      continue;
    // One of the world's larger cities: placed by more words ("link downtown with Bedford"), and by a
    // name of more than one word alone ("Rio de Janeiro").
    const city = lookupWorldCity(run.text);
    // "Ibadan Rangers": a known place with a word after it names something else (a team, a company).
    if (
      run.words.length > 1 &&
      (lookupPlace(run.words[0]!.text) || index.names.has(fold(run.words[0]!.text)))
    )
      continue;
    const after = input.doc.text.slice(run.end, run.end + 40);
    // "Ghent in Belgium": a name placed in a country; "Spain's Rioja": a country's own region.
    const countryAfter = /^ in (\p{Lu}\p{L}+(?: \p{Lu}\p{L}+)?)\b/u.exec(after)?.[1];
    const inCountry = countryAfter ? lookupPlace(countryAfter) : undefined;
    const ownerBefore = /(\p{Lu}[\p{L}.]+(?: \p{Lu}\p{L}+)?)['’]s $/u.exec(before)?.[1];
    // ... followed by a preposition or a stop ("Spain's Rioja on Sunday"), not by more of a name
    // ("Norway's Defense and Foreign ministries").
    const ofCountry =
      ownerBefore &&
      /^(?:[,.;)]|\s(?:on|in|at|to|from|for|where|which|with|by|after|before|last|this)\b)/.test(after)
        ? lookupPlace(ownerBefore)
        : undefined;
    const country =
      inCountry?.kind === 'country' ? inCountry : ofCountry?.kind === 'country' ? ofCountry : undefined;
    // "in The Bronx": the article is part of the name.
    const withThe = /(?:^|\s)(?:in|at|near|outside|from|to) The $/.test(before);
    let region: ReturnType<typeof lookupPlace>;
    if (!country) {
      // "in Marathon and Rafina": the second of two names after one preposition.
      const second = /(?:^|\s)(?:in|at|near) \p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+)? and $/u.test(before);
      const regionAfter = /^, (\p{Lu}[\p{L}.]+(?: \p{Lu}[\p{L}.]+)*)/u.exec(after);
      region = regionAfter ? lookupPlace(regionAfter[1]!) : undefined;
      // "of Columbus, Ohio", "Co. of Ulsan, South Korea": a name placed in a state or a country.
      // "deep in the Oslofjord", "a district on the Eastern Shore": a name of one or two words after
      // "in the", unless it names an event or a body ("in the World Cup", "in the Senate").
      const inThe =
        run.words.length <= 2 &&
        /(?:^|\s)(?:in|on|from|across|near|off|along|into|over) the $/.test(before) &&
        !NOT_PLACE_HEADS.has(run.words.at(-1)!.text) &&
        // "Eastern" opens titles ("Eastern Affairs") but, in a name after "on the", a region.
        (!isTitleWord(run.words[0]!.text) || DIRECTION.test(run.words[0]!.text));
      // "the provincial capital, San Ildefonso", "Lodwar, the county capital,": a capital is a city.
      const capital =
        /(?:^|\s)(?:in|at|from|to|near|of) the (?:[\p{Ll}-]+ ){0,3}capital,? $/u.test(before) ||
        /^, the (?:[\p{Ll}-]+ ){0,3}capital\b/u.test(after);
      // "a Mainz savings institution", "the institute's Ostrava office": a larger city as a modifier.
      const next = run.sentence.tokens.find((t) => t.start > run.end);
      const modifier =
        city !== undefined &&
        /(?:^|\s)(?:an?|the|\p{L}+['’]s) $/u.test(before) &&
        /^ \p{Ll}/u.test(after) &&
        next?.pos === 'NOUN';
      const placedBy =
        inThe ||
        capital ||
        modifier ||
        PLACE_PREPOSITION.test(before) ||
        withThe ||
        second ||
        ((city !== undefined || (region !== undefined && region.kind !== 'city')) &&
          CITY_PREPOSITION.test(before)) ||
        (city !== undefined && run.words.length > 1 && !/^\s*$/.test(before));
      if (!placedBy) continue;
      if (!(region || /^(?:,|\.|;| \p{Ll})/u.test(after) || after === '')) continue;
      if (/^\p{Lu}/u.test(after.trim()) && !after.startsWith(',')) continue;
    }
    const name = withThe ? `The ${run.text}` : run.text;
    const withinKey = region ? index.names.get(fold(region.name)) : undefined;
    const placeCountry = region?.country ?? country?.country ?? city?.country;
    const place: PlaceFact = {
      key: uniqueKey(slug(name), keys),
      name,
      namesAsWritten: [name],
      kind: ofCountry?.kind === 'country' && !inCountry ? 'region' : 'city',
      ...(placeCountry ? { country: placeCountry } : {}),
      ...(withinKey ? { within: withinKey } : {}),
      evidence: { sentences: [run.sentence.id], quotes: [name] },
    };
    index.places.push(place);
    index.names.set(fold(run.text), place.key);
    index.names.set(fold(name), place.key);
  }
  // "the Atacama desert", "Halifax harbour", "the company's Torslanda plant": a name and a lowercase word
  // for a kind of place name a place of their own (the harbour is not the city).
  for (const run of runs) {
    if (run.sentence.kind !== 'body' && run.sentence.kind !== 'caption') continue;
    if (run.words.length > 3 || run.possessive || !/\p{Ll}/u.test(run.text) || claimed(run.text)) continue;
    const word = /^ ([a-z]+)\b(?! of\b)(?!-)/.exec(input.doc.text.slice(run.end, run.end + 30))?.[1];
    // "the Maasvlakte terminals": a plural of the word too.
    const kind = word
      ? ((words.placeFeatureWords[word] ?? words.placeFeatureWords[word.replace(/s$/, '')]) as
          PlaceKind | undefined)
      : undefined;
    if (!word || !kind) continue;
    if (orgSpan(run) || namesOrganization(run.text, orgs) || shortFormOwner(run.text, orgs)) continue;
    if (lookupDemonym(run.text) || lookupPlace(run.text)?.kind === 'country') continue;
    // "the Nordvik plant" of a company, "a Smith theater": an organization's or a person's name is no place.
    if (orgs.some((o) => o.namesAsWritten.some((n) => fold(n) === fold(run.text)))) continue;
    const name = `${run.text} ${word}`;
    if (index.names.has(fold(name))) continue;
    const place: PlaceFact = {
      key: uniqueKey(slug(name), keys),
      name,
      namesAsWritten: [name],
      kind,
      ...(lookupPlace(run.text)?.country ? { country: lookupPlace(run.text)!.country! } : {}),
      evidence: { sentences: [run.sentence.id], quotes: [name] },
    };
    index.places.push(place);
    index.names.set(fold(name), place.key);
  }
  // "in northern Chile", "Central Texas": a part of a country or region named by its direction is a
  // region of its own (the name capitalised: "Northern Chile").
  for (const sentence of input.sentences) {
    if (sentence.kind !== 'body' && sentence.kind !== 'caption') continue;
    for (const m of sentence.text.matchAll(DIRECTION_REGION)) {
      // "northern Chile Monday": the one word when the two name no place.
      const two = lookupPlace(m[2]!);
      const part = two ? m[2]! : m[2]!.split(' ')[0]!;
      const hit = two ?? lookupPlace(part);
      if (!hit || hit.kind === 'city') continue;
      const whole = `${m[1]!} ${part}`;
      const name = `${m[1]![0]!.toUpperCase()}${m[1]!.slice(1)} ${part}`;
      if (lookupPlace(name) || index.names.has(fold(name))) continue;
      const place: PlaceFact = {
        key: uniqueKey(slug(name), keys),
        name,
        namesAsWritten: [whole],
        kind: 'region',
        ...(hit.country ? { country: hit.country } : {}),
        evidence: { sentences: [sentence.id], quotes: [whole] },
      };
      index.places.push(place);
      index.names.set(fold(name), place.key);
    }
  }
  // "a Paris-based sales agent": a known place before "-based" (the hyphenated word is no run).
  for (const sentence of input.sentences) {
    if (sentence.kind !== 'body' && sentence.kind !== 'caption') continue;
    for (const m of sentence.text.matchAll(/(?<![\p{L}-])(\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?)-based\b/gu)) {
      // "Its Mombasa-based parent": the two words before, else the last one.
      const last = m[1]!.split(' ').at(-1)!;
      const text = (lookupPlace(m[1]!) ?? lookupWorldCity(m[1]!)) ? m[1]! : last;
      const hit = lookupPlace(text) ?? lookupWorldCity(text);
      if (!hit || hit.kind === 'country' || index.names.has(fold(text)) || claimed(text)) continue;
      const place: PlaceFact = {
        key: uniqueKey(slug(hit.name), keys),
        name: hit.name,
        namesAsWritten: [text],
        kind: hit.kind,
        ...(hit.country ? { country: hit.country } : {}),
        evidence: { sentences: [sentence.id], quotes: [text] },
      };
      index.places.push(place);
      index.names.set(fold(text), place.key);
    }
  }
}

/**
 * "Daeyang Hose Co. of Ulsan, South Korea", "Vera Sokol of Poland": the words after the "of" of a run
 * that no organization's name covers, read as a name of their own (a place where a known place, or one
 * placed by a region after it).
 */
const tailCache = new WeakMap<readonly Run[], Run[]>();
function ofTails(runs: readonly Run[]): Run[] {
  const cached = tailCache.get(runs);
  if (cached) return cached;
  const tails: Run[] = [];
  for (const run of runs) {
    const of = run.words.findIndex((w, i) => i > 0 && w.text === 'of');
    if (of < 0 || of === run.words.length - 1 || run.words.length - of - 1 > 3) continue;
    const span = orgSpan(run);
    if (span && span.end > run.words[of]!.start) continue;
    const tail = subRun(run, of + 1, run.words.length - 1);
    if (tail.words.some((w) => !/^\p{Lu}/u.test(w.text))) continue;
    tails.push(tail);
  }
  tailCache.set(runs, tails);
  return tails;
}

function titleCase(text: string): string {
  if (text !== text.toUpperCase()) return text;
  return text
    .toLowerCase()
    .replace(/(^|[\s-])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
}

/** The full name of an organization found first ("Australian Cyber Security Centre (ACSC)" is no venue). */
const orgNameCache = new WeakMap<readonly OrganizationFact[], { size: number; names: Set<string> }>();
function namesOrganization(text: string, orgs: readonly OrganizationFact[]): boolean {
  let cached = orgNameCache.get(orgs);
  if (!cached || cached.size !== orgs.length) {
    cached = { size: orgs.length, names: new Set(orgs.map((o) => fold(o.name))) };
    orgNameCache.set(orgs, cached);
  }
  return cached.names.has(fold(text.replace(/^the /i, '')));
}

/**
 * "Dr. Helen Park", "Helen Park was appointed director", "Ann Field, 54,": a name ending in a venue word
 * ("Park", "Field") that a title, an appointment or an age marks as a person's.
 */
function namedAsPerson(text: string, start: number, end: number): boolean {
  if (HONORIFIC_BEFORE.test(text.slice(Math.max(0, start - 8), start))) return true;
  return /^(?:,? (?:was|has been|had been|is) (?:appointed|named|elected|sworn in|promoted)\b|, \d{1,3},)/.test(
    text.slice(end, end + 40),
  );
}
