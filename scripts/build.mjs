/**
 * `npm run build`: bundles the bot and its offline entry points into dist/ with esbuild (with discord.js and
 * zod; other dependencies stay in node_modules, see BUNDLED_PACKAGES). The typecheck is `npm run typecheck` (part of `npm test`); esbuild only strips types.
 *
 * Data files: every file under src/ and commands/ that is not TypeScript is copied to dist/ at the same path
 * (src/answer/qa/lexicon/en/x.json -> dist/src/answer/qa/lexicon/en/x.json), and `import.meta.url` in a bundled
 * module is rewritten to that module's mirrored place in dist/ (src/a/b.ts -> dist/src/a/b.js), so
 * `new URL('./x.json', import.meta.url)` finds the same file from the bundle as from the sources under tsx.
 * JSON imported with `import data from './x.json' with { type: 'json' }` is simply bundled.
 * The answerer's word lists are checked here, once, rather than at every start (LEXICON_MODULE).
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { Buffer } from 'node:buffer';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Output file (without .js) -> source entry point. */
export const ENTRY_POINTS = {
  main: 'src/main.ts',
  cli: 'src/cli/main.ts',
  'deploy-commands': 'src/bot/deploy-main.ts',
  validate: 'src/model/validate-main.ts',
  // The worker thread that checks large article files; src/model/isolated-loader.ts loads it from its
  // mirrored path (dist/src/model/load-worker.js).
  'src/model/load-worker': 'src/model/load-worker.ts',
};

/**
 * Packages bundled into dist/ together with everything they import: discord.js is hundreds of CommonJS files
 * whose loading (and export sniffing from ESM) is most of a start, zod and kysely are wide ESM trees (each
 * file a module to resolve and link), pino, minisearch, node-cron and dotenv are plain JavaScript loaded at
 * every start. Every other package stays external, loaded from node_modules at run time as under tsx: that
 * is the safe default for packages that read their own files (models, worker scripts, native addons such as
 * better-sqlite3) and for those only a feed or PostgreSQL needs (loaded on first use, see src/feeds/lazy.ts).
 * pino is bundled without its transports (worker threads): the bot writes JSON lines to stderr itself.
 */
export const BUNDLED_PACKAGES = ['discord.js', 'zod', 'kysely', 'pino', 'minisearch', 'node-cron', 'dotenv'];

/** Optional native speed-ups some bundled packages try to load (inside try/catch): never bundled. */
const OPTIONAL_NATIVE = ['zlib-sync', 'bufferutil', 'utf-8-validate', 'erlpack'];

/**
 * The answerer's word lists, checked with zod when their module loads. The build loads it once with the checks
 * (a bad list fails the build with the file named) and then bundles it with __LEXICON_CHECKED_AT_BUILD__
 * defined, so the compiled bot does not check them again at every start (see the module's header).
 */
export const LEXICON_MODULE = 'src/answer/qa/lexicon/en/index.ts';

/** Loads the lexicon module with its checks (bundled in memory); false when the project has none. */
async function checkLexicon(esbuild, root) {
  const entry = path.join(root, LEXICON_MODULE);
  if (!existsSync(entry)) return false;
  const { outputFiles } = await esbuild.build({
    absWorkingDir: root,
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    write: false,
    logLevel: 'warning',
  });
  const code = Buffer.from(outputFiles[0].text).toString('base64');
  try {
    await import(`data:text/javascript;base64,${code}`);
  } catch (error) {
    throw new Error(`the word lists do not check: ${error instanceof Error ? error.message : String(error)}`);
  }
  return true;
}

/** Folders whose files are bundled (TypeScript) or copied (everything else). */
export const SOURCE_DIRS = ['src', 'commands'];

const TYPESCRIPT = /\.(?:c|m)?tsx?$/;

/** Relative paths (posix) of every non-TypeScript file under the source folders. */
export function assetFiles(root = REPO_ROOT, dirs = SOURCE_DIRS) {
  const found = [];
  const visit = (relative) => {
    for (const entry of readdirSync(path.join(root, relative), { withFileTypes: true })) {
      const child = path.posix.join(relative, entry.name);
      if (entry.isDirectory()) visit(child);
      else if (entry.isFile() && !TYPESCRIPT.test(entry.name)) found.push(child);
    }
  };
  for (const dir of dirs) {
    try {
      visit(dir);
    } catch (error) {
      if (error?.code !== 'ENOENT') throw error;
    }
  }
  return found.sort();
}

const packageName = (specifier) =>
  specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0];

/** Bundles BUNDLED_PACKAGES and whatever they import; leaves every other package external. */
function selectivelyBundledPackages() {
  return {
    name: 'selectively-bundled-packages',
    setup(build) {
      build.onResolve({ filter: /^[^./]/ }, (args) => {
        if (args.path.startsWith('node:')) return { path: args.path, external: true };
        const name = packageName(args.path);
        if (OPTIONAL_NATIVE.includes(name)) return { path: args.path, external: true };
        const fromDependency = args.importer.split(path.sep).includes('node_modules');
        if (fromDependency || BUNDLED_PACKAGES.includes(name)) return undefined; // esbuild resolves and bundles it
        return { path: args.path, external: true };
      });
    },
  };
}

/** Rewrites `import.meta.url` in each module (entry points excepted) to its mirrored place in the output. */
function mirroredImportMetaUrl(root, entryFiles) {
  return {
    name: 'mirrored-import-meta-url',
    setup(build) {
      build.onLoad({ filter: /\.ts$/ }, (args) => {
        if (args.path.split(path.sep).includes('node_modules')) return undefined;
        const source = readFileSync(args.path, 'utf8');
        if (!source.includes('import.meta.url') || entryFiles.has(args.path)) return undefined;
        const relative = path.relative(root, args.path).split(path.sep).join('/').replace(/\.ts$/, '.js');
        const here = `new URL(${JSON.stringify(`./${relative}`)}, import.meta.url).href`;
        return { contents: source.replaceAll('import.meta.url', here), loader: 'ts' };
      });
    },
  };
}

/**
 * Builds into `outDir` (default dist/): one ESM bundle per entry point, a source map beside each, and the
 * data files. The output folder is emptied first, so a file deleted from the sources leaves no stale copy.
 */
export async function build({
  root = REPO_ROOT,
  outDir = path.join(root, 'dist'),
  entryPoints = ENTRY_POINTS,
} = {}) {
  const esbuild = await import('esbuild');
  const lexiconChecked = await checkLexicon(esbuild, root);
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const entries = Object.fromEntries(
    Object.entries(entryPoints).map(([out, src]) => [out, path.join(root, src)]),
  );
  await esbuild.build({
    absWorkingDir: root,
    entryPoints: entries,
    outdir: outDir,
    bundle: true,
    platform: 'node',
    format: 'esm',
    // Dynamic imports become chunks (dist/chunk-*.js) loaded on first use, with the packages only they import:
    // the feed parsers and the language model (src/feeds/lazy.ts), PostgreSQL's driver, prom-client.
    splitting: true,
    target: 'node20',
    sourcemap: 'linked',
    // V8 keeps every loaded script's source in the heap, as two bytes a character once one character is not
    // Latin-1 (a ’ in a comment): whitespace and comments out and ASCII escapes halve the bundle and take
    // about 10 MiB off the resident memory. Names stay, so profiles and stack traces read as the sources
    // (lines through the source maps: --enable-source-maps).
    minifyWhitespace: true,
    minifySyntax: true,
    legalComments: 'none',
    charset: 'ascii',
    logLevel: 'warning',
    define: lexiconChecked ? { __LEXICON_CHECKED_AT_BUILD__: 'true' } : {},
    // Bundled CommonJS calls require(); in an ES module it has to be made.
    banner: {
      js: "import { createRequire as __createRequire } from 'node:module';\nconst require = __createRequire(import.meta.url);",
    },
    plugins: [selectivelyBundledPackages(), mirroredImportMetaUrl(root, new Set(Object.values(entries)))],
  });
  const assets = assetFiles(root);
  for (const asset of assets) {
    mkdirSync(path.dirname(path.join(outDir, asset)), { recursive: true });
    cpSync(path.join(root, asset), path.join(outDir, asset));
  }
  return { outDir, assets };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const started = Date.now();
  const { outDir, assets } = await build();
  console.error(
    `built ${path.relative(process.cwd(), outDir) || outDir}/ (${Object.keys(ENTRY_POINTS).join(', ')}; ${assets.length} data files) in ${Date.now() - started} ms`,
  );
}
