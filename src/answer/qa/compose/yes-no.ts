/** The one wording of a yes/no answer: "Yes — ..." or "No — ...", and its reading back. */

const LEAD = /^(Yes|No) — /;

/** "Yes — it was held on a Monday.", "No — it was the third attempt." */
export function yesNo(yes: boolean, rest: string): string {
  return `${yes ? 'Yes' : 'No'} — ${rest}`;
}

/** The verdict a worded answer leads with, if any. */
export function verdictOf(text: string): 'yes' | 'no' | undefined {
  const lead = LEAD.exec(text)?.[1];
  return lead === 'Yes' ? 'yes' : lead === 'No' ? 'no' : undefined;
}

/** The answer without its "Yes — " or "No — " lead (to give it another verdict, or none). */
export function withoutVerdict(text: string): string {
  return text.replace(LEAD, '');
}
