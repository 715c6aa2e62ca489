import { EN } from '../lexicon/en/index.ts';
import type { Article } from '../../../model/schema.ts';

/** Capitals standing for their governments in news writing (lexicon/en/capitals.json): capital -> country name. */
const CAPITALS: ReadonlyMap<string, string> = new Map(Object.entries(EN.capitals));

const CAPITAL = [...CAPITALS.keys()].join('|');
const SUBJECT = `(?:${CAPITAL})(?:\\s*(?:,|and|&)\\s*(?:${CAPITAL}))*`;
const SPEECH_VERB =
  '(?:agree|agreed|agrees|announce|announced|announces|decide|decided|decides|say|said|says|state|stated|pledge|pledged|commit|committed|sign|signed|declare|declared|reach|reached)';
/** A capital as the subject of a verb of agreeing or saying: "did Paris and Berlin agree", "Paris said". */
const SUBJECT_OF_VERB = new RegExp(
  `\\b(${SUBJECT})(?=\\s+(?:(?:also|both|jointly|then|finally)\\s+)?${SPEECH_VERB}\\b)`,
  'gi',
);

/**
 * Writes a capital that is the subject of an agree/announce/say verb as its country, when the article names that
 * country: "what did Paris and Berlin agree on" asks what France and Germany agreed. A capital anywhere else stays a
 * place ("was the meeting in Berlin?").
 */
export function capitalsAsCountries(text: string, article: Article): string {
  const named = new Set(article.countries.map((c) => c.name.toLowerCase()));
  return text.replace(SUBJECT_OF_VERB, (subject) =>
    subject.replace(new RegExp(`\\b(${CAPITAL})\\b`, 'gi'), (capital) => {
      const country = CAPITALS.get(capital.toLowerCase());
      return country && named.has(country.toLowerCase()) ? country : capital;
    }),
  );
}
