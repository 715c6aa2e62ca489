import type { ArticleIndex } from '../retrieve/article-index.ts';
import type { EntityRef } from '../types.ts';

/** Every way the model writes an entity (name, aliases, acronyms, forms as written), lower-cased. */
export function entityForms(index: ArticleIndex, ref: EntityRef): string[] {
  const article = index.article;
  const entity =
    ref.kind === 'person'
      ? article.people.find((p) => p.id === ref.id)
      : ref.kind === 'organization'
        ? article.organizations.find((o) => o.id === ref.id)
        : ref.kind === 'place'
          ? article.places.find((p) => p.id === ref.id)
          : ref.kind === 'country'
            ? article.countries.find((c) => c.id === ref.id)
            : article.events.find((e) => e.id === ref.id);
  if (!entity) return [];
  const forms: string[] = [entity.name, ...entity.aliases];
  if ('namesAsWritten' in entity) forms.push(...(entity.namesAsWritten ?? []));
  if ('acronyms' in entity) forms.push(...(entity.acronyms ?? []));
  if ('familyName' in entity && entity.familyName) forms.push(entity.familyName);
  if ('demonym' in entity) forms.push(entity.demonym);
  if ('nouns' in entity) forms.push(...entity.nouns);
  return [...new Set(forms.map((f) => f.toLowerCase()).filter((f) => f.length > 1))];
}

/** Whether a text names the entity in any of its forms (whole words). */
export function namesEntity(text: string, forms: readonly string[]): boolean {
  const lower = text.toLowerCase();
  return forms.some((form) => {
    const at = lower.indexOf(form);
    if (at < 0) return false;
    const before = lower[at - 1];
    const after = lower[at + form.length];
    return !(before && /[\p{L}\p{N}]/u.test(before)) && !(after && /[\p{L}\p{N}]/u.test(after));
  });
}
