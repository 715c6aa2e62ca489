/** Types for scripts/build.mjs (plain JavaScript so that `npm start` needs no TypeScript loader). */
export declare const REPO_ROOT: string;
export declare const ENTRY_POINTS: Readonly<Record<string, string>>;
export declare const SOURCE_DIRS: readonly string[];
/** The word lists module the build checks once and the bundle then trusts (see build.mjs). */
export declare const LEXICON_MODULE: string;
export declare function assetFiles(root?: string, dirs?: readonly string[]): string[];
export declare function build(options?: {
  root?: string;
  outDir?: string;
  entryPoints?: Readonly<Record<string, string>>;
}): Promise<{ outDir: string; assets: string[] }>;
