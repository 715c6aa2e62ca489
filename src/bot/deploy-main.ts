import { loadDotenv } from '../core/dotenv.ts';
import { loadConfigForEntryPoint } from '../config.ts';
import { commands } from '../../commands/index.ts';
import { createScriptRest, deployCommands, describeDeployFailure, fetchApplicationId } from './deploy.ts';

async function main(): Promise<number> {
  loadDotenv();
  const config = loadConfigForEntryPoint(process.env);
  if (!config) return 1;
  if (!config.discordToken) {
    console.error('DISCORD_TOKEN is not set: copy .env.example to .env and fill it in.');
    return 1;
  }
  const rest = createScriptRest(config.discordApiUrl, config.discordToken);
  try {
    const applicationId = config.applicationId ?? (await fetchApplicationId(rest));
    const result = await deployCommands({ rest, applicationId, guildId: config.guildId }, commands);
    const where =
      result.scope === 'guild'
        ? `to server ${config.guildId}`
        : 'globally (may take up to an hour to appear)';
    console.log(`Registered ${result.registered.length} commands ${where}:`);
    for (const command of result.registered) console.log(`  /${command.name}  (${command.id})`);
    return 0;
  } catch (error) {
    console.error(`Registration failed: ${describeDeployFailure(error, config.discordApiUrl)}`);
    return 1;
  }
}

process.exitCode = await main();
