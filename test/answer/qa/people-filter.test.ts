import { describe, expect, it } from 'vitest';
import { Article } from '../../../src/model/schema.ts';
import {
  answerQuestion,
  ConversationAnswerer,
  type ConversationState,
} from '../../../src/answer/qa/index.ts';
import { EMPTY_STATE } from '../../../src/answer/qa/types.ts';
import { indexArticle } from '../../../src/answer/qa/retrieve/article-index.ts';
import { answerPeopleFilter } from '../../../src/answer/qa/handlers/people-filter.ts';
import { understand } from '../../../src/answer/qa/analyze/understand.ts';
import { loadSeedArticle } from './question-file.ts';

const seed = loadSeedArticle();

/** What each seed organization becomes in the synthetic article: the foreign side turns finance, defense turns trade. */
const RENAMED: Record<string, { id: string; name: string; aliases: string[]; parent?: string }> = {
  'kr-foreign-ministry': {
    id: 'kr-finance-ministry',
    name: 'South Korean Finance Ministry',
    aliases: ['Finance Ministry', 'Ministry of Economy and Finance'],
  },
  'kr-defense-ministry': {
    id: 'kr-trade-ministry',
    name: 'South Korean Trade Ministry',
    aliases: ['Trade Ministry', 'Ministry of Trade, Industry and Energy'],
  },
  'jp-foreign-ministry': {
    id: 'jp-finance-ministry',
    name: 'Japanese Ministry of Finance',
    aliases: ['Japanese Finance Ministry', 'MOF Japan'],
  },
  'jp-defense-ministry': {
    id: 'jp-trade-ministry',
    name: 'Japanese Ministry of Economy, Trade and Industry',
    aliases: ['METI', 'Japanese Trade Ministry'],
  },
  'jp-defense-policy-bureau': {
    id: 'jp-trade-policy-bureau',
    name: 'Trade Policy Bureau',
    aliases: ['Japanese Trade Policy Bureau'],
    parent: 'jp-trade-ministry',
  },
};

const retitle = (title: string): string =>
  title.replace(/Foreign Ministry/g, 'Finance Ministry').replace(/Defen[cs]e/g, 'Trade');

/** The seed with its ministries renamed (ids, names, aliases, parents) and its people moved with them. */
function financeAndTradeArticle(): Article {
  const clone = structuredClone(seed);
  clone.organizations = clone.organizations.map((org) => {
    const renamed = RENAMED[org.id];
    if (!renamed) return org;
    const { parent, ...rest } = renamed;
    return { ...org, ...rest, ...(parent ? { parent } : {}) };
  });
  clone.people = clone.people.map((person) => ({
    ...person,
    titleAsWritten: retitle(person.titleAsWritten),
    ...(person.organization ? { organization: RENAMED[person.organization]?.id ?? person.organization } : {}),
  }));
  return Article.parse(clone);
}

const synthetic = financeAndTradeArticle();

function conversation(article: Article, turns: string[]): string {
  const answerer = new ConversationAnswerer();
  let text = '';
  for (const turn of turns) text = answerer.ask('thread', turn, article).text;
  return text;
}

/** The people filter alone, after the given turns: undefined when it does not take the question. */
function filterAfter(article: Article, turns: string[], question: string): string | undefined {
  let memory: ConversationState = EMPTY_STATE;
  for (const turn of turns) memory = answerQuestion(article, turn, memory).memory;
  const index = indexArticle(article);
  const understood = understand(
    question,
    index.lexicon,
    index.vocabulary,
    index.words,
    index.acronyms,
    index.article.countries,
  );
  return answerPeopleFilter(index, understood, memory)?.text;
}

describe('GIVEN the seed article (foreign and defense ministries)', () => {
  it('WHEN "and the defense one?" follows Funakoshi THEN it names Ando', () => {
    expect(conversation(seed, ['Who is Funakoshi?', 'And the defense one?'])).toMatch(/^Atsushi Ando\b/);
  });

  it('WHEN "which one is from the foreign ministry?" follows the attendees THEN it names Seo and Funakoshi', () => {
    const text = conversation(seed, ['Who attended?', 'which one is from the foreign ministry?']);
    expect(text).toMatch(/Seo Min-jung/);
    expect(text).toMatch(/Takehiro Funakoshi/);
    expect(text).not.toMatch(/Woo|Ando/);
  });

  it('WHEN the foreign ministries are set aside THEN the defense ones (Woo, Ando) are listed', () => {
    const text = conversation(seed, ['besides the foreign ministries, which ministries took part?']);
    expect(text).toMatch(/South Korean Defense Ministry \(Woo Kyoung-suk\)/);
    expect(text).toMatch(/Japanese Ministry of Defense through its Defense Policy Bureau \(Atsushi Ando\)/);
    expect(text).not.toMatch(/Seo|Funakoshi/);
  });

  it('WHEN asked which organization "that official" is part of THEN it gives the bureau and its ministry', () => {
    const text = conversation(seed, ['Who is Atsushi Ando?', 'What organization is that official part of?']);
    expect(text).toMatch(/Defense Policy Bureau, part of the Japanese Ministry of Defense/);
  });

  it('WHEN a shared synonym is used ("military", "diplomatic") THEN it selects like the article\'s own word', () => {
    expect(conversation(seed, ['Who attended?', 'and the military ones?'])).toMatch(
      /Woo Kyoung-suk.*Atsushi Ando/,
    );
    const diplomatic = conversation(seed, ['Who attended?', 'which one is from the diplomatic side?']);
    expect(diplomatic).toMatch(/Seo Min-jung.*Takehiro Funakoshi/);
  });
});

describe('GIVEN a synthetic article whose ministries are finance and trade', () => {
  it('WHEN "and the trade one?" follows Funakoshi THEN it names Ando of the Trade Policy Bureau', () => {
    expect(conversation(synthetic, ['Who is Funakoshi?', 'And the trade one?'])).toMatch(
      /^Atsushi Ando, deputy director-general of the Trade Policy Bureau/,
    );
  });

  it('WHEN "which one is from the finance ministry?" follows the attendees THEN it names Seo and Funakoshi', () => {
    const text = conversation(synthetic, ['Who attended?', 'which one is from the finance ministry?']);
    expect(text).toMatch(/Seo Min-jung.*Takehiro Funakoshi/);
    expect(text).not.toMatch(/Woo|Ando/);
  });

  it('WHEN a phrase of a common word is used ("the policy bureau") THEN only that bureau\'s official is picked', () => {
    expect(conversation(synthetic, ['Who attended?', 'which one is from the policy bureau?'])).toMatch(
      /^Atsushi Ando\b/,
    );
  });

  it('WHEN the finance ministries are set aside THEN the trade ministries (Woo, Ando) are listed', () => {
    const text = conversation(synthetic, ['besides the finance ministries, which ministries took part?']);
    expect(text).toMatch(/^Besides the finance side/);
    expect(text).toMatch(/South Korean Trade Ministry \(Woo Kyoung-suk\)/);
    expect(text).toMatch(
      /Japanese Ministry of Economy, Trade and Industry through its Trade Policy Bureau \(Atsushi Ando\)/,
    );
    expect(text).not.toMatch(/Seo|Funakoshi/);
  });

  it('WHEN asked which organization "that official" is part of THEN it gives the renamed bureau and ministry', () => {
    const text = conversation(synthetic, [
      'Who is Atsushi Ando?',
      'What organization is that official part of?',
    ]);
    expect(text).toMatch(/Trade Policy Bureau, part of the Japanese Ministry of Economy, Trade and Industry/);
  });

  it('WHEN the seed\'s words "defense" or "foreign" are used THEN the people filter selects nobody', () => {
    expect(filterAfter(synthetic, ['Who is Funakoshi?'], 'And the defense one?')).toBeUndefined();
    expect(filterAfter(synthetic, ['Who attended?'], 'which one is from the military?')).toBeUndefined();
    expect(
      filterAfter(synthetic, ['Who attended?'], 'which one is from the foreign ministry?'),
    ).toBeUndefined();
    expect(
      filterAfter(synthetic, [], 'besides the defense ministries, which ministries took part?'),
    ).toBeUndefined();
  });

  it('WHEN the same follow-up uses the new word THEN the people filter does select (the check above is not vacuous)', () => {
    expect(filterAfter(synthetic, ['Who is Funakoshi?'], 'And the trade one?')).toMatch(/^Atsushi Ando\b/);
  });
});
