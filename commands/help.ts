import { SlashCommandBuilder } from '../src/bot/discord.ts';
import type { Command } from '../src/bot/command.ts';
import { renderHelp } from '../src/render/help.ts';

const data = new SlashCommandBuilder().setName('help').setDescription('What the bot does and how to use it');

export default {
  data,
  async execute() {
    return { payload: renderHelp() };
  },
} satisfies Command;
