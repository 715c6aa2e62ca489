import type { ParticipantEntry, ParticipantsAnswer } from '../answer/participants.ts';
import type { EmbedField, MessagePayload } from './payload.ts';
import { buildEmbed, buildPayload } from './embed.ts';
import { chunkLines, flagEmoji } from './text.ts';
import { LIMITS } from './limits.ts';

function personLine(person: ParticipantEntry): string {
  const parts = [`**${person.name}** — ${person.titleAsWritten}`];
  if (person.role) parts.push(`[${person.role}]`);
  if (person.organization && !person.titleAsWritten.includes(person.organization)) {
    parts.push(`(${person.organization})`);
  }
  let line = parts.join(' ');
  if (person.photoPosition) line += `\n  photo: ${person.photoPosition}`;
  return line;
}

/** A titled group of lines as one or more fields ("Japan", "Japan (cont.)"), each within the value limit. */
function groupFields(name: string, lines: string[]): EmbedField[] {
  return chunkLines(lines, LIMITS.fieldValue).map((value, index) => ({
    name: index === 0 ? name : `${name} (cont.)`,
    value,
  }));
}

function exampleFooter(answer: ParticipantsAnswer): string {
  const someone = answer.groups[0]?.people[0]?.name;
  return someone ? `Ask about anyone with /ask, e.g. “who is ${someone}?”` : 'Ask about the story with /ask';
}

/** /participants: who took part by country, role or organization (name, title as written, organization, photo), then mentions. */
export function renderParticipants(answer: ParticipantsAnswer): MessagePayload {
  const fields: EmbedField[] = [];
  for (const group of answer.groups) {
    const lines = group.people.map(personLine);
    if (group.organization && lines.length === 0) lines.push(`**${group.organization}** (no one named)`);
    if (group.description) lines.push(`*${group.description}*`);
    const flag = group.countryId ? flagEmoji(group.countryId) : '';
    fields.push(...groupFields(`${flag ? `${flag} ` : ''}${group.label}`, lines));
  }
  if (answer.mentioned.length) {
    const lines = answer.mentioned.map((person) => `**${person.name}** — ${person.titleAsWritten}`);
    fields.push(...groupFields('Mentioned, not taking part', lines));
  }
  const count = answer.groups.reduce((sum, group) => sum + group.people.length, 0);
  const scope = answer.country ? ` from ${answer.country.name}` : '';
  const description = count
    ? `${count} named participant${count === 1 ? '' : 's'}${scope}.`
    : `The article names no participants${scope}.`;
  return buildPayload({
    embeds: [
      buildEmbed({
        title: `Who took part — ${answer.headline}`,
        description,
        fields,
        footer: exampleFooter(answer),
      }),
    ],
  });
}
