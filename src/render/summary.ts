import type { SummaryAnswer, SummaryOutcome } from '../answer/summary.ts';
import type { EmbedField, MessagePayload } from './payload.ts';
import { buildEmbed, buildPayload } from './embed.ts';
import { formatDateWithWords } from './dates.ts';

const MODALITY_LABEL: Record<SummaryOutcome['modality'], string> = {
  'agreed-to': 'agreed to (an intention, not a signed agreement)',
  agreed: 'agreed',
  signed: 'signed',
  announced: 'announced',
  reported: 'reported',
  decided: 'decided',
  ruled: 'ruled',
  ordered: 'ordered',
  recommended: 'recommended',
  rejected: 'rejected',
  'failed-to-agree': 'failed to agree',
  postponed: 'postponed',
  resigned: 'resigned',
  appointed: 'appointed',
  won: 'won',
  lost: 'lost',
  planned: 'planned (not yet done)',
  expected: 'expected (not yet done)',
  discussed: 'discussed',
  pledged: 'pledged',
  other: 'reported in the article',
};

export function describeOutcome(outcome: SummaryOutcome, withDetail = true): string {
  const detail = outcome.detail && withDetail ? ` (${outcome.detail})` : '';
  return `${outcome.statement}${detail} — *${MODALITY_LABEL[outcome.modality]}*`;
}

export function describeSource(source: SummaryAnswer['source']): string {
  const name = source.publication ? `${source.agency}, via ${source.publication}` : source.agency;
  return source.url ? `[${name}](${source.url})` : name;
}

/** /summary: headline, date, source, key outcome; the three lengths differ in text and in fields. */
export function renderSummary(answer: SummaryAnswer): MessagePayload {
  const fields: EmbedField[] = [
    { name: 'Date', value: formatDateWithWords(answer.date), inline: true },
    { name: 'Source', value: describeSource(answer.source), inline: true },
  ];
  if (answer.keyOutcome) {
    // The brief keeps the outcome and its modality but leaves the qualifying detail to the longer lengths.
    const withDetail = answer.length !== 'brief';
    fields.push({ name: 'Key outcome', value: describeOutcome(answer.keyOutcome, withDetail) });
  }
  const details = answer.details;
  if (details) {
    const eventLine = [details.ordinal ? `${details.eventName} (${details.ordinal})` : details.eventName];
    if (details.format.length) eventLine.push(`Format: ${details.format.join(', ')}`);
    if (details.place) eventLine.push(`Where: ${details.place}`);
    eventLine.push(`Named participants: ${details.participantCount}`);
    fields.push({ name: details.eventHeading, value: eventLine.join('\n') });
    if (details.figures.length > 0) {
      fields.push({
        name: 'Key figures',
        value: details.figures.map((figure) => `• ${figure.label}: ${figure.asWritten}`).join('\n'),
      });
    }
    if (details.outcomes.length > 1) {
      fields.push({
        name: 'All outcomes',
        value: details.outcomes.map((o) => `• ${describeOutcome(o, false)}`).join('\n'),
      });
    }
  }
  const description = answer.length === 'brief' ? answer.text : `*${answer.dek}*\n\n${answer.text}`;
  const spec = {
    title: answer.headline,
    description,
    fields,
    footer: `${answer.length} summary · based on ${answer.sentenceIds.join(', ')} · /source to check · /ask for more`,
  };
  return buildPayload({
    embeds: [buildEmbed(answer.source.url ? { ...spec, url: answer.source.url } : spec)],
  });
}
