/** Words naming the same kind of organization; the first of each group is the one kept. Extend freely. */
export const ORGANIZATION_SYNONYMS: readonly (readonly string[])[] = [
  ['defense', 'defence', 'military'],
  ['foreign', 'diplomatic', 'foreign affairs'],
];

const CANONICAL = new Map(
  ORGANIZATION_SYNONYMS.flatMap((group) => group.map((v) => [v, group[0]!] as const)),
);
const VARIANT = new RegExp(
  `\\b(${[...CANONICAL.keys()].sort((a, b) => b.length - a.length).join('|')})\\b`,
  'g',
);

/** Lower-cased words with every synonym replaced by its group's first word. */
export function canonicalWords(text: string): string[] {
  return text
    .toLowerCase()
    .replace(VARIANT, (variant) => CANONICAL.get(variant) ?? variant)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}
