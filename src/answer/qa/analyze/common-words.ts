import { stem } from '../lexicon/text.ts';

/**
 * Very frequent English verbs, auxiliaries, adverbs and generic nouns that frame a question without naming what it
 * asks about ("What did the talks *give* both sides a *chance* to do?", "How did they *characterize* their exchange of
 * *views*?"). The article not using one of them is no sign the question is out of scope, so they never make a question
 * unknown; unmatched, they only lower a fact's coverage a little (see rank.ts).
 *
 * Deliberately absent: words that are themselves the thing asked about in questions the article cannot answer
 * (lunch, menu, weather, react/reaction, win/won, game, score, hotel, ship, size, big, acronym, city, next ...).
 */
export const COMMON_WORDS: ReadonlySet<string> = new Set(
  // Everyday verbs, with their common forms.
  (
    'be being been get gets got gotten getting give gives gave given giving make makes made making let lets letting ' +
    'allow allows allowed allowing enable enables enabled permit permitted keep keeps kept keeping go goes went gone ' +
    'going run runs ran running continue continues continued continuing carry carried last lasted lasting ' +
    'look looks looked looking see sees saw seen seeing show shows showed shown find finds found know knew known ' +
    'think thought use used using call called calls consider considered regard regarded ' +
    'characterize characterized characterise characterised characterization portray portrayed depict depicted ' +
    'sum summed label labelled labeled frame framed phrase phrased put puts word worded ' +
    'feature features featured form forms formed belong belongs belonged serve served serves ' +
    'specify specified clarify clarified indicate indicated reveal revealed disclose disclosed elaborate elaborated ' +
    'happen become became turn turned end ended remain remained seem seemed appear appeared ' +
    'manage managed try tried need needed able unable would could should might must shall will can may ' +
    'do does did done doing have has had having going gonna wanna ' +
    // Generic nouns and adjectives that stand for whatever fills the slot.
    'part parts piece bit way ways manner chance chances view views ' +
    'side sides party parties both each either neither all any some other another others ' +
    'country countries nation nations state states member members participant participants ' +
    'three-way third fourth additional extra further else besides apart aside except ' +
    'series run stretch while long since after before following later afterwards afterward then thereafter ' +
    'first very whole entire main key major general overall particular certain such ' +
    'exchange exchanged sort kind type form nature character quality ' +
    'subject subjects matter matters issue issues point points area areas question questions ' +
    'table focus focused ' +
    'supposedly reportedly apparently basically really exactly actually just also still even already ' +
    'them themselves itself'
  ).split(' '),
);

export const COMMON_STEMS: ReadonlySet<string> = new Set([...COMMON_WORDS].map(stem));
