import type { Article } from '../../../model/schema.ts';

/** Capitals standing for their governments in news writing ("Seoul and Tokyo agreed"): capital -> country name. */
const CAPITALS: ReadonlyMap<string, string> = new Map([
  ['seoul', 'South Korea'],
  ['tokyo', 'Japan'],
  ['pyongyang', 'North Korea'],
  ['washington', 'United States'],
  ['beijing', 'China'],
  ['moscow', 'Russia'],
  ['taipei', 'Taiwan'],
  ['london', 'United Kingdom'],
  ['paris', 'France'],
  ['berlin', 'Germany'],
  ['kyiv', 'Ukraine'],
  ['new delhi', 'India'],
  ['canberra', 'Australia'],
  ['ottawa', 'Canada'],
]);

const CAPITAL = [...CAPITALS.keys()].join('|');
const SUBJECT = `(?:${CAPITAL})(?:\\s*(?:,|and|&)\\s*(?:${CAPITAL}))*`;
const SPEECH_VERB =
  '(?:agree|agreed|agrees|announce|announced|announces|decide|decided|decides|say|said|says|state|stated|pledge|pledged|commit|committed|sign|signed|declare|declared|reach|reached)';
/** A capital as the subject of a verb of agreeing or saying: "did Seoul and Tokyo agree", "Seoul said". */
const SUBJECT_OF_VERB = new RegExp(
  `\\b(${SUBJECT})(?=\\s+(?:(?:also|both|jointly|then|finally)\\s+)?${SPEECH_VERB}\\b)`,
  'gi',
);

/**
 * Writes a capital that is the subject of an agree/announce/say verb as its country, when the article names that
 * country: "what did Seoul and Tokyo agree on" asks what South Korea and Japan agreed. A capital anywhere else stays a
 * place ("was the meeting in Tokyo?").
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
