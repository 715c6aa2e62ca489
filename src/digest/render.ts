import { BRAND_COLOR, ERROR_COLOR, buildEmbed, buildPayload } from '../render/embed.ts';
import type { EmbedField, MessagePayload } from '../render/payload.ts';
import type { DigestOverview, DigestProblem } from './overview.ts';
import type { SlotOutcome } from './runner.ts';
import type { DigestSettings } from './store.ts';

/** Pure renderers for the /digest replies (all ephemeral). */

export interface ScheduleView {
  settings: DigestSettings;
  description: string;
  nextRuns: readonly number[];
}

export const discordTime = (ms: number, style: 'F' | 'R' | 'f' = 'F'): string =>
  `<t:${Math.floor(ms / 1000)}:${style}>`;

const reply = (embed: Parameters<typeof buildEmbed>[0]): MessagePayload =>
  buildPayload({ embeds: [buildEmbed(embed)], ephemeral: true });

function settingsFields(settings: DigestSettings, description: string): EmbedField[] {
  return [
    { name: 'Channel', value: `<#${settings.channelId}>`, inline: true },
    { name: 'Schedule', value: `${description}\n\`${settings.cron}\``, inline: true },
    { name: 'Timezone', value: settings.timezone, inline: true },
  ];
}

export function renderScheduled(view: ScheduleView, title = 'Digest scheduled'): MessagePayload {
  const runs = view.nextRuns.map((run) => `${discordTime(run)} (${discordTime(run, 'R')})`);
  return reply({
    title,
    color: BRAND_COLOR,
    fields: [
      ...settingsFields(view.settings, view.description),
      { name: 'Next runs', value: runs.length > 0 ? runs.join('\n') : 'none scheduled' },
    ],
    footer: view.settings.nothingNewNote
      ? 'Only new stories are posted; with nothing new, a short note says so.'
      : 'Only new stories are posted; with nothing new, nothing is posted.',
  });
}

const pauseReasons: Record<string, string> = {
  manual: 'paused with /digest pause',
  'unknown-channel': 'paused: the channel is gone',
  'missing-permissions': 'paused: I lack permission to post there',
  'missing-access': 'paused: I cannot see that channel',
};

export function describeProblem(problem: DigestProblem): string {
  switch (problem.kind) {
    case 'channel-gone':
      return `Channel <#${problem.channelId}> is gone: pick another with /digest set.`;
    case 'permission-missing':
      return `I cannot post in <#${problem.channelId}>: grant View Channel, Send Messages and Embed Links, then /digest resume.`;
    case 'slot-skipped':
      return `The digest due ${discordTime(problem.slot, 'f')} was skipped (I was offline for longer than the grace period).`;
    case 'unconfirmed':
      return `The digest due ${discordTime(problem.slot, 'f')} is unconfirmed: I stopped while posting it in <#${problem.channelId}>, so it may or may not be there. It is not re-sent, to avoid a duplicate.`;
    case 'failed':
      return `The digest due ${discordTime(problem.slot, 'f')} failed: ${problem.error}`;
  }
}

export function renderOverview(overview: DigestOverview | undefined): MessagePayload {
  if (!overview) {
    return reply({
      title: 'No digest yet',
      description: 'Set one up with `/digest set channel:… schedule:daily 09:00`.',
    });
  }
  const { settings, lastPost, problems } = overview;
  const status = settings.paused
    ? (pauseReasons[settings.pauseReason ?? 'manual'] ?? `paused: ${settings.pauseReason}`)
    : 'active';
  const fields: EmbedField[] = [
    ...settingsFields(settings, overview.description),
    { name: 'Status', value: status, inline: true },
    {
      name: 'Next run',
      value: overview.nextRun === undefined ? '—' : discordTime(overview.nextRun),
      inline: true,
    },
    {
      name: 'Last post',
      value: lastPost ? `[${discordTime(lastPost.slot, 'f')}](${lastPost.url})` : 'none yet',
      inline: true,
    },
  ];
  if (problems.length > 0) {
    fields.push({
      name: 'Problems',
      value: problems.map((problem) => `• ${describeProblem(problem)}`).join('\n'),
    });
  }
  return reply({ title: 'Digest', color: problems.length > 0 ? ERROR_COLOR : BRAND_COLOR, fields });
}

export function renderPaused(): MessagePayload {
  return reply({ title: 'Digest paused', description: 'No digests will be posted until `/digest resume`.' });
}

export function renderRemoved(removed: boolean): MessagePayload {
  return reply(
    removed
      ? {
          title: 'Digest removed',
          description:
            'The schedule is gone. Stories already posted will not be posted again if you set it up again.',
        }
      : { title: 'No digest to remove', description: 'There was no digest set up on this server.' },
  );
}

export function renderPostNow(outcome: SlotOutcome, messageUrl?: string): MessagePayload {
  switch (outcome.kind) {
    case 'sent': {
      const link = messageUrl ? ` ([open](${messageUrl}))` : '';
      const stories = outcome.articleIds.length === 1 ? '1 story' : `${outcome.articleIds.length} stories`;
      return reply({
        title: 'Digest posted',
        description: `Posted ${stories} in <#${outcome.channelId}>${link}.`,
      });
    }
    case 'nothing-new':
      return reply({
        title: 'Nothing new',
        description: `<#${outcome.channelId}> has had every story already.`,
      });
    case 'channel-unavailable':
      return reply({
        title: 'Could not post',
        color: ERROR_COLOR,
        description: `I cannot post in <#${outcome.channelId}> (${outcome.problem}). Check my permissions there.`,
      });
    case 'failed':
      return reply({
        title: 'Could not post',
        color: ERROR_COLOR,
        description: `Discord refused the post: ${outcome.error}`,
      });
    case 'already-handled':
    case 'inactive':
      return reply({
        title: 'Nothing posted',
        description: 'A digest for this moment is already being posted.',
      });
  }
}
