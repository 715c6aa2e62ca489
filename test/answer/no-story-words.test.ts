import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpusArticles } from './qa/corpus.ts';

/**
 * The answerer must work on any article: no word of one story may live in src/answer (code, comments or word
 * lists). A story's names, places, event words and paraphrases come from its model.
 */
const ANSWER_DIR = new URL('../../src/answer/', import.meta.url);

/** Distinctive words of the bundled, fixture and corpus articles: people, event and story words. */
const STORY_WORDS = [
  // The seed (South Korea-Japan security talks).
  ...[
    'Funakoshi',
    'Takehiro',
    'Ando',
    'Atsushi',
    'Seo Min',
    'Min-jung',
    'Min-jeong',
    'Kyoung-suk',
    'Woo Kyoung',
  ],
  ...['Yoon', 'Kishida', 'radar', 'lock-on', 'two-plus-two', 'thaw', 'senior-level', "monday's", 'Yonhap'],
  ...['Security Policy Consultation', 'GSOMIA', 'colonization of the Korean'],
  // The corpus (double-spelled names as the question writer listed them).
  ...['Brenninger', 'Brenniger', 'Almanza', 'Almansa', 'Macaraeg', 'Macarayeg', 'Wierzbicki', 'Wierzbiki'],
  ...['Marchetti', 'Marcheti', 'Achterberg', 'Achterburg', 'Nwosu', 'Nwoso', 'Ji-hoon', 'Jihoon'],
  ...['Dumalagan', 'Dumalagon', 'Mokoena', 'Mokwena', 'Oyelaran', 'Inês Moura', 'Ines Moura'],
  ...[
    'Casaus',
    'Cassaus',
    'Hartigan',
    'Hartigen',
    'Kemper',
    'Kempers',
    'Novotna',
    'Novotny',
    'Vltava',
    'olvanemab',
  ],
  ...['Heidemann', 'Heideman', 'Mulholland', 'Mullholland', 'Vatne', 'Vattne', 'Papadaki', 'Papadakis'],
  ...['Rheinwerk', 'Vandermeer', 'Southbank', 'Solvmaken', 'Oslofjord', 'Kapandriti'],
  ...['Ekholm', 'Eckholm', 'Kratochvil', 'Kratochwil', 'Vermeulen', 'Vermeullen', 'MacIsaac', 'McIsaac'],
  ...['Nordvik', 'Morava', 'Passo Giau', 'Quintero', 'Moreau'],
  ...['Kavtaradze', 'Kavtadze', 'Lemmons', 'Berasategui', 'Berasategi', 'Koroma-Sesay', 'Koroma-Sessay'],
  ...['Achterberg', 'Delacroix-Webb', 'Holm-Sørensen', 'Albiñana', 'Kpandebu', 'Fuentecilla', 'Ostend'],
  ...['Ancalaf', 'Ancalef', 'Benassi', 'Bennassi', 'Njeri', 'Njeru', 'Whitcombe', 'Whitcomb'],
  ...['Pampa Roja', 'Cerro Alto', 'Ambrosiana', 'Adjei-Boateng', 'Redbridge', 'Turkana', 'Lodwar', 'Kakuma'],
  ...['Daragon', 'Bicolandia', 'Malinao', 'Pacifica Air', 'Northfield', 'HeartWell', 'St. Aldric'],
  ...[
    'Port Calloway',
    'Harbor Gate',
    'Carraway',
    'Harmon County',
    'Turia',
    'Weser Swim',
    'Winterbourne',
    'Global Aquatics',
  ],
];
/** Place names may appear in the general gazetteer (lexicon/en), never in code. */
const PLACE_WORDS = ['Seoul', 'Tokyo', 'Pyongyang', 'Busan'];

function files(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

/** The family names of every person in the articles the repository holds (at least four letters). */
function peopleOfTheCorpus(): string[] {
  return loadCorpusArticles().articles.flatMap((article) =>
    article.people
      .flatMap((p) => [p.familyName ?? p.name.split(' ').at(-1) ?? ''])
      .filter((n) => n.length >= 4),
  );
}

function occurrences(words: readonly string[], onlyCode: boolean): string[] {
  const found: string[] = [];
  for (const file of files(ANSWER_DIR.pathname)) {
    if (onlyCode && !file.endsWith('.ts')) continue;
    const lines = fs.readFileSync(file, 'utf8').split('\n');
    lines.forEach((line, i) => {
      for (const word of words) {
        const pattern = new RegExp(
          `(^|[^\\p{L}])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\p{L}])`,
          'iu',
        );
        if (pattern.test(line)) found.push(`${path.relative(process.cwd(), file)}:${i + 1} "${word}"`);
      }
    });
  }
  return found;
}

describe('GIVEN the answerer source', () => {
  it('THEN no name, event word or paraphrase of a bundled, fixture or corpus article appears in it', () => {
    expect(occurrences([...STORY_WORDS, ...peopleOfTheCorpus()], false)).toStrictEqual([]);
  });

  it('THEN no place of those articles appears in its code (the gazetteer in lexicon/en may list them)', () => {
    expect(occurrences(PLACE_WORDS, true)).toStrictEqual([]);
  });
});
