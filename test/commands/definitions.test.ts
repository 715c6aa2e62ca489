import { describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.ts';

const NAME = /^[-_'\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;

interface OptionJson {
  name: string;
  description: string;
  choices?: unknown[];
  options?: OptionJson[];
}

function everyOption(options: OptionJson[] | undefined): OptionJson[] {
  return (options ?? []).flatMap((option) => [option, ...everyOption(option.options)]);
}

describe('slash command definitions', () => {
  it('lists every command once, in the order asked for', () => {
    expect(commands.map((command) => command.data.name)).toEqual([
      'summary',
      'participants',
      'background',
      'ask',
      'source',
      'articles',
      'help',
      'digest',
      'followups',
      'feed',
    ]);
  });

  it.each(commands.map((command) => [command.data.name, command] as const))(
    'GIVEN /%s THEN SlashCommandBuilder validates it and it is within Discord limits',
    (_name, command) => {
      const json = command.data.toJSON();
      expect(json.name).toMatch(NAME);
      expect(json.name).toBe(json.name.toLowerCase());
      expect(json.description.length).toBeGreaterThan(0);
      expect(json.description.length).toBeLessThanOrEqual(100);
      expect((json.options ?? []).length).toBeLessThanOrEqual(25);
      for (const option of everyOption(json.options as OptionJson[] | undefined)) {
        expect(option.name).toMatch(NAME);
        expect(option.description.length).toBeLessThanOrEqual(100);
        expect((option.choices ?? []).length).toBeLessThanOrEqual(25);
        expect((option.options ?? []).length).toBeLessThanOrEqual(25);
      }
    },
  );

  it("GIVEN the issue's command surface THEN each command has exactly its options, in that order", () => {
    const optionNames = Object.fromEntries(
      commands.map((command) => [
        command.data.name,
        (command.data.toJSON().options ?? []).map((option) => option.name),
      ]),
    );
    expect(optionNames).toMatchObject({
      summary: ['length', 'article'],
      participants: ['country', 'article'],
      background: ['article'],
      ask: ['question', 'article'],
      source: ['article'],
      // The "paged when long": a page number, so the CLI and console can page too.
      articles: ['page'],
      help: [],
    });
    const participants = commands[1].data.toJSON().options?.[0];
    expect(participants).toMatchObject({ name: 'country', type: 3, autocomplete: true });
    expect((participants as { required?: boolean }).required ?? false).toBe(false);
  });

  it('GIVEN the article commands THEN each takes an autocompleted, optional `article` option', () => {
    for (const name of ['summary', 'participants', 'background', 'ask', 'source']) {
      const json = commands.find((command) => command.data.name === name)!.data.toJSON();
      const article = (json.options ?? []).find((option) => option.name === 'article') as
        { required?: boolean; autocomplete?: boolean } | undefined;
      expect(article, name).toMatchObject({ autocomplete: true });
      expect(article?.required ?? false).toBe(false);
    }
  });

  it('GIVEN /summary THEN length offers exactly brief, standard and detailed', () => {
    const json = commands[0].data.toJSON();
    expect(json.options?.[0]).toMatchObject({
      name: 'length',
      choices: [
        { name: 'brief', value: 'brief' },
        { name: 'standard', value: 'standard' },
        { name: 'detailed', value: 'detailed' },
      ],
    });
  });

  it('GIVEN /ask THEN question is a required string option', () => {
    const json = commands[3].data.toJSON();
    expect(json.options?.[0]).toMatchObject({ name: 'question', type: 3, required: true });
  });
});
