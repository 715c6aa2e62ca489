import type { SourceAnswer } from '../answer/source.ts';
import type { Embed, MessagePayload } from './payload.ts';
import { buildEmbed, buildPayload } from './embed.ts';
import { formatDate } from './dates.ts';
import { LIMITS } from './limits.ts';
import { fitText } from './text.ts';

/** Room for the sentences across embeds after the header embed, keeping the 6000 total. */
const SENTENCE_BUDGET = LIMITS.embedTotal - 1200;

function sentenceLines(answer: SourceAnswer): string[] {
  const lines: string[] = [];
  let paragraph: number | undefined;
  for (const sentence of answer.sentences) {
    const label = sentence.kind === 'body' ? '' : ` *(${sentence.kind})*`;
    const line = `\`${sentence.id}\`${label} ${sentence.text}`;
    // A blank line between paragraphs, kept inside the line so chunks never start with one.
    lines.push(paragraph !== undefined && sentence.paragraph !== paragraph ? `\u200b\n${line}` : line);
    paragraph = sentence.paragraph;
  }
  return lines;
}

/** /source: provenance, then every sentence with its id, split over embeds within Discord's limits. */
export function renderSource(answer: SourceAnswer): MessagePayload {
  const fields = [
    {
      name: 'Source',
      value: answer.publication ? `${answer.agency} (${answer.publication})` : answer.agency,
      inline: true,
    },
    { name: 'Published', value: formatDate(answer.published), inline: true },
  ];
  fields.push({ name: 'Link', value: answer.url ?? 'not recorded for this article', inline: false });
  if (answer.credit) fields.push({ name: 'Credit', value: answer.credit, inline: true });
  const header = buildEmbed({
    title: `Source — ${answer.headline}`,
    description: `${answer.sentences.length} sentences, numbered by paragraph and sentence (\`p2s1\` = paragraph 2, sentence 1): the ids answers cite.`,
    fields,
    ...(answer.url ? { url: answer.url } : {}),
  });

  // Fill embeds with whole sentences, each within the description limit and all within the total budget.
  const embeds: Embed[] = [header];
  let budget = SENTENCE_BUDGET;
  let current: string[] = [];
  let currentLength = 0;
  let shown = 0;
  const flush = () => {
    if (current.length) embeds.push(buildEmbed({ description: current.join('\n') }));
    current = [];
    currentLength = 0;
  };
  for (const rawLine of sentenceLines(answer)) {
    const line = rawLine.length > LIMITS.description ? fitText(rawLine, LIMITS.description, '…') : rawLine;
    const extra = line.length + (current.length ? 1 : 0);
    if (extra > budget) break;
    if (currentLength + extra > LIMITS.description) {
      if (embeds.length + 1 >= LIMITS.embeds) break;
      flush();
    }
    current.push(current.length ? line : line.replace(/^\u200b\n/, ''));
    currentLength += extra;
    budget -= extra;
    shown++;
  }
  flush();
  const hidden = answer.sentences.length - shown;
  const last = embeds[embeds.length - 1];
  if (last) {
    last.footer = {
      text:
        hidden > 0
          ? `${hidden} more sentences not shown (Discord's message limit)`
          : `article id: ${answer.articleId}`,
    };
  }
  return buildPayload({ embeds });
}
