import { z } from 'zod';

/**
 * zod 4 compiles a "fast pass" function (generated source through `new Function`) for an object schema the
 * first time it parses with it. The bot parses each schema a few times (its settings once, each article file
 * once per load), so generating and compiling that code is most of a first parse: about 20 ms of the article
 * check at every start, before READY, while later parses are no faster with it (bench: 1,000 checks of an
 * article take the same time either way). The checks and their messages are the same without it.
 * Imported (for this effect) by the modules that define the schemas parsed at start: src/config.ts and
 * src/model/schema-primitives.ts.
 */
z.config({ jitless: true });
