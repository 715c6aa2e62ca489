import type { AnalyzedSentence, Token } from '../nlp/types.ts';
import { words } from '../lexicon/index.ts';
import { lookupDemonym, lookupPlace } from './gazetteer.ts';
import { slug, uniqueKey } from './text-utils.ts';
import type { ExtractionInput, FigureFact } from './types.ts';

/**
 * Figures: money ("$412.6 million", "14.6 million euros"), percentages ("37%", "25 basis points"),
 * measurements and counts with their unit ("470 kilometers", "31 people", "11 security talks"), and
 * scores ("2-1"). Each keeps the words as written, its scale, currency, whether it is approximate ("about",
 * "more than"), the period ("third-quarter") and what it is compared with ("from $301.2 million") when
 * the sentence says so, and a label read from the nearest noun before it.
 */
const SCALE = '(?:thousand|million|billion|trillion|bn|mln)';
const NUMBER = '(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?';
const WORD_NUMBERS: Record<string, number> = {
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  dozen: 12,
  hundred: 100,
};
// "Twenty-two", "forty-five": a ten and a unit joined by a hyphen.
const ONES = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
for (const [ten, tens] of Object.entries(WORD_NUMBERS).filter(([, n]) => n >= 20 && n < 100))
  for (const [i, one] of ONES.entries()) WORD_NUMBERS[`${ten}-${one}`] = tens + i + 1;
/** The number words, longest first (so "twenty-two" is read whole, not as "twenty"). */
const NUMBER_WORDS = Object.keys(WORD_NUMBERS)
  .sort((a, b) => b.length - a.length)
  .join('|');
const CURRENCY_SIGN: Record<string, string> = {
  $: 'USD',
  US$: 'USD',
  // "C$2.9 billion", "A$40 million": a country's letters before the dollar sign.
  C$: 'CAD',
  CA$: 'CAD',
  A$: 'AUD',
  AU$: 'AUD',
  NZ$: 'NZD',
  HK$: 'HKD',
  S$: 'SGD',
  R$: 'BRL',
  '€': 'EUR',
  '£': 'GBP',
  '¥': 'JPY',
  '₩': 'KRW',
};
const CURRENCY_WORD: Record<string, string> = {
  dollars: 'USD',
  euros: 'EUR',
  euro: 'EUR',
  pounds: 'GBP',
  yen: 'JPY',
  won: 'KRW',
  rand: 'ZAR',
  naira: 'NGN',
  yuan: 'CNY',
  rupees: 'INR',
  francs: 'CHF',
  pesos: 'MXN',
  kroner: 'NOK',
  krone: 'DKK',
  kronor: 'SEK',
};
const UNIT_NAMES: Record<string, string> = {
  km: 'kilometers',
  kg: 'kilograms',
  cm: 'centimeters',
  mm: 'millimeters',
  mi: 'miles',
  ft: 'feet',
  m: 'meters',
};
const UNIT_MEASURE: [RegExp, FigureFact['measures']][] = [
  [
    /^(?:kilometers?|kilometres?|km|meters?|metres?|miles?|feet|foot|yards?|centimeters?|centimetres?|cm|millimeters?|millimetres?|mm|inches?)$/i,
    'length',
  ],
  [/^(?:kilograms?|kilogrammes?|kg|tons?|tonnes?|pounds?|grams?|grammes?)$/i, 'mass'],
  [/^(?:square|hectares?|acres?)$/i, 'area'],
  [/^(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?)$/i, 'duration'],
  [/^(?:degrees?)$/i, 'temperature'],
  [/^(?:mph|km\/h|knots)$/i, 'speed'],
];
const APPROX =
  /(?:about|around|nearly|almost|roughly|some|approximately|more than|over|at least|up to|less than|fewer than|under|just over|just under)\s$/i;
const MONEY = new RegExp(
  `(?<![\\p{L}\\d])(?<sign>${Object.keys(CURRENCY_SIGN)
    .sort((a, b) => b.length - a.length)
    .map((sign) => sign.replace('$', '\\$'))
    .join(
      '|',
    )})(?<n>${NUMBER})(?:\\s?(?<scale>${SCALE})\\b)?|(?<n2>${NUMBER})(?:\\s(?<scale2>${SCALE}))?\\s(?:(?<nation>U\\.S\\.|\\p{Lu}\\p{Ll}+(?: \\p{Lu}\\p{Ll}+)?) )?(?<word>${Object.keys(CURRENCY_WORD).join('|')})\\b|(?<cents>${NUMBER})\\s(?:cents|pence)\\b`,
  'gu',
);
const PERCENT = new RegExp(
  `(?<n>${NUMBER})(?:\\s?(?<sym>%)|\\s(?<word>percent|per cent|percentage points?|basis points?)\\b)`,
  'g',
);
const SCORE = /\b(?<a>\d{1,2})-(?<b>\d{1,2})\b(?!-)/g;
const COUNT = new RegExp(
  `(?<![\\w$€£¥₩.,-])(?<n>${NUMBER}|${NUMBER_WORDS})(?![\\p{L}\\d])(?:\\s(?<scale>${SCALE}))?(?:[\\s-](?<unit>[a-z][a-z-]*))?`,
  'giu',
);

/** Currency words several countries use: the one of the article's country ("pesos" in a Philippine story). */
const NATIONAL_CURRENCY: Record<string, Record<string, string>> = {
  pesos: { ph: 'PHP', mx: 'MXN', ar: 'ARS', co: 'COP', cl: 'CLP', uy: 'UYU', cu: 'CUP', do: 'DOP' },
  dollars: { ca: 'CAD', au: 'AUD', nz: 'NZD', sg: 'SGD', hk: 'HKD', tw: 'TWD', jm: 'JMD' },
  rupees: { pk: 'PKR', lk: 'LKR', np: 'NPR', in: 'INR' },
  francs: { ch: 'CHF', cd: 'CDF', rw: 'RWF', gn: 'GNF' },
  kroner: { no: 'NOK', dk: 'DKK' },
  krone: { no: 'NOK', dk: 'DKK' },
  kronor: { se: 'SEK' },
  pounds: { gb: 'GBP', eg: 'EGP', lb: 'LBP' },
};

/** `countries`: the article's countries, most mentioned first (to read "pesos" or "dollars"). */
export function extractFigures(input: ExtractionInput, countries: readonly string[] = []): FigureFact[] {
  /** "dollars" in an Australian story, "Australian dollars" anywhere: AUD; "U.S. dollars": USD. */
  const currencyWord = (word: string, nation?: string): string => {
    const national = NATIONAL_CURRENCY[word];
    if (nation === 'U.S.') return word === 'dollars' ? 'USD' : CURRENCY_WORD[word]!;
    const named = nation ? (lookupDemonym(nation)?.code ?? lookupPlace(nation)?.country) : undefined;
    if (named && national?.[named]) return national[named]!;
    if (named && word === 'dollars' && named === 'us') return 'USD';
    const code = national ? countries.find((c) => national[c]) : undefined;
    return code ? national![code]! : CURRENCY_WORD[word]!;
  };
  const figures: FigureFact[] = [];
  // "C$2.9 billion ... $450 million": a story that writes one country's dollar sign means those dollars by
  // the bare sign too (one such sign only; "$" stays U.S. dollars otherwise).
  const dollarSigns = new Set(
    [...input.doc.text.matchAll(/(?<![\p{L}\d])(\p{Lu}{1,2})\$(?=\d)/gu)]
      .map((m) => CURRENCY_SIGN[`${m[1]}$`])
      .filter((c) => c !== undefined && c !== 'USD'),
  );
  const bareDollar = dollarSigns.size === 1 ? [...dollarSigns][0]! : 'USD';
  const keys = new Set<string>();
  for (const sentence of input.sentences) {
    if (sentence.kind !== 'body') continue;
    const taken: [number, number][] = sentence.dates
      .filter((d) => d.value.precision !== 'duration')
      .map((d) => [d.start - sentence.start, d.end - sentence.start]);
    const times = [
      ...sentence.text.matchAll(/\b\d{1,2}:\d{2}\s?(?:a\.m\.|p\.m\.)?|\b\d{1,2}\s?(?:a\.m\.|p\.m\.)/g),
    ].map((m) => [m.index, m.index + m[0].length] as [number, number]);
    taken.push(...times);
    const added: [number, number][] = [];
    const free = (s: number, e: number) => taken.every(([a, b]) => e <= a || s >= b);
    const add = (
      s: number,
      e: number,
      fields: Omit<FigureFact, 'key' | 'asWritten' | 'evidence' | 'label' | 'approximate'>,
    ) => {
      if (!free(s, e)) return;
      taken.push([s, e]);
      // "14 kilometers (8.7 miles)", "250 million pesos ($4.3 million)": a conversion in parentheses right
      // after a figure says the same amount again, it is no figure of its own.
      const opening = /\((?:about |some |roughly |nearly |around |or )?$/.exec(sentence.text.slice(0, s));
      const converted =
        opening && added.some(([, end]) => /^\s?$/.test(sentence.text.slice(end, opening.index)));
      // A sum in another currency is kept ("what is that in dollars?"), labelled as the sum it converts.
      const sum = converted ? figures.at(-1) : undefined;
      const conversion =
        sum && fields.measures === 'money' && sum.measures === 'money' && sum.currency !== fields.currency
          ? `${sum.label}, in ${fields.currency}`
          : undefined;
      if (converted && !conversion) return;
      added.push([s, e]);
      const asWritten = sentence.text.slice(s, e);
      // The label of the figure before it in the sentence, when it measures the same kind of quantity ("The
      // 22-year-old signed ... where tests lasted nearly six hours": the hours are no age).
      const previous =
        figures.at(-1)?.evidence.sentences[0] === sentence.id &&
        (figures.at(-1)!.measures !== 'age') === (fields.measures !== 'age')
          ? figures.at(-1)!.label
          : undefined;
      const found =
        (fields.measures === 'count' && fields.unit
          ? countLabel(sentence, sentence.start + s, sentence.start + e, fields.unit)
          : undefined) ??
        labelFor(sentence, sentence.start + s, sentence.start + e, (a, b) =>
          taken.some(([x, y]) => a >= sentence.start + x && b <= sentence.start + y && !(x === s && y === e)),
        );
      // "rose to 3.0% in June from 2.8% in May": a figure after "from" is the earlier value of the figure
      // before it in the clause, and the date written after each tells them apart.
      const earlier =
        previous !== undefined &&
        /(?:^|\s)from $/.test(sentence.text.slice(Math.max(0, s - 6), s)) &&
        added.length > 1 &&
        !/[.;:]/.test(sentence.text.slice(added.at(-2)![1], s));
      const base = earlier
        ? previous.replace(/ (?:in|on) [^ ].*$/, '')
        : ((found && found !== asWritten ? found : undefined) ?? previous ?? fields.unit ?? asWritten);
      const when = dateAfter(sentence, sentence.start + e);
      const label = conversion ?? (when && !base.includes(when) ? `${base} ${when}` : base);
      const period = periodOf(sentence.text);
      // "In May 2011, a storm ... killed six people": a figure of a sentence framed by an
      // earlier year belongs to that time, and its label says so (it is not the story's own count).
      const framing = sentence.dates.find(
        (d) =>
          d.start - sentence.start <= 3 &&
          d.value.value !== undefined &&
          /^\d{4}/.test(d.value.value) &&
          d.value.value.slice(0, 4) < input.doc.referenceDate.slice(0, 4) &&
          d.end - sentence.start <= s,
      );
      const compared = comparedWith(sentence.text, e);
      const keywords = dimensionKeywords(
        `${label} ${asWritten} ${/^[\s-]*([a-z]+)/.exec(sentence.text.slice(e, e + 20))?.[1] ?? ''}`,
      );
      // "22.5% of the vote": a part of a whole is a share of it.
      if (
        fields.measures === 'percentage' &&
        /^ of (?:the|all|its|their) /.test(sentence.text.slice(e, e + 12))
      )
        keywords.push('share');
      figures.push({
        key: uniqueKey(`fig-${slug(label, 30)}-${slug(asWritten, 20)}`, keys),
        ...(keywords.length > 0 ? { keywords: [...new Set(keywords)] } : {}),
        label:
          label.charAt(0).toUpperCase() +
          label.slice(1) +
          (framing && !label.includes(framing.text) ? ` in ${framing.text.replace(/^in /i, '')}` : ''),
        asWritten,
        approximate: APPROX.test(sentence.text.slice(0, s)),
        ...fields,
        ...(period ? { period } : {}),
        ...(compared ? { comparedWith: compared } : {}),
        evidence: { sentences: [sentence.id], quotes: [asWritten] },
      });
    };
    for (const m of sentence.text.matchAll(MONEY)) {
      const g = m.groups!;
      if (g.cents) {
        // "12 cents": a hundredth of the currency the sentence (or the article's country) counts in.
        const inSentence = figures.find(
          (f) => f.evidence.sentences[0] === sentence.id && f.currency,
        )?.currency;
        const pence = /pence$/.test(m[0]);
        add(m.index, m.index + m[0].length, {
          value: Math.round(parseNumber(g.cents) * 100) / 10000,
          currency: inSentence ?? (pence ? 'GBP' : currencyWord('dollars')),
          measures: 'money',
        });
        continue;
      }
      const n = parseNumber(g.n ?? g.n2!);
      const scaleWord = normalizeScale(g.scale ?? g.scale2);
      const nation = g.nation && (g.nation === 'U.S.' || lookupDemonym(g.nation) || lookupPlace(g.nation));
      if (g.nation && !nation) continue; // "300 Hartley dollars" is no currency this knows
      const currency = g.sign
        ? g.sign === '$'
          ? bareDollar
          : CURRENCY_SIGN[g.sign]!
        : currencyWord(g.word!.toLowerCase(), g.nation ?? undefined);
      add(m.index, m.index + m[0].length, {
        value: n * multiplier(scaleWord),
        currency,
        ...(scaleWord ? { scale: scaleWord } : {}),
        measures: 'money',
      });
    }
    for (const m of sentence.text.matchAll(PERCENT)) {
      const g = m.groups!;
      const unit = g.sym
        ? 'percent'
        : g
            .word!.toLowerCase()
            .replace(/^per cent$/, 'percent')
            .replace(/s$/, '') + (g.word!.endsWith('s') ? 's' : '');
      add(m.index, m.index + m[0].length, { value: parseNumber(g.n!), unit, measures: 'percentage' });
    }
    // Spans as figures too ("31 months", "a 16-year wait", "two decades" = 20 years).
    for (const d of sentence.dates) {
      if (d.value.precision !== 'duration' || !d.value.duration) continue;
      // "a 45-year-old man" is an age, read with the counts below.
      if (/^[\s-]old\b/.test(input.doc.text.slice(d.end, d.end + 5))) continue;
      const amount = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)D)?$/.exec(d.value.duration);
      if (!amount) continue;
      const [, years, months, days] = amount;
      const fromDecades = /decade/i.test(d.text);
      // "four weeks" is kept in weeks as written (the date reads it as 28 days).
      const weeks = !years && !months && days && /week/i.test(d.text) && Number(days) % 7 === 0;
      const value = weeks ? Number(days) / 7 : Number(years ?? months ?? days);
      const unit = years ? 'years' : months ? 'months' : weeks ? 'weeks' : 'days';
      const s0 = d.start - sentence.start;
      taken.splice(0, taken.length, ...taken.filter(([a, b]) => !(a === s0 && b === d.end - sentence.start)));
      add(s0, d.end - sentence.start, {
        value,
        unit,
        measures: 'duration',
        ...(fromDecades
          ? { derivation: { method: 'a decade counted as ten years', from: [sentence.id] } }
          : {}),
      });
    }
    // Ordinals with what they count ("the 23rd minute", "the 12th round"); a bare ordinal before a name.
    for (const m of sentence.text.matchAll(
      /\b(?<n>\d+)(?:st|nd|rd|th)\b(?:(?<sep>[\s-])(?<unit>[a-z]+))?/g,
    )) {
      const unitToken = m.groups!.unit
        ? sentence.tokens.find(
            (t) => t.start === sentence.start + m.index + m[0].length - m.groups!.unit!.length,
          )
        : undefined;
      // "the 23rd minute"; "18th-century" counts centuries whatever its part of speech.
      const unit =
        unitToken && (unitToken.pos === 'NOUN' || m.groups!.sep === '-') ? m.groups!.unit : undefined;
      const end = unit ? m.index + m[0].length : m.index + m.groups!.n!.length + 2;
      add(m.index, end, { value: Number(m.groups!.n), ...(unit ? { unit } : {}), measures: 'rank' });
    }
    for (const m of sentence.text.matchAll(SCORE)) {
      if (/\d[-–]$|[\d,.]$/.test(sentence.text.slice(0, m.index))) continue;
      // "Council voted 11-6", "in an 11-6 vote", "a 5-4 decision": a tally, the votes for and against.
      const end = m.index + m[0].length;
      if (
        /\bvot(?:e|ed|es|ing)\s(?:\p{Ll}+\s)?$/u.test(
          sentence.text.slice(Math.max(0, m.index - 30), m.index),
        ) ||
        /^\s(?:vote|decision|ruling)\b/.test(sentence.text.slice(end, end + 10))
      ) {
        const split = m.index + m.groups!.a!.length;
        const tally: [number, number, number, string][] = [
          [m.index, split, Number(m.groups!.a), 'Votes in favour'],
          [split + 1, end, Number(m.groups!.b), 'Votes against'],
        ];
        for (const [from, to, value, label] of tally) {
          const before = figures.length;
          add(from, to, { value, unit: 'votes', measures: 'count' });
          if (figures.length > before) {
            figures.at(-1)!.label = label;
            figures.at(-1)!.asWritten = m[0];
            figures.at(-1)!.evidence = { sentences: [sentence.id], quotes: [m[0]] };
            figures.at(-1)!.keywords = [...new Set([...(figures.at(-1)!.keywords ?? []), 'vote', 'tally'])];
          }
        }
        continue;
      }
      if (
        !/\b(?:beat|won|win|lost|drew|draw|defeated|score|scored|victory|lead|led|trailing|final)\b/i.test(
          sentence.text,
        )
      )
        continue;
      add(m.index, m.index + m[0].length, { value: Number(m.groups!.a), measures: 'score' });
    }
    for (const m of sentence.text.matchAll(COUNT)) {
      const g = m.groups!;
      const raw = g.n!;
      const isWord = /^[a-z]/i.test(raw);
      // "120 km-wide": the unit is "km"; abbreviations are written out ("km" -> "kilometers").
      const unitWord = g.unit?.toLowerCase().replace(/-(?:wide|long|high|deep|tall|thick|away|strong)$/, '');
      const end = m.index + m[0].length;
      const numberEnd = m.index + raw.length + (g.scale ? g.scale.length + 1 : 0);
      if (!free(m.index, numberEnd)) continue;
      const tokenAfter = sentence.tokens.find(
        (t) => t.start >= sentence.start + numberEnd && /\p{L}/u.test(t.text),
      );
      // "four public hospitals", "184,300 Aurora electric SUVs": the head noun after the modifiers.
      const head = tokenAfter ? nounPhraseHead(sentence, sentence.tokens.indexOf(tokenAfter)) : undefined;
      const unitIsNoun =
        unitWord !== undefined &&
        tokenAfter !== undefined &&
        (head !== undefined ||
          ((tokenAfter.pos === 'NOUN' || tokenAfter.pos === 'PROPN') &&
            tokenAfter.text.toLowerCase() === unitWord.split('-')[0]));
      const measure = unitWord ? UNIT_MEASURE.find(([re]) => re.test(unitWord))?.[1] : undefined;
      const unitOf = (f: FigureFact) => (f.measures === 'count' ? f.unit : undefined);
      // Durations of a day or more are dates (nlp/dates.ts); hours, minutes and seconds are read here.
      if (measure === 'duration' && !/^(?:hours?|minutes?|seconds?)$/i.test(unitWord ?? '')) continue;
      const scaleWord = normalizeScale(g.scale);
      const value = (isWord ? WORD_NUMBERS[raw.toLowerCase()]! : parseNumber(raw)) * multiplier(scaleWord);
      const age =
        !isWord && !scaleWord && value < 120 ? ageOf(sentence, m.index, m.index + raw.length) : undefined;
      if (age) {
        add(m.index, age.end, { value, unit: 'years', measures: 'age', derivation: age.derivation });
        const added = figures.at(-1);
        if (
          added?.measures === 'age' &&
          added.evidence.sentences[0] === sentence.id &&
          added.asWritten === sentence.text.slice(m.index, age.end)
        )
          added.label = age.label;
        continue;
      }
      // "a magnitude 6.7 quake", "a Category 4 storm": the scale is named before the number.
      const scaleBefore = /\b(magnitude|category)[- ]$/i.exec(sentence.text.slice(0, m.index))?.[1];
      if (scaleBefore && !isWord) {
        add(m.index, numberEnd, { value, unit: scaleBefore.toLowerCase(), measures: 'other' });
        continue;
      }
      // "30 of the 80 seats", "Nine of 12 analysts": the part counts what the whole counts; "20 seats,
      // up from 24": the earlier number counts what the figure it is compared with counts.
      // "a crowd of 41,730": the noun before "of" says what a bare number counts.
      const countedBy =
        unitIsNoun || measure
          ? undefined
          : /\b(\p{Ll}+) of (?:about |some |around |nearly |more than |over )?$/u.exec(
              sentence.text.slice(0, m.index),
            )?.[1];
      // "within 36 to 48 hours", "between 20 and 30 kilometres": the first number of a range counts what the
      // second counts.
      const ranged = unitIsNoun || measure || isWord ? undefined : rangeUnit(sentence, numberEnd);
      const shared =
        unitIsNoun || measure
          ? undefined
          : (ranged ??
            (countedBy ? words.countedBefore[countedBy] : undefined) ??
            sharedUnit(sentence, numberEnd, m.index, figures, unitOf));
      const sharedMeasure = ranged ? UNIT_MEASURE.find(([re]) => re.test(ranged))?.[1] : undefined;
      if (!isWord && !unitIsNoun && !measure && !shared && value < 10) continue; // a bare small number says nothing alone
      if (isWord && shared === undefined && !(unitIsNoun || measure)) continue; // "two" alone is a word, not a figure
      // "11 security talks": the unit is the head of the noun run after the number.
      let unit =
        shared ?? (unitIsNoun || measure ? unitWord && (UNIT_NAMES[unitWord] ?? unitWord) : undefined);
      // "a 516-kilogram satellite" weighs 516 kilograms.
      if (
        unit &&
        value !== 1 &&
        /^(?:(?:kilo|centi|milli)?(?:meter|metre|gram)|mile|ton|tonne|yard|hour|minute|second)$/.test(unit)
      )
        unit += 's';
      let unitEnd = end;
      // "an 87-page ruling", "a nine-member jury": a number joined by a hyphen to a noun counts that noun (the
      // unit, in the plural), and the nouns after it name what has them (the label).
      const compound =
        unitIsNoun && !measure && !shared && tokenAfter && unitWord && /^[a-z]+$/.test(unitWord)
          ? compoundCount(sentence, numberEnd, tokenAfter, unitWord)
          : undefined;
      if (compound) {
        unit = value === 1 ? unitWord! : plural(unitWord!);
        unitEnd = tokenAfter!.end - sentence.start;
      }
      // "11 security talks": the head of the noun run; "a 516-kilogram satellite" keeps its measure unit.
      else if (unitIsNoun && tokenAfter && !measure) {
        const i = sentence.tokens.indexOf(tokenAfter);
        let j = head ?? i;
        for (;;) {
          const [t, next, after, last] = sentence.tokens.slice(j, j + 4);
          if (next?.pos === 'NOUN' && next.start === t!.end + 1) j++;
          // "143 flood-control projects": a hyphenated compound before the head noun.
          else if (
            next?.text === '-' &&
            next.start === t!.end &&
            after?.pos === 'NOUN' &&
            after.start === next.end &&
            last?.pos === 'NOUN' &&
            last.start === after.end + 1
          )
            j += 3;
          else break;
        }
        if (j > i) {
          unit = unitName(sentence.tokens[j]!.text);
          unitEnd = sentence.tokens[j]!.end - sentence.start;
        }
      }
      // "minus 20 degrees": a temperature below zero.
      const minus = measure === 'temperature' ? /\bminus $/i.exec(sentence.text.slice(0, m.index)) : null;
      const before = figures.length;
      add(minus ? minus.index : m.index, unit && !shared ? unitEnd : numberEnd, {
        value: minus ? -value : value,
        ...(unit ? { unit } : {}),
        ...(scaleWord ? { scale: scaleWord } : {}),
        measures: measure ?? sharedMeasure ?? 'count',
      });
      if (compound && figures.length > before)
        figures.at(-1)!.label = compound.charAt(0).toUpperCase() + compound.slice(1);
    }
  }
  return figures;
}

/**
 * The head noun of the noun phrase opening at token i, past its modifiers: "public hospitals", "Aurora
 * electric SUVs", "other titles". Only adjectives and capitalised names may come before the head, each
 * one space after the other, at most three; undefined when the phrase opens with its head or has none.
 */
function nounPhraseHead(sentence: AnalyzedSentence, i: number): number | undefined {
  const tokens = sentence.tokens;
  if (i < 0) return undefined;
  const isHead = (t: Token) => t.pos === 'NOUN' || /^\p{Lu}{2,}s$/u.test(t.text);
  for (let j = i; j < tokens.length && j <= i + 3; j++) {
    const t = tokens[j]!;
    if (j > i && t.start !== tokens[j - 1]!.end + 1) return undefined;
    if (isHead(t) && /^[\p{L}]+$/u.test(t.text)) return j > i ? j : undefined;
    if (t.pos !== 'ADJ' && t.pos !== 'PROPN') return undefined;
    if (!/^[\p{L}]+$/u.test(t.text) || lookupPlace(t.text) !== undefined) return undefined;
  }
  return undefined;
}

/**
 * "87-page decision": the nouns a number-and-noun compound modifies ("decision"), when the noun after the
 * hyphen is one and a noun phrase follows it after a space; else undefined.
 */
function compoundCount(
  sentence: AnalyzedSentence,
  numberEnd: number,
  unitToken: Token,
  unitWord: string,
): string | undefined {
  if (sentence.text[numberEnd] !== '-' || unitToken.pos !== 'NOUN') return undefined;
  if (unitToken.text.toLowerCase() !== unitWord || unitToken.start !== sentence.start + numberEnd + 1)
    return undefined;
  const at = sentence.tokens.indexOf(unitToken) + 1;
  if (sentence.tokens[at]?.start !== unitToken.end + 1) return undefined;
  const nouns = commonNounsFrom(sentence.tokens, at);
  if (nouns.length === 0) return undefined;
  return sentence.text.slice(nouns[0]!.start - sentence.start, nouns.at(-1)!.end - sentence.start);
}

/** The plural of a singular noun ("page": "pages", "man": "men", "inch": "inches"). */
function plural(word: string): string {
  const irregular = words.irregularPlurals[word];
  if (irregular) return irregular;
  if (/[^aeiou]y$/.test(word)) return `${word.slice(0, -1)}ies`;
  if (/(?:s|x|z|ch|sh)$/.test(word)) return `${word}es`;
  return `${word}s`;
}

/** A unit as shown: lowercase, except an acronym's plural ("SUVs"). */
const unitName = (word: string) => (/^\p{Lu}{2,}s$/u.test(word) ? word : word.toLowerCase());

function parseNumber(text: string): number {
  return Number(text.replace(/,/g, ''));
}

function normalizeScale(word: string | undefined): FigureFact['scale'] {
  if (!word) return undefined;
  const lower = word.toLowerCase();
  if (lower === 'bn') return 'billion';
  if (lower === 'mln') return 'million';
  return lower as FigureFact['scale'];
}

function multiplier(scale: FigureFact['scale']): number {
  return scale === 'thousand'
    ? 1e3
    : scale === 'million'
      ? 1e6
      : scale === 'billion'
        ? 1e9
        : scale === 'trillion'
          ? 1e12
          : 1;
}

function periodOf(text: string): string | undefined {
  return /\b(?:(?:first|second|third|fourth)-quarter|(?:the )?(?:first|second|third|fourth) quarter|the quarter ended [A-Z][a-z]+\.? \d{1,2}|full-year|the (?:fiscal )?year)\b/.exec(
    text,
  )?.[0];
}

function comparedWith(text: string, after: number): string | undefined {
  const rest = text.slice(after, after + 60);
  return /^,?\s(?:from|compared with|compared to|up from|down from)\s(?:a year earlier|the previous (?:year|quarter)|last year|[$€£¥]?\d[\d,.]*(?:\s(?:thousand|million|billion|trillion))?%?)/
    .exec(rest)?.[0]
    .replace(/^,?\s/, '');
}

/** The noun phrase the figure measures: the nearest nouns before it (past verbs and prepositions), else after. */
function labelFor(
  sentence: AnalyzedSentence,
  start: number,
  end: number,
  inOtherFigure: (start: number, end: number) => boolean = () => false,
): string | undefined {
  const tokens = sentence.tokens;
  const first = tokens.findIndex((t) => t.start >= start);
  // A date ("on Wednesday") or another figure ("by 25 basis points") between the figure and its noun is
  // passed over: it names no thing the figure measures.
  const passOver = (t: Token) =>
    sentence.dates.some((d) => t.start >= d.start && t.end <= d.end) || inOtherFigure(t.start, t.end);
  const phrase = (from: number, step: -1 | 1): Token[] => {
    const out: Token[] = [];
    let i = from;
    let skipped = 0;
    while (i >= 0 && i < tokens.length) {
      const t = tokens[i]!;
      if (out.length === 0 && passOver(t)) {
        i += step;
        continue;
      }
      const isNoun =
        t.pos === 'NOUN' || t.pos === 'PROPN' || (out.length > 0 && (t.pos === 'ADJ' || t.text === '-'));
      if (isNoun) out.push(t);
      else if (out.length > 0) break;
      else if (/^[,;:.]$/.test(t.text) || ++skipped > 6) break;
      if (out.length >= 4) break;
      i += step;
    }
    return step === -1 ? out.reverse() : out;
  };
  const modified = modifiedNoun(sentence, start, end);
  if (modified) return modified;
  let words = phrase(first - 1, -1);
  const last = tokens.findIndex((t) => t.start >= end);
  if (words.length === 0) {
    if (last >= 0) words = phrase(last, 1);
  } else if (last >= 0) {
    // "was paid for with a $62 million federal grant", "Minister X said 3.5 million dollars in emergency
    // funding would ...": where the nouns before are a name, or a verb stands between them and the figure,
    // the common nouns right after it (or after "in", "of", "for") are what it measures.
    const between = tokens.filter((t) => t.start >= words.at(-1)!.end && t.end <= start);
    const named = words.every((t) => t.pos === 'PROPN');
    if (named || between.some((t) => t.pos === 'VERB' || t.pos === 'AUX')) {
      let at = /^(?:in|of|for)$/i.test(tokens[last]!.text) ? last + 1 : last;
      if (at > last && tokens[at]?.pos === 'DET') at++;
      const after = commonNounsFrom(tokens, at);
      const verb = between.findLast((t) => t.pos === 'VERB' && t.text !== t.lemma);
      if (after.length > 0) words = after;
      // "claimed responsibility on its dark web site and demanded 5 million dollars": the sum demanded,
      // not the web site.
      // (Not "Inflation rose to 6.1%", where the nouns before are the subject of the verb.)
      else if (
        verb &&
        !named &&
        between.some((t) => t.pos === 'CCONJ') &&
        /^(?:\$|€|£|¥|\d)/.test(sentence.text.slice(start - sentence.start))
      )
        return `amount ${verb.text}`;
      else if (/^to$/i.test(tokens[last]!.text)) {
        // "it could take up to three weeks to fully restore the systems": the time it takes to do that.
        const doing = tokens.slice(last + 1, last + 7);
        const verb = doing.findIndex((t) => t.pos === 'VERB');
        let noun = doing.findIndex((t, i) => i > verb && t.pos === 'NOUN');
        while (noun >= 0 && doing[noun + 1]?.pos === 'NOUN') noun++;
        if (verb >= 0 && verb <= 1 && noun > verb)
          return `time to ${sentence.text.slice(doing[0]!.start - sentence.start, doing[noun]!.end - sentence.start)}`;
      }
    }
  }
  while (words[0] && words[0].text === '-') words.shift();
  if (words.length === 0) return undefined;
  return sentence.text.slice(words[0]!.start - sentence.start, words.at(-1)!.end - sentence.start);
}

const DIMENSION_SUFFIX: Record<string, string> = {
  wide: 'width',
  long: 'length',
  deep: 'depth',
  high: 'height',
  tall: 'height',
  thick: 'thickness',
};
const DIMENSION_OF_MEASURE: Partial<Record<NonNullable<FigureFact['measures']>, string>> = {
  length: 'length',
  duration: 'length',
  mass: 'weight',
  area: 'area',
};

/**
 * "a 412-meter (1,352-foot) bridge", "a nine-day trial", "a 3-meter-wide sidewalk": a figure written as a
 * compound modifier measures the noun it modifies, and its unit (or the word after it) names the dimension
 * ("length of the bridge", "width of the sidewalk"); undefined for any other figure.
 */
function modifiedNoun(sentence: AnalyzedSentence, start: number, end: number): string | undefined {
  const written = sentence.text.slice(start - sentence.start, end - sentence.start);
  const parts = /^[\p{L}\d.,]+-(\p{Ll}+)(?:-(\p{Ll}+))?$/u.exec(written);
  if (!parts) return undefined;
  const gap = /^(?:\s?\([^)]*\))?\s/.exec(sentence.text.slice(end - sentence.start));
  if (!gap) return undefined;
  const at = sentence.tokens.findIndex((t) => t.start >= end + gap[0].length);
  if (at < 0) return undefined;
  const nouns = commonNounsFrom(sentence.tokens, at);
  if (nouns.length === 0) return undefined;
  const noun = sentence.text.slice(nouns[0]!.start - sentence.start, nouns.at(-1)!.end - sentence.start);
  const measure = UNIT_MEASURE.find(([re]) => re.test(parts[1]!))?.[1];
  const dimension =
    (parts[2] ? DIMENSION_SUFFIX[parts[2]] : undefined) ??
    (measure ? DIMENSION_OF_MEASURE[measure] : undefined);
  return dimension ? `${dimension} of the ${noun}` : noun;
}

/** The adjectives and common nouns from token i on, ending at a noun ("federal grant", "emergency funding"). */
function commonNounsFrom(tokens: readonly Token[], i: number): Token[] {
  const out: Token[] = [];
  for (let k = i; k < tokens.length && out.length < 4; k++) {
    const t = tokens[k]!;
    if (t.pos === 'NOUN' || (t.pos === 'ADJ' && out.every((o) => o.pos !== 'NOUN'))) out.push(t);
    // "a $12 million state grant.": a base-form word the tagger reads as a verb ends a noun compound.
    else if (
      t.pos === 'VERB' &&
      t.text === t.lemma &&
      out.at(-1)?.pos === 'NOUN' &&
      /^(?:PUNCT|ADP|CCONJ)$/.test(tokens[k + 1]?.pos ?? 'PUNCT')
    ) {
      out.push({ ...t, pos: 'NOUN' });
      break;
    } else break;
  }
  while (out.length > 0 && out.at(-1)!.pos !== 'NOUN') out.pop();
  return out;
}

/** Words that end the phrase a count's label reads after its noun. */
const LABEL_STOP =
  /^(?:and|or|but|while|as|after|before|when|which|who|that|than|including|with|from|up|down|since)$/i;
const PREPOSITION = /^(?:in|on|at|of|for|by|inside|outside|across|near|into|to)$/i;

/**
 * The label of a count: its noun and what the sentence says of them right after ("120 people injured",
 * "5 people died inside the collapsed hall", "80 seats in the state assembly") or the verb right
 * before it ("sent 9 rescue teams", "killing at least 14 people"). The nouns are written out from the
 * sentence, so the label holds the words a question about that count uses.
 */
function countLabel(
  sentence: AnalyzedSentence,
  start: number,
  end: number,
  unit: string,
): string | undefined {
  const tokens = sentence.tokens;
  // "four public hospitals": the words counted, modifiers included, when the figure writes them.
  const numberAt = tokens.findIndex((t) => t.start >= start);
  const modified = tokens.findIndex(
    (t, i) => i > numberAt && t.end <= end && ['NOUN', 'ADJ', 'PROPN'].includes(t.pos),
  );
  const firstUnit = modified >= 0 ? modified : tokens.findIndex((t) => t.start >= start && t.pos === 'NOUN');
  const afterIndex = tokens.findIndex((t) => t.start >= end);
  // "nine were missing" after "214 people": the noun it shares is its unit.
  const written = firstUnit >= 0 && tokens[firstUnit]!.end <= end;
  const nouns = written
    ? sentence.text.slice(tokens[firstUnit]!.start - sentence.start, end - sentence.start)
    : unit;
  // After: a participle or adjective ("injured", "missing", "died"), or a prepositional phrase.
  const tail: Token[] = [];
  // "120 people were injured", "houses had been damaged": past the auxiliaries to the participle.
  let from = afterIndex;
  while (
    from >= 0 &&
    from < tokens.length - 1 &&
    /^(?:were|was|are|is|had|have|has|been|being)$/i.test(tokens[from]!.text)
  )
    from++;
  if (from !== afterIndex && tokens[from]?.pos !== 'VERB' && tokens[from]?.pos !== 'ADJ') from = afterIndex;
  if (from >= 0) {
    const next = tokens[from]!;
    const verbal =
      (next.pos === 'VERB' &&
        (from !== afterIndex || (next.text !== next.lemma && !/ing$/.test(next.text)))) ||
      next.pos === 'ADJ';
    if (verbal || (from === afterIndex && PREPOSITION.test(next.text))) {
      for (let i = from; i < tokens.length && tail.length < 6; i++) {
        const t = tokens[i]!;
        if (/^[,;:.()"“”]$/.test(t.text) || LABEL_STOP.test(t.text) || t.pos === 'NUM') break;
        // "in the regional parliament", "inside the collapsed market": stop after the noun phrase.
        tail.push(t);
        if (
          (t.pos === 'NOUN' || t.pos === 'PROPN') &&
          tokens[i + 1]?.pos !== 'NOUN' &&
          tokens[i + 1]?.pos !== 'PROPN' &&
          i > from
        )
          break;
      }
      while (tail.length > 0 && !['NOUN', 'PROPN', 'VERB', 'ADJ'].includes(tail.at(-1)!.pos)) tail.pop();
      // "people in" with nothing after is no phrase; a participle alone is.
      if (tail.length === 1 && tail[0]!.pos !== 'VERB' && tail[0]!.pos !== 'ADJ') tail.length = 0;
    }
  }
  if (tail.length > 0) {
    const text = sentence.text.slice(tail[0]!.start - sentence.start, tail.at(-1)!.end - sentence.start);
    return `${nouns} ${text}`;
  }
  // Before: the verb that acts on the count, past a quantifier ("at least", "more than", "about").
  const numberIndex = tokens.findIndex((t) => t.start >= start);
  let i = numberIndex - 1;
  let skipped = 0;
  while (
    i >= 0 &&
    skipped < 3 &&
    /^(?:at|least|most|more|than|about|around|nearly|almost|some|over|up|to|another|a|an|the|further|only|just|roughly)$/i.test(
      tokens[i]!.text,
    )
  ) {
    i--;
    skipped++;
  }
  const verb = tokens[i];
  if (
    verb &&
    verb.pos === 'VERB' &&
    !/^(?:is|are|was|were|be|been|has|have|had|said|says)$/i.test(verb.text)
  ) {
    if (/ing$/.test(verb.text)) return `${verb.text} ${nouns}`;
    const subject = relativeSubject(sentence, i);
    const owner = subject?.replace(/^(?:The|Its|Their) /, (w) => w.toLowerCase());
    return owner ? `${nouns} ${owner} ${verb.text}` : `${nouns} ${verb.text}`;
  }
  // "52,400 Ostra compact SUVs": a phrase with its modifiers names what it counts.
  const described = tokens.some(
    (t, i) => i > numberAt && t.end <= end && (t.pos === 'ADJ' || t.pos === 'PROPN'),
  );
  return described && written ? nouns : undefined;
}

/**
 * The noun a bare number shares with another count: "30 of the 80 seats" (the whole after "of"), "20 seats,
 * down from 24" (the figure of the same sentence it is compared with).
 */
function sharedUnit(
  sentence: AnalyzedSentence,
  numberEnd: number,
  numberStart: number,
  figures: readonly FigureFact[],
  unitOf: (f: FigureFact) => string | undefined,
): string | undefined {
  const whole = new RegExp(`^ of (?:the |its |their )?(?:${NUMBER}|${NUMBER_WORDS}) ([a-z][a-z-]*)`).exec(
    sentence.text.slice(numberEnd, numberEnd + 40),
  )?.[1];
  if (whole) {
    const token = sentence.tokens.find(
      (t) => t.start === sentence.start + numberEnd + sentence.text.slice(numberEnd).indexOf(whole),
    );
    if (token && token.pos === 'NOUN') return whole.toLowerCase();
  }
  // "120 people were injured and four were missing": a number standing for the same noun, listed after it.
  const listed =
    /\b(?:and|while) $/.test(sentence.text.slice(Math.max(0, numberStart - 7), numberStart)) &&
    /^ (?:were|was|are|had been|have been|remain|remained) /.test(
      sentence.text.slice(numberEnd, numberEnd + 14),
    );
  // "killing at least 31 people, injuring more than 200": a verb's number with no noun shares the one before;
  // "3,100 houses were damaged, 640 of them destroyed": a part "of them" counts what the whole counts.
  const elided =
    /, (?:and )?\p{Ll}+ing (?:(?:at least|more than|nearly|about|almost|some|over|up to|around) )?$/u.test(
      sentence.text.slice(Math.max(0, numberStart - 40), numberStart),
    ) && /^(?:[,.;]|\s(?:and|or)\b|$)/.test(sentence.text.slice(numberEnd, numberEnd + 5));
  const partOf = /^ of (?:them|those|these)\b/.test(sentence.text.slice(numberEnd, numberEnd + 12));
  // "71,000 vehicles sold in the United States, 38,500 in Germany and 12,200 in Norway": a number listed after
  // a count, with only a place or time of its own, counts what that count counts.
  const inList =
    /(?:, (?:and )?| and )$/.test(sentence.text.slice(Math.max(0, numberStart - 6), numberStart)) &&
    /^ (?:in|at|on|for|from|by) /.test(sentence.text.slice(numberEnd, numberEnd + 7));
  if (
    !listed &&
    !inList &&
    !elided &&
    !partOf &&
    !/(?:\b(?:up|down) )?\bfrom $/.test(sentence.text.slice(Math.max(0, numberStart - 12), numberStart))
  )
    return undefined;
  const previous = figures.at(-1);
  if (!previous || previous.evidence.sentences[0] !== sentence.id) return undefined;
  const at = sentence.text.indexOf(previous.asWritten);
  if (at < 0 || numberStart - (at + previous.asWritten.length) > 50) return undefined;
  return unitOf(previous);
}

/** The unit after the second number of a range the number opens ("36 to 48 hours": "hours"), if a noun. */
function rangeUnit(sentence: AnalyzedSentence, numberEnd: number): string | undefined {
  const rest = sentence.text.slice(numberEnd, numberEnd + 40);
  const m = new RegExp(`^\\s?(?:to|and|or|-|–)\\s?(?:${NUMBER}|${NUMBER_WORDS}) ([a-z][a-z-]*)`, 'i').exec(
    rest,
  );
  if (!m) return undefined;
  const at = sentence.start + numberEnd + m[0].length - m[1]!.length;
  const token = sentence.tokens.find((t) => t.start === at);
  if (!token || token.pos !== 'NOUN') return undefined;
  const unit = m[1]!.toLowerCase();
  return UNIT_NAMES[unit] ?? unit;
}

/** The words a question uses for the dimensions a figure's words name ("depth" -> "deep", "8 kilometers deep" -> "depth"). */
function dimensionKeywords(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^a-z]+/)
    .flatMap((w) => words.dimensionWords[w] ?? []);
}

/**
 * "in May", "in 2026": a period written right after a figure (a few words on, no comma between). A day
 * ("on Monday") is left out: it is mostly the story's own day and tells no two figures apart.
 */
function dateAfter(sentence: AnalyzedSentence, end: number): string | undefined {
  const date = sentence.dates.find((d) => d.start >= end && d.start - end <= 24);
  if (!date || date.value.precision === 'duration') return undefined;
  const between = sentence.text.slice(end - sentence.start, date.start - sentence.start);
  if (!/^[\p{Ll} ]*$/u.test(between)) return undefined;
  if (date.value.precision === 'day') return undefined;
  if (/^in /i.test(date.text)) return date.text;
  return /(?:^|\s)in\s*$/.test(between) ? `in ${date.text}` : undefined;
}

/**
 * An age: "Moura, 52," (a name, then the number between commas), "a man aged 68", "a 45-year-old man". The
 * label names whose age it is, as the sentence writes it.
 */
function ageOf(
  sentence: AnalyzedSentence,
  start: number,
  end: number,
): { end: number; label: string; derivation: { method: string; from: string[] } } | undefined {
  const before = sentence.text.slice(0, start);
  const after = sentence.text.slice(end);
  const from = [sentence.id];
  const named = /(\p{Lu}[\p{L}.'’-]+(?: (?:de |da |van |von |del )?\p{Lu}[\p{L}.'’-]+)*), $/u.exec(
    before,
  )?.[1];
  if (named && /^,/.test(after)) {
    const first = sentence.tokens.find((t) => t.start === sentence.start + before.length - named.length - 2);
    if (!first || first.pos === 'PROPN' || /^\p{Lu}/u.test(named))
      return {
        end,
        label: `Age of ${named}`,
        derivation: { method: 'a number set off by commas after a name is an age', from },
      };
  }
  if (/\baged $/.test(before)) {
    const who = /(?:^|\s)((?:the |a |an )?(?:[\p{Ll}-]+ )?[\p{Ll}]+) aged $/u.exec(before)?.[1];
    return {
      end,
      label: `Age of ${who ?? 'the person named'}`,
      derivation: { method: '"aged" before a number', from },
    };
  }
  const old = /^-year-old(?: ([\p{Ll}]+))?/u.exec(after);
  if (old) {
    const whom =
      old[1] && !/^(?:and|or|was|is|who|said|had|has)$/.test(old[1])
        ? `the ${old[1]}`
        : 'the person described';
    return {
      end: end + old[0].length - (old[1] ? old[1].length + 1 : 0),
      label: `Age of ${whom}`,
      derivation: { method: '"-year-old" after a number', from },
    };
  }
  return undefined;
}

/**
 * "Southbank Health, which treats 380,000 patients a year and employs 9,600 staff": the name a relative clause
 * hangs on is the subject of its verbs (so the label says whose staff).
 */
function relativeSubject(sentence: AnalyzedSentence, verbIndex: number): string | undefined {
  const tokens = sentence.tokens;
  for (let k = verbIndex - 1; k >= Math.max(1, verbIndex - 16); k--) {
    const t = tokens[k]!;
    if (/^[;:.()"“”]$/.test(t.text)) return undefined;
    if (t.text === ',' && !/^(?:which|who|that)$/i.test(tokens[k + 1]?.text ?? '')) return undefined;
    if (!/^(?:which|who)$/i.test(t.text) || tokens[k - 1]?.text !== ',') continue;
    let j = k - 2;
    const end = j;
    while (j >= 0 && (tokens[j]!.pos === 'PROPN' || tokens[j]!.pos === 'NOUN')) j--;
    if (j === end) return undefined;
    if (tokens[j] && /^(?:the|its|their)$/i.test(tokens[j]!.text)) j--;
    const first = tokens[j + 1]!;
    return sentence.text.slice(first.start - sentence.start, tokens[end]!.end - sentence.start);
  }
  return undefined;
}
