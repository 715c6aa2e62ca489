import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ConversationAnswerer, routerFor } from '../../../src/answer/qa/index.ts';
import { Article } from '../../../src/model/schema.ts';
import { loadSeedArticle } from './question-file.ts';

const seed = loadSeedArticle();
const trade = Article.parse(
  JSON.parse(
    fs.readFileSync(new URL('../../fixtures/articles/trade-talks-2024-05-02.json', import.meta.url), 'utf8'),
  ),
);
/** Newest first, as the library lists them. */
const library = [trade, seed];

describe('GIVEN several articles loaded and no article named', () => {
  it('WHEN a question names a person of the older article THEN it is answered from that article', () => {
    const answer = new ConversationAnswerer().ask('c', 'Who is Funakoshi?', { library });
    expect(answer.article?.id).toBe(seed.id);
    expect(answer.text).toMatch(/Asian and Oceanian/);
  });

  it('WHEN a question names the place of the newer article THEN it is answered from that article', () => {
    const answer = new ConversationAnswerer().ask('c', 'Which ministers met in Tokyo?', { library });
    expect(answer.article?.id).toBe(trade.id);
  });

  it('WHEN a follow-up names nothing THEN the conversation keeps its article', () => {
    const answerer = new ConversationAnswerer();
    answerer.ask('c', 'Who is Funakoshi?', { library });
    const answer = answerer.ask('c', 'What did they agree?', { library });
    expect(answer.article?.id).toBe(seed.id);
    expect(answer.text).toMatch(/future-oriented/);
  });

  it('WHEN a later question clearly names the other story THEN the conversation moves to it', () => {
    const answerer = new ConversationAnswerer();
    answerer.ask('c', 'Who is Funakoshi?', { library });
    expect(answerer.ask('c', 'Which trade ministers met in Tokyo?', { library }).article?.id).toBe(trade.id);
    expect(answerer.ask('c', 'What did they agree?', { library }).article?.id).toBe(trade.id);
  });

  it('WHEN the question names the story in words THEN that story is used', () => {
    const answerer = new ConversationAnswerer();
    answerer.ask('c', 'Which ministers met in Tokyo?', { library });
    const answer = answerer.ask('c', 'In the security talks story, what did they agree?', { library });
    expect(answer.article?.id).toBe(seed.id);
    expect(answer.text).toMatch(/future-oriented/);
  });

  it('WHEN the question names a story the library does not hold THEN it is not answered from another', () => {
    const answer = new ConversationAnswerer().ask('c', 'What was agreed in the volcano story?', { library });
    expect(answer.answered).toBe(false);
    expect(answer.text).toMatch(/no article about “volcano”/);
    expect(answer.text).toContain(seed.headline);
  });

  it('WHEN nothing in a first question points at a story and none was asked about here THEN the answer asks which, naming them newest first', () => {
    const answer = new ConversationAnswerer().ask('c', 'What was that about?', { library });
    expect(answer.answered).toBe(false);
    expect(answer.article).toBeUndefined();
    expect(answer.text).toBe(
      `Which story do you mean?\n1. “${trade.headline}”\n2. “${seed.headline}”\nReply with its number or name it (“the story about …”).`,
    );
  });

  it('WHEN two articles fit equally (a name both have) THEN the answer asks which, naming both, and a reply picks one', () => {
    const twin = { ...structuredClone(seed), id: 'seed-twin', headline: 'A second report of the same talks' };
    const answerer = new ConversationAnswerer();
    const answer = answerer.ask('c', 'Who is Funakoshi?', { library: [twin, seed] });
    expect(answer.article).toBeUndefined();
    expect(answer.text).toContain('Which story do you mean?');
    expect(answer.text).toContain(`“${twin.headline}”`);
    expect(answer.text).toContain(`“${seed.headline}”`);
    const second = answer.route?.candidates?.[1];
    expect(second).toBeDefined();
    const picked = answerer.ask('c', '2', { library: [twin, seed] });
    expect(picked.article?.id).toBe(second?.id);
    expect(picked.text).toMatch(/Asian and Oceanian/);
  });

  it('WHEN an article is pinned THEN routing is skipped', () => {
    const answer = new ConversationAnswerer().ask('c', 'Who is Funakoshi?', trade);
    expect(answer.article?.id).toBe(trade.id);
    expect(answer.answered).toBe(false);
  });
});

/** The seed and every tuning article of test/fixtures/articles, newest first. */
function tuningLibrary(): Article[] {
  const dir = new URL('../../fixtures/articles/', import.meta.url);
  const others = fs
    .readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .map((name) => Article.parse(JSON.parse(fs.readFileSync(new URL(name, dir), 'utf8'))));
  return [seed, ...others].sort((a, b) => (b.published.value ?? '').localeCompare(a.published.value ?? ''));
}

describe('GIVEN the ten tuning articles loaded and no article named', () => {
  const many = tuningLibrary();
  const byName = (prefix: string): Article => many.find((a) => a.id.startsWith(prefix))!;

  it('WHEN the question uses the very word of one story and only a word of the same stem of another THEN the first story is used', () => {
    // The seed holds a "consultation"; the minister story a "consulting firm" (both stem to "consult").
    const answer = new ConversationAnswerer().ask('c', 'What number consultation was this?', {
      library: many,
    });
    expect(answer.article?.id).toBe(seed.id);
    expect(answer.text).toMatch(/12th/);
  });

  it('WHEN the question repeats a phrase of one story THEN that story wins over one holding the words apart', () => {
    // "the first meeting was held" is the seed's; the rate decision's policy meeting has "meeting" more often.
    const answer = new ConversationAnswerer().ask('c', 'When was the first meeting held?', { library: many });
    expect(answer.article?.id).toBe(seed.id);
    expect(answer.text).toMatch(/1998/);
  });

  it('WHEN the only shared words are common verbs ("took part") THEN they do not pull the question to another story', () => {
    // Stories of talks fit it equally (the seed's, the trade talks, a strike's pay talks, ...): asked which of
    // those. The budget story also "took office": "took" before "part" is the question's frame, not evidence.
    // those, and only of those: a story that only "took" something is not among them.
    const answer = new ConversationAnswerer().ask('c', 'Who took part in the talks?', { library: many });
    expect(answer.article).toBeUndefined();
    const listed = answer.route?.candidates?.map((a) => a.id) ?? [];
    expect(listed).toContain(seed.id);
    const ofTalks = new Set(
      routerFor(many)
        .scores('talks')
        .map((s) => s.id),
    );
    expect(listed.filter((id) => !ofTalks.has(id))).toEqual([]);
  });

  it('WHEN a conversation moves to another story by its event words THEN follow-ups stay there', () => {
    const answerer = new ConversationAnswerer();
    expect(answerer.ask('c', 'How deep was the quake?', { library: many }).article?.id).toBe(
      byName('quake').id,
    );
    const moved = answerer.ask('c', 'what about the rate cut?', { library: many });
    expect(moved.article?.id).toBe(byName('rate-decision').id);
    const followUp = answerer.ask('c', 'by how much?', { library: many });
    expect(followUp.article?.id).toBe(byName('rate-decision').id);
    expect(followUp.text).not.toMatch(/From “/);
  });

  it('WHEN the library reloads with a new article THEN questions about it are routed to it', () => {
    const without = many.filter((a) => a.id !== byName('bridge').id);
    const question = 'Who cut the ribbon at the bridge opening?';
    expect(new ConversationAnswerer().ask('c', question, { library: without }).article?.id).not.toBe(
      byName('bridge').id,
    );
    const reloaded = [byName('bridge'), ...without];
    expect(new ConversationAnswerer().ask('c', question, { library: reloaded }).article?.id).toBe(
      byName('bridge').id,
    );
  });

  it('WHEN a first question points at no story at all THEN the answer asks which, naming the newest three, and answers from none', () => {
    const answer = new ConversationAnswerer().ask('c', 'tl;dr?', { library: many });
    expect(answer.answered).toBe(false);
    expect(answer.article).toBeUndefined();
    expect(answer.text).toContain('Which story do you mean?');
    for (const article of many.slice(0, 3)) expect(answer.text).toContain(`“${article.headline}”`);
    expect(answer.text).not.toContain(`“${many[3]!.headline}”`);
    expect(answer.text).toContain(`(/articles lists all ${many.length})`);
  });

  it('WHEN a generic first question ("who is on the left in the photo?") holds nothing of any story but the words every photo has THEN it asks which, naming them', () => {
    const answer = new ConversationAnswerer().ask('c', 'who is on the left in the photo?', { library: many });
    expect(answer.answered).toBe(false);
    expect(answer.route?.basis).toBe('default');
    expect(answer.text).toMatch(/^Which story do you mean\?\n1\. “/);
  });

  it('WHEN the same generic question is asked in a conversation or a channel with a story THEN it stays with that story', () => {
    const answerer = new ConversationAnswerer();
    const bridge = byName('bridge');
    answerer.ask(
      'alice',
      'Who cut the ribbon at the bridge opening?',
      { library: many },
      { channel: 'chan-1' },
    );
    const followUp = answerer.ask('alice', 'who is on the left in the photo?', { library: many });
    expect(followUp.article?.id).toBe(bridge.id);
    expect(followUp.text).not.toMatch(/Which story/);
    const bob = answerer.ask('bob', 'who wrote this?', { library: many }, { channel: 'chan-1' });
    expect(bob.article?.id).toBe(bridge.id);
    expect(bob.text).toContain(`From “${bridge.headline}”, the story last asked about or posted here`);
  });

  it('WHEN a story was just posted in a channel THEN a first question there naming no other story is about it, and one naming another moves', () => {
    const answerer = new ConversationAnswerer();
    const quake = byName('quake');
    answerer.storyPosted('news', quake.id);
    const asked = answerer.ask('news:dana', 'how many people died?', { library: many }, { channel: 'news' });
    expect(asked.article?.id).toBe(quake.id);
    expect(asked.answered).toBe(true);
    const other = answerer.ask(
      'news:erin',
      'what about the rate cut?',
      { library: many },
      { channel: 'news' },
    );
    expect(other.article?.id).toBe(byName('rate-decision').id);
  });

  it('WHEN someone new asks a first question naming no story in a channel THEN the story last asked about there answers, and says so', () => {
    const answerer = new ConversationAnswerer();
    const quake = byName('quake');
    expect(
      answerer.ask('chan-1:alice', 'How deep was the quake?', { library: many }, { channel: 'chan-1' })
        .article?.id,
    ).toBe(quake.id);
    const bob = answerer.ask('chan-1:bob', 'tl;dr?', { library: many }, { channel: 'chan-1' });
    expect(bob.article?.id).toBe(quake.id);
    expect(bob.text).toContain(`From “${quake.headline}”, the story last asked about or posted here`);
    // Another channel has seen nothing: which story is asked.
    const carol = answerer.ask('chan-2:carol', 'tl;dr?', { library: many }, { channel: 'chan-2' });
    expect(carol.article).toBeUndefined();
    expect(carol.text).toContain('Which story do you mean?');
  });

  it('WHEN a digest of two stories was posted in a channel THEN a question pointing at no story is asked back among those two only, a reply picks one, and a question clearly about another story goes there', () => {
    const answerer = new ConversationAnswerer();
    const posted = [byName('quake'), byName('bridge-opening')];
    answerer.storiesPosted(
      'd',
      posted.map((a) => a.id),
    );
    const which = answerer.ask('d:alice', 'who spoke?', { library: many }, { channel: 'd' });
    expect(which.text).toContain('Which story do you mean?');
    expect([...which.text.matchAll(/^\d\. “(.+)”$/gm)].map((m) => m[1]).sort()).toEqual(
      posted.map((a) => a.headline).sort(),
    );
    const picked = answerer.ask('d:alice', 'the bridge one', { library: many }, { channel: 'd' });
    expect(picked.article?.id).toBe(byName('bridge-opening').id);
    const moved = answerer.ask('d:bob', 'what about the rate cut?', { library: many }, { channel: 'd' });
    expect(moved.article?.id).toBe(byName('rate-decision').id);
  });

  describe('WHEN the bot asked which story is meant', () => {
    const listedIn = (text: string): string[] =>
      [...text.matchAll(/^\d\. “(.+)”$/gm)].map((m) => many.find((a) => a.headline === m[1])!.id);

    it('THEN a reply with a number answers the question asked before, from that story, and the conversation keeps it', () => {
      const answerer = new ConversationAnswerer();
      const asked = answerer.ask('c', 'who took the photo?', { library: many });
      expect(asked.text).toContain('Which story do you mean?');
      const listed = listedIn(asked.text);
      expect(listed.length).toBeGreaterThanOrEqual(2);
      const picked = many.find((a) => a.id === listed[1])!;
      const reply = answerer.ask('c', '2', { library: many });
      expect(reply.article?.id).toBe(picked.id);
      expect(reply.text).toContain(`(From “${picked.headline}”, the story you picked.)`);
      // The same answer as the question asked with that story pinned.
      const pinned = new ConversationAnswerer().ask('p', 'who took the photo?', picked);
      expect(reply.text.split('\n')[0]).toBe(pinned.text.split('\n')[0]);
      expect(answerer.ask('c', 'what did they say?', { library: many }).article?.id).toBe(picked.id);
    });

    it('THEN "the second one" and "the last" pick by place, and "the quake one" by the story\'s words', () => {
      for (const [reply, place] of [
        ['the second one', 1],
        ['the last', -1],
        ['number 1 please', 0],
      ] as const) {
        const answerer = new ConversationAnswerer();
        const listed = listedIn(answerer.ask('c', 'who took the photo?', { library: many }).text);
        expect(answerer.ask('c', reply, { library: many }).article?.id).toBe(listed.at(place));
      }
      const answerer = new ConversationAnswerer();
      answerer.ask('c', 'who took the photo?', { library: many });
      const quake = answerer.ask('c', 'the quake one', { library: many });
      expect(quake.article?.id).toBe(byName('quake').id);
      expect(quake.text).toContain('the story you picked');
    });

    it('THEN a new question instead of a pick is routed as a question, and a later "2" is no pick', () => {
      const answerer = new ConversationAnswerer();
      answerer.ask('c', 'who took the photo?', { library: many });
      const depth = answerer.ask('c', 'How deep was the quake?', { library: many });
      expect(depth.article?.id).toBe(byName('quake').id);
      expect(depth.text).not.toContain('the story you picked');
      expect(answerer.ask('c', '2', { library: many }).route?.basis).not.toBe('chosen');
    });

    it('THEN a number beyond the list picks nothing and is not answered from a story', () => {
      const answerer = new ConversationAnswerer();
      answerer.ask('c', 'who took the photo?', { library: many });
      const reply = answerer.ask('c', '9', { library: many });
      expect(reply.route?.basis).not.toBe('chosen');
      expect(reply.text).not.toContain('the story you picked');
    });
  });

  it("WHEN a question in that channel names another story THEN it goes to that story, not the channel's", () => {
    const answerer = new ConversationAnswerer();
    answerer.ask('chan-1:alice', 'How deep was the quake?', { library: many }, { channel: 'chan-1' });
    const bob = answerer.ask(
      'chan-1:bob',
      'what about the rate cut?',
      { library: many },
      { channel: 'chan-1' },
    );
    expect(bob.article?.id).toBe(byName('rate-decision').id);
  });
});

interface TinyStory {
  id: string;
  headline: string;
  body: string[];
  places?: string[];
  countries?: Array<{ id: string; name: string; demonym: string }>;
  /** Organizations by name, each with its aliases. */
  organizations?: Array<{ name: string; aliases?: string[] }>;
  /** People by full name ("Given Family"), each with its other spellings; the surname is an alias. Else the fixture's. */
  people?: Array<{ name: string; aliases?: string[]; title?: string; mentioned?: boolean }>;
  /** The roles of the main event's participants ("plaintiff"). */
  roles?: string[];
}

/** A made-up story of a few sentences (the trade-talks fixture's frame), so that one routing mechanism shows alone. */
function tiny(story: TinyStory): Article {
  const copy = structuredClone(trade) as Record<string, unknown>;
  let at = 0;
  const sentences = story.body.map((text, i) => {
    const sentence = {
      id: `p${i}s0`,
      paragraph: i,
      index: 0,
      start: at,
      end: at + text.length,
      text,
      kind: 'body',
    };
    at += text.length + 2;
    return sentence;
  });
  const evidence = { sentences: ['p0s0'], quotes: [story.body[0]!.slice(0, 20)] };
  Object.assign(copy, {
    id: story.id,
    headline: story.headline,
    dek: story.headline,
    dateline: undefined,
    sentences,
    countries: (story.countries ?? []).map((c) => ({
      ...c,
      namesAsWritten: [c.name],
      aliases: [],
      evidence,
    })),
    organizations: (story.organizations ?? []).map((o, i) => ({
      id: `organization-${i}`,
      name: o.name,
      namesAsWritten: [o.name],
      aliases: o.aliases ?? [],
      kind: 'company',
      evidence,
    })),
    ...(story.people
      ? {
          people: story.people.map((p, i) => {
            const [givenName, ...family] = p.name.split(' ');
            const familyName = family.join(' ');
            return {
              id: `person-${i}`,
              name: p.name,
              givenName,
              familyName,
              namesAsWritten: [p.name],
              aliases: [familyName, ...(p.aliases ?? [])],
              titleAsWritten: p.title ?? 'a resident',
              titleVariants: [],
              role: p.title ?? 'resident',
              involvement: p.mentioned ? 'mentioned' : 'participant',
              description: `${p.name} in the story.`,
              evidence,
            };
          }),
        }
      : {}),
    places: (story.places ?? []).map((name, i) => ({
      id: `place-${i}`,
      name,
      namesAsWritten: [name],
      aliases: [],
      kind: 'city',
      evidence,
    })),
    events: [
      {
        id: 'event',
        kind: 'other',
        name: story.headline,
        nouns: [],
        aliases: [],
        format: [],
        participants: (story.roles ?? []).map((role) => ({ role, people: [], evidence })),
        date: { precision: 'unknown', asWritten: 'recently' },
        evidence,
      },
    ],
    outcomes: [],
    summaries: Object.fromEntries(
      ['oneLine', 'short', 'detailed'].map((k) => [k, { text: story.body[0], sentences: ['p0s0'] }]),
    ),
  });
  return Article.parse(JSON.parse(JSON.stringify(copy)));
}

describe('GIVEN small made-up stories, one routing mechanism at a time', () => {
  const mill = tiny({
    id: 'mill-fire',
    headline: 'Fire destroys the old mill in Kestrelford',
    body: ['A fire destroyed the old mill in Kestrelford on Tuesday.', 'The old mill was built in 1850.'],
    places: ['Kestrelford'],
  });
  const mayor = tiny({
    id: 'mayor-elected',
    headline: 'Varga elected mayor of Dunmore',
    body: [
      'Ilse Varga was elected mayor of Dunmore on Sunday.',
      'Varga, a former teacher, won 54% of the vote.',
    ],
    places: ['Dunmore', 'Ilse Varga'],
  });
  const ferry = tiny({
    id: 'ferry-dispute',
    headline: 'Ferry crews walk out over pay',
    body: [
      'About 6,800 ferry crew members walked out on Monday, the shipping ministry of Belgium said.',
      'The rocket of flares lit the harbour.',
    ],
    countries: [{ id: 'be', name: 'Belgium', demonym: 'Belgian' }],
  });
  const library = [ferry, mayor, mill];

  it('WHEN a name is in two stories and nothing else in the question tells them apart THEN the answer asks which, and "the ferry one" answers it from the ferry story', () => {
    const ferryVarga = tiny({
      id: 'ferry-varga',
      headline: 'Ferry crews walk out in Dunmore',
      body: [
        'Ferry crews walked out in Dunmore on Monday, said Ilse Varga, the ferry union spokeswoman.',
        'Varga said the crews want more pay.',
      ],
      places: ['Dunmore', 'Ilse Varga'],
    });
    const answerer = new ConversationAnswerer();
    const which = answerer.ask('c', 'Who is Ilse Varga?', { library: [ferryVarga, mayor] });
    expect(which.article).toBeUndefined();
    expect(which.text).toContain('Which story do you mean?');
    expect(which.text).toContain(`“${mayor.headline}”`);
    expect(which.text).toContain(`“${ferryVarga.headline}”`);
    const picked = answerer.ask('c', 'the ferry one', { library: [ferryVarga, mayor] });
    expect(picked.article?.id).toBe(ferryVarga.id);
    expect(picked.text).toContain('the story you picked');
  });

  it('WHEN a reply to "Which story do you mean?" picks one by words carrying on from the question ("and what did she say about pay?") THEN that reply is answered from it, after the question asked back about', () => {
    const ferryVarga = tiny({
      id: 'ferry-varga',
      headline: 'Ferry crews walk out in Dunmore',
      body: [
        'Ferry crews walked out in Dunmore on Monday, said Ilse Varga, the ferry union spokeswoman.',
        'Varga said the crews want more pay.',
      ],
      places: ['Dunmore', 'Ilse Varga'],
    });
    const answerer = new ConversationAnswerer();
    const which = answerer.ask('c', 'Who is Ilse Varga?', { library: [ferryVarga, mayor] });
    expect(which.text).toContain('Which story do you mean?');
    const reply = answerer.ask('c', 'and what did she say about pay?', { library: [ferryVarga, mayor] });
    expect(reply.article?.id).toBe(ferryVarga.id);
    expect(reply.text).toContain('more pay');
    expect(reply.text).toContain('the story you picked');
  });

  it('WHEN a follow-up meets words of two other stories about equally, none of them clearly ("how many seats?") THEN the conversation keeps its article rather than ask which', () => {
    const council = tiny({
      id: 'council-seats',
      headline: 'Greens win seats on Harlow council',
      body: ['The Greens won four seats on Harlow council on Thursday.', 'Labour lost two seats.'],
      places: ['Harlow'],
    });
    const ferrySeats = tiny({
      id: 'ferry-seats',
      headline: 'New Portwell ferry has 300 seats',
      body: [
        'The new Portwell ferry has 300 seats.',
        'The seats on the upper deck face the sea.',
        'It sails from May, with seats for bicycles.',
      ],
      places: ['Portwell'],
    });
    const seats = [council, ferrySeats, mill, mayor, ferry];
    const answerer = new ConversationAnswerer();
    expect(answerer.ask('c', 'when was the old mill built?', { library: seats }).article?.id).toBe(mill.id);
    const followUp = answerer.ask('c', 'how many seats?', { library: seats });
    expect(followUp.text).not.toContain('Which story do you mean?');
    expect(followUp.article?.id).toBe(mill.id);
  });

  it('WHEN a follow-up points back ("how old is she?") and only a plain word of it is in another story THEN it stays', () => {
    const answerer = new ConversationAnswerer();
    expect(answerer.ask('c', 'Who is Varga?', { library }).article?.id).toBe(mayor.id);
    const followUp = answerer.ask('c', 'how old is she?', { library });
    expect(followUp.article?.id).toBe(mayor.id);
    expect(followUp.text).not.toMatch(/From “/);
  });

  it("WHEN a follow-up names another story's place THEN the conversation moves to that story", () => {
    const answerer = new ConversationAnswerer();
    answerer.ask('c', 'Who is Varga?', { library });
    expect(answerer.ask('c', 'and what happened in Kestrelford?', { library }).article?.id).toBe(mill.id);
  });

  it('WHEN a follow-up opens with "what about" and names the event of another story THEN the conversation moves to it, while a pronoun keeps it', () => {
    const answerer = new ConversationAnswerer();
    answerer.ask('c', 'Who is Varga?', { library });
    expect(answerer.ask('c', 'what about the fire?', { library }).article?.id).toBe(mill.id);
    answerer.ask('d', 'Who is Varga?', { library });
    expect(answerer.ask('d', 'was she at the fire?', { library }).article?.id).toBe(mayor.id);
  });

  it('WHEN a question names a country by its adjective ("the belgian government") THEN it goes to the story of that country', () => {
    const answer = new ConversationAnswerer().ask('c', 'what did the belgian government say?', {
      library: [mill, mayor, ferry],
    });
    expect(answer.article?.id).toBe(ferry.id);
  });

  it('WHEN a first question shares only plain words that other stories have too, and none only one story has THEN it asks which rather than guess', () => {
    const harbour = tiny({
      id: 'harbour-wall',
      headline: 'Harbour wall repaired in Dunmore',
      body: ['The harbour wall in Dunmore was repaired by a local family firm.', 'The repairs took a year.'],
      places: ['Dunmore'],
    });
    const mill2 = tiny({
      id: 'mill-sold',
      headline: 'Old mill in Kestrelford sold',
      body: [
        'The old mill in Kestrelford was sold to a local family on Tuesday.',
        'The family plans to open a bakery in the local mill.',
      ],
      places: ['Kestrelford'],
    });
    const answer = new ConversationAnswerer().ask('c', 'which local family was it?', {
      library: [harbour, mill2, ferry],
    });
    expect(answer.article).toBeUndefined();
    expect(answer.text).toContain('Which story do you mean?');
    expect(answer.text).toContain(`“${mill2.headline}”`);
    expect(answer.text).toContain(`“${harbour.headline}”`);
  });

  it('WHEN a weak first question meets only event words two stories share ("the strike") THEN it asks which of them rather than guess, and one naming a word only one story has still answers', () => {
    const dockStrike = tiny({
      id: 'dock-strike',
      headline: 'Dock workers strike in Portwell',
      body: [
        'Dock workers in Portwell went on strike on Monday.',
        'The strike closed the container quay.',
        'It is the first strike at the docks since 1990, and union leaders say the strike will last a week.',
        'The dock union called the strike after pay talks failed.',
      ],
      places: ['Portwell'],
    });
    const nurseStrike = tiny({
      id: 'nurse-strike',
      headline: 'Nurses strike at Harlow hospital',
      body: [
        'Nurses at Harlow hospital went on strike on Friday.',
        'The strike delayed operations, the nurses union said.',
        'The union wants more staff on each ward.',
      ],
      places: ['Harlow'],
    });
    const strikes = [dockStrike, nurseStrike, mill];
    const which = new ConversationAnswerer().ask('c', 'why did the strike begin?', { library: strikes });
    expect(which.article).toBeUndefined();
    expect(which.text).toContain('Which story do you mean?');
    expect(which.text).toContain(`“${dockStrike.headline}”`);
    expect(which.text).toContain(`“${nurseStrike.headline}”`);
    const quay = new ConversationAnswerer().ask('c', 'did the strike close the quay?', { library: strikes });
    expect(quay.article?.id).toBe(dockStrike.id);
  });

  it("WHEN a question is about a kind of event that is one story's main event and only a side event of another THEN the story whose main event it is answers", () => {
    const event = (id: string, kind: string, name: string, nouns: string[]) => ({
      id,
      kind,
      name,
      nouns,
      aliases: [],
      format: [],
      participants: [],
      date: { precision: 'unknown', asWritten: 'recently' },
      evidence: { sentences: ['p0s0'], quotes: ['The'] },
    });
    const vote = tiny({
      id: 'library-vote',
      headline: 'Marsh council approves a new library',
      body: [
        'The council of Marsh approved a new library on Tuesday, after a long meeting.',
        'The vote was 7 to 2, and the library will open in 2027.',
      ],
      places: ['Marsh'],
    });
    vote.events = [
      event('vote', 'vote', 'Council vote on the library', ['vote']),
      event('meeting', 'meeting', 'Council meeting before the vote', ['meeting']),
    ] as Article['events'];
    const grain = tiny({
      id: 'grain-talks',
      headline: 'Farmers and millers hold grain talks in Oxley',
      body: [
        'Farmers and millers held grain talks in Oxley on Monday.',
        'It was the first meeting of the two groups since the drought, and the talks will resume in May.',
      ],
      places: ['Oxley'],
    });
    grain.events = [event('talks', 'talks', 'Oxley grain talks', ['talks'])] as Article['events'];
    const answer = new ConversationAnswerer().ask('c', 'when was the meeting?', {
      library: [vote, grain, mill],
    });
    expect(answer.article?.id).toBe(grain.id);
  });

  it('WHEN a question shares only a plain word with one story THEN that story answers with a line saying it is only the closest', () => {
    const answer = new ConversationAnswerer().ask('c', 'when was it built?', { library });
    expect(answer.article?.id).toBe(mill.id);
    expect(answer.route?.basis).toBe('weak');
    expect(answer.text).toContain(`From “${mill.headline}”, the article closest to the question`);
  });

  it('WHEN the story is named as "the story about ..." or "... story:" THEN that story is used, even mid-conversation', () => {
    const answerer = new ConversationAnswerer();
    answerer.ask('c', 'Who is Varga?', { library });
    expect(answerer.ask('c', 'the story about the fire, when was it built?', { library }).article?.id).toBe(
      mill.id,
    );
    answerer.ask('c', 'Who is Varga?', { library });
    expect(answerer.ask('c', 'fire story: when was it built?', { library }).article?.id).toBe(mill.id);
  });

  it('WHEN "the ... one" names nothing a story holds THEN it is no claim about a missing story', () => {
    const answer = new ConversationAnswerer().ask('c', 'in the volcano one, who is Varga?', { library });
    expect(answer.text).not.toMatch(/I have no article/);
    expect(answer.article?.id).toBe(mayor.id);
  });

  it('WHEN the words naming a story fit two stories THEN the rest of the question picks one and the answer names the other', () => {
    const strike = tiny({
      id: 'mill-strike',
      headline: 'Paper mill workers walk out in Oskarby',
      body: ['Workers at the paper mill in Oskarby walked out on Friday over pay.'],
      places: ['Oskarby'],
    });
    const answer = new ConversationAnswerer().ask('c', 'in the mill story, why did the workers walk out?', {
      library: [strike, ...library],
    });
    expect(answer.article?.id).toBe(strike.id);
    expect(answer.text).toContain(`“${mill.headline}” fits too`);
  });

  it('WHEN a question quotes a number as another spelling of the one a story has ("6800", "6,800") THEN that story is used', () => {
    const answer = new ConversationAnswerer().ask('c', 'were there 6800 of them?', {
      library: [mill, mayor, ferry],
    });
    expect(answer.article?.id).toBe(ferry.id);
  });

  it('WHEN a name is typed with two letters swapped ("Vagra") THEN the story of that name is used', () => {
    const answer = new ConversationAnswerer().ask('c', 'who is vagra?', { library });
    expect(answer.article?.id).toBe(mayor.id);
  });

  it('WHEN a long word of a story\'s event is typed one letter off ("destroyd") THEN that story is used', () => {
    const answer = new ConversationAnswerer().ask('c', 'what got destroyd?', { library });
    expect(answer.article?.id).toBe(mill.id);
  });

  it('WHEN a plain word is one letter off a plain word of a story ("racket", "rocket") THEN it does not pull the question there', () => {
    const answer = new ConversationAnswerer().ask('c', 'what racket does she use?', {
      library: [mill, ferry, mayor],
    });
    expect(answer.route?.basis).toBe('default');
    expect(answer.article).toBeUndefined();
    expect(answer.text).toContain('Which story do you mean?');
  });

  it('WHEN a name is split by invisible characters or wrapped in markdown THEN it still routes', () => {
    expect(new ConversationAnswerer().ask('c', 'who is **Var\u200bga**?', { library }).article?.id).toBe(
      mayor.id,
    );
  });

  it('WHEN a message is no question ("help", an empty one) THEN the conversation keeps its story and no line about the choice is added', () => {
    const answerer = new ConversationAnswerer();
    answerer.ask('c', 'Who is Varga?', { library });
    const help = answerer.ask('c', 'help', { library });
    expect(help.article?.id).toBe(mayor.id);
    expect(help.text).not.toMatch(/From /);
    const fresh = new ConversationAnswerer().ask('d', '   ', { library });
    expect(fresh.text).not.toMatch(/From the newest article/);
  });

  it('WHEN the story is named before the question in a long message THEN that story is used', () => {
    const answer = new ConversationAnswerer().ask(
      'c',
      'I was reading about the fire in Kestrelford this morning over breakfast and I keep wondering about one thing, what year was it built?',
      { library },
    );
    expect(answer.article?.id).toBe(mill.id);
  });

  describe('WHEN a question names one story and asks a plain word another story uses a lot', () => {
    const ruling = tiny({
      id: 'dairy-ruling',
      headline: 'Halvex Dairies ordered to pay growers',
      body: [
        'A judge ordered Halvex Dairies to pay 3 million dollars to its growers on Thursday.',
        'Halvex argued that the contracts had expired.',
      ],
      organizations: [{ name: 'Halvex Dairies', aliases: ['Halvex'] }],
    });
    const security = tiny({
      id: 'coastal-defense',
      headline: 'Coastal defense talks resume in Marrow Bay',
      body: [
        'The Ministry of Coastal Defense and its neighbours resumed defense talks on Monday.',
        'Officials said defense cooperation and defense spending were discussed.',
        'A joint defense exercise is planned.',
      ],
      organizations: [{ name: 'Ministry of Coastal Defense', aliases: ['Defense Ministry'] }],
    });
    const stories = [security, ruling, mill];

    it('THEN the story it names is used, and the answer names the other', () => {
      const answer = new ConversationAnswerer().ask('c', "What was Halvex's defense?", { library: stories });
      expect(answer.article?.id).toBe(ruling.id);
      expect(answer.text).toContain(`“${security.headline}” fits too`);
    });
  });

  it('WHEN a reply to "Which story do you mean?" carries on from a photo question ("and the right?") THEN where in the photo picks no story', () => {
    const appeal = tiny({
      id: 'appeal-right',
      headline: 'Harlow tenants win appeal',
      body: ['Tenants in Harlow won the right to appeal on Monday.', 'The right was granted by a judge.'],
      places: ['Harlow'],
    });
    const market = tiny({
      id: 'market-reopens',
      headline: 'Dunmore market reopens',
      body: ['The Dunmore market reopened on Saturday, its stalls on the right of the square.'],
      places: ['Dunmore'],
    });
    const stories = [appeal, market, ferry, mill];
    const answerer = new ConversationAnswerer();
    const which = answerer.ask('c', 'who is on the left in the photo?', { library: stories });
    expect(which.text).toContain('Which story do you mean?');
    const reply = answerer.ask('c', 'and the right?', { library: stories });
    expect(reply.route?.basis).not.toBe('chosen');
    expect(reply.article?.id).not.toBe(appeal.id);
  });

  it('WHEN a question names only a country that many stories name THEN the story that names it most is not picked for it', () => {
    const veloria = { id: 'vl', name: 'Veloria', demonym: 'Velorian' };
    const stories = [
      tiny({
        id: 'veloria-election',
        headline: 'Veloria votes for a new parliament',
        body: ['Veloria voted for a new parliament on Sunday.', 'Turnout in Veloria was high.'],
        countries: [veloria],
      }),
      tiny({
        id: 'veloria-ferry',
        headline: 'Ferry line to Dunmore opens',
        body: ['A ferry line from Dunmore to Veloria opened on Monday.'],
        countries: [veloria],
      }),
      tiny({
        id: 'veloria-grain',
        headline: 'Grain prices rise in Harlow',
        body: ['Grain prices rose in Harlow after a poor harvest in Veloria.'],
        countries: [veloria],
      }),
      tiny({
        id: 'veloria-mill',
        headline: 'Kestrelford mill sold',
        body: ['The old mill in Kestrelford was sold to a buyer from Veloria.'],
        countries: [veloria],
      }),
    ];
    const answer = new ConversationAnswerer().ask('c', 'Who leads Veloria?', { library: stories });
    expect(answer.text).toContain('Which story do you mean?');
  });

  describe('WHEN two stories have people of the same surname', () => {
    // The protagonist of the council story, in its headline and three sentences.
    const council = tiny({
      id: 'council-budget',
      headline: 'Brodsky wins council budget vote in Harlow',
      body: [
        'Council leader Anna Brodsky won the budget vote in Harlow on Tuesday.',
        'Brodsky said the budget protects libraries.',
        'Opponents of Brodsky walked out before the vote.',
        'The budget passes to the mayor next week.',
      ],
      places: ['Harlow'],
      people: [{ name: 'Anna Brodsky', title: 'council leader' }],
    });
    // A passer-by of the regatta story, mentioned once, whose name the model spells many ways.
    const regatta = tiny({
      id: 'regatta-storm',
      headline: 'Storm halts Portwell regatta',
      body: [
        'A storm halted the Portwell regatta on Saturday.',
        'Lev Brodsky, a spectator, filmed the capsized boats.',
        'The regatta resumes on Sunday.',
      ],
      places: ['Portwell'],
      people: [
        {
          name: 'Lev Brodsky',
          title: 'spectator',
          mentioned: true,
          aliases: ['Brodski', 'Lev Brodski', 'L. Brodsky', 'Brodsky Lev', 'Lev Brodskiy'],
        },
      ],
    });
    const stories = [regatta, council, mill];

    it('THEN a bare surname goes to the story it is prominent in, however many spellings the other has', () => {
      const answer = new ConversationAnswerer().ask('c', 'What did Brodsky say?', { library: stories });
      expect(answer.article?.id).toBe(council.id);
    });

    it('THEN a full name goes to the story of that person, though the surname is more prominent in the other', () => {
      const answer = new ConversationAnswerer().ask('c', 'What did Lev Brodsky see?', { library: stories });
      expect(answer.article?.id).toBe(regatta.id);
    });
  });

  describe("WHEN a question asks about a role of a story's main event", () => {
    const suit = tiny({
      id: 'bakery-suit',
      headline: 'Bakery wins case against Dunmore landlord',
      body: [
        'A bakery won its case against a Dunmore landlord on Monday.',
        'The plaintiff had said the rent rise broke the lease.',
      ],
      places: ['Dunmore'],
      roles: ['plaintiff', 'defendant'],
    });
    const gala = tiny({
      id: 'gala-night',
      headline: 'Gala night raises funds in Kestrelford',
      body: [
        'A gala night in Kestrelford raised funds for the library.',
        'A former plaintiff in an old lease case was among the guests.',
        'The plaintiff gave a speech.',
      ],
      places: ['Kestrelford'],
      roles: ['host'],
    });
    const stories = [gala, suit, mill];

    it('THEN the story whose main event has that role, in its own words, fits better than one that only says the word more', () => {
      const [first] = routerFor(stories).scores('Who was the plaintiff?');
      expect(first?.id).toBe(suit.id);
    });

    it('THEN a role only the model names, no word of the story, is no evidence', () => {
      const answer = new ConversationAnswerer().ask('c', 'Who was the host?', { library: stories });
      expect(answer.article).toBeUndefined();
      expect(answer.text).toContain('Which story do you mean?');
    });
  });
});
