// `node --import <this file> …`: appends every package a module of the process imports (a bare specifier
// such as `wink-nlp`, as resolved by the ES module loader) to the file named by RECORD_IMPORTS_FILE, one a
// line. Lets a test see from outside which libraries a process has loaded, and when.
import { appendFileSync } from 'node:fs';
import { register } from 'node:module';

export async function resolve(specifier, context, nextResolve) {
  const bare = !/^(?:\.|\/|node:|file:|data:)/.test(specifier);
  if (bare && process.env.RECORD_IMPORTS_FILE)
    appendFileSync(process.env.RECORD_IMPORTS_FILE, `${specifier}\n`);
  return nextResolve(specifier, context);
}

// Loaded with --import: register this same file as the loader's resolve hook (it runs on the hooks thread).
if (!process.env.RECORD_IMPORTS_HOOKED) {
  process.env.RECORD_IMPORTS_HOOKED = '1';
  register(import.meta.url);
}
