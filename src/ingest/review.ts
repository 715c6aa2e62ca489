import type { IngestResult } from './ingest.ts';

/** What an operator reads after an ingest: what was found, with roles and speakers, and what was left out. */
export function reviewText(result: IngestResult): string {
  const { facts, model } = result;
  const names = new Map<string, string>([
    ...facts.people.map((p) => [p.key, p.name] as const),
    ...facts.organizations.map((o) => [o.key, o.name] as const),
    ...facts.places.map((p) => [p.key, p.name] as const),
  ]);
  const lines: string[] = [];
  const section = (title: string, items: string[]) => {
    lines.push('', `${title} (${items.length})`);
    if (items.length === 0) lines.push('  (none found)');
    for (const item of items) lines.push(`  - ${item}`);
  };
  lines.push(`Ingested "${String(model.headline)}" as ${result.id}`);
  lines.push(`  ${result.jsonPath}`, `  ${result.textPath}`);
  const published = model.published as { value: string };
  lines.push(
    `  published ${published.value}; relative dates resolved against ${String(model.referenceDate)}`,
  );
  section(
    'People',
    facts.people.map((p) => {
      const org = p.organization ? `, ${names.get(p.organization)}` : '';
      const aka = p.namesAsWritten.filter((n) => n !== p.name);
      return `${p.name}${p.title ? ` — ${p.title}` : ''}${org}${aka.length ? ` (also: ${aka.join(', ')})` : ''}${p.photoPosition ? ` [photo: ${p.photoPosition.asWritten}]` : ''}`;
    }),
  );
  section(
    'Organizations',
    facts.organizations.map(
      (o) => `${o.name} (${o.kind})${o.acronyms.length ? ` [${o.acronyms.join(', ')}]` : ''}`,
    ),
  );
  section('Places', [
    ...facts.places.map(
      (p) => `${p.name} (${p.kind}${p.within ? `, in ${names.get(p.within) ?? p.within}` : ''})`,
    ),
    ...facts.countries.map((c) => `${c.name} (country)`),
  ]);
  const event = facts.event;
  section('Events', [
    `${event.name} — ${event.kind}${event.date ? `, ${event.date.value ?? event.date.asWritten} ("${event.date.asWritten}")` : ''}${event.place ? `, ${names.get(event.place) ?? event.place}` : ''}${event.participants.length ? `; with ${event.participants.map((p) => `${p.people.map((k) => names.get(k)).join(', ') || names.get(p.organization ?? '')} (${p.role})`).join(', ')}` : ''}`,
  ]);
  const dates = result.facts.timeline.map((t) => t.date);
  const allDates = [...(event.date ? [event.date] : []), ...dates];
  section(
    'Dates',
    allDates.map(
      (d) => `"${d.asWritten}" → ${d.value ?? d.duration ?? ''}${d.end ? `–${d.end}` : ''} (${d.precision})`,
    ),
  );
  section(
    'Figures',
    facts.figures.map(
      (f) =>
        `${f.label}: ${f.asWritten}${f.period ? ` (${f.period})` : ''}${f.comparedWith ? ` [${f.comparedWith}]` : ''}`,
    ),
  );
  section(
    'Quotes',
    facts.quotes.map(
      (q) =>
        `${q.speaker} ${q.verb}${q.attribution === 'inferred' ? ' (inferred)' : ''}: “${q.text.length > 90 ? `${q.text.slice(0, 87)}...` : q.text}”`,
    ),
  );
  const clip = (text: string) => (text.length > 100 ? `${text.slice(0, 97)}...` : text);
  section(
    'Outcomes',
    facts.outcomes.map((o) => `${o.modality}: ${clip(o.statement)}`),
  );
  section(
    'Context',
    facts.context.map((c) => `${c.kind}: ${clip(c.statement)}`),
  );
  section(
    'Left open by the article',
    facts.gaps.map((g) => clip(g.about)),
  );
  section(
    'Topics (one a sentence no other fact rests on)',
    facts.topics.map((t) => `${t.label} (${t.evidence.sentences.join(', ')}): ${t.keywords.join(', ')}`),
  );
  section(
    'Timeline',
    facts.timeline.map(
      (t) =>
        `${t.date.value}${t.date.end ? `–${t.date.end}` : ''}: ${t.what.length > 100 ? `${t.what.slice(0, 97)}...` : t.what}`,
    ),
  );
  const summaries = model.summaries as Record<string, { sentences: string[] }>;
  lines.push('', 'Summaries');
  for (const [name, s] of Object.entries(summaries)) lines.push(`  - ${name}: ${s.sentences.join(', ')}`);
  section('Unsure, left out or to check', result.warnings);
  return lines.join('\n');
}

/** The one-line JSON result for tools (`--json`). */
export function reviewJson(result: IngestResult): Record<string, unknown> {
  const m = result.model as Record<string, unknown[]>;
  return {
    id: result.id,
    path: result.jsonPath,
    textPath: result.textPath,
    counts: {
      sentences: m.sentences!.length,
      people: m.people!.length,
      organizations: m.organizations!.length,
      places: m.places!.length,
      countries: m.countries!.length,
      events: m.events!.length,
      quotes: m.quotes!.length,
      figures: m.figures!.length,
      timeline: m.timeline!.length,
      topics: m.topics!.length,
    },
    warnings: result.warnings,
  };
}
