/**
 * The node flags production runs the bot with: `npm start` (package.json), the Dockerfile's CMD, and what
 * README tells process managers (`node --max-semi-space-size=2 dist/main.js`). The benchmark and the tests
 * read them from here; a test checks that package.json and the Dockerfile say the same.
 *
 * --max-semi-space-size=2 (MiB): V8 grows the young generation to 2 x 16 MiB under allocation-heavy traffic
 * (/ask); capped at 2 x 2 MiB, scavenges run more often but each is short, and the resident memory stays
 * near a bare discord.js bot's (see `npm run bench:e2e`).
 */
export const PRODUCTION_NODE_FLAGS: readonly string[] = ['--max-semi-space-size=2'];
