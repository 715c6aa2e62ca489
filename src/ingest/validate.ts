import { ArticleValidationError, checkArticleText } from '../model/loader.ts';

/** The same checks `npm run validate` runs, on a model held in memory: every problem as one line. */
export function validateModel(file: string, json: string, sourceText: string): string[] {
  try {
    checkArticleText(file, json, () => sourceText);
    return [];
  } catch (error) {
    if (error instanceof ArticleValidationError)
      return error.issues.map((issue) => `${issue.path}: ${issue.message}`);
    throw error;
  }
}
