/**
 * `npm start`: builds dist/ when it is missing or older than the sources, then runs dist/main.js in this same
 * process (no wrapper: signals reach the bot). Process managers and containers run `node dist/main.js` directly.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { REPO_ROOT, SOURCE_DIRS } from './build.mjs';

const BUILD_INPUTS = ['package.json', 'package-lock.json', 'tsconfig.json', 'scripts/build.mjs'];
const bundle = path.join(REPO_ROOT, 'dist', 'main.js');

/** The newest modification time among the sources and build settings (ms). */
function newestSource() {
  let newest = 0;
  const visit = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const child = path.join(dir, entry.name);
      if (entry.isDirectory()) visit(child);
      else newest = Math.max(newest, statSync(child).mtimeMs);
    }
  };
  for (const dir of SOURCE_DIRS) visit(path.join(REPO_ROOT, dir));
  for (const file of BUILD_INPUTS) {
    const stat = statSync(path.join(REPO_ROOT, file), { throwIfNoEntry: false });
    if (stat) newest = Math.max(newest, stat.mtimeMs);
  }
  return newest;
}

function buildReason() {
  const built = statSync(bundle, { throwIfNoEntry: false });
  if (!built) return 'dist/ is missing';
  if (built.mtimeMs < newestSource()) return 'the sources changed since the last build';
  return undefined;
}

const reason = buildReason();
if (reason) {
  console.error(`${reason}: building (npm run build)…`);
  // A child process, so the bundler's own service does not live on in the bot's process.
  const result = spawnSync(process.execPath, [path.join(REPO_ROOT, 'scripts', 'build.mjs')], {
    cwd: REPO_ROOT,
    stdio: 'inherit',
  });
  if (result.status !== 0) {
    console.error(
      'The build failed (see above). On a fresh clone run `npm ci` first: the build needs the dev dependencies.',
    );
    process.exit(1);
  }
}

await import(pathToFileURL(bundle).href);
