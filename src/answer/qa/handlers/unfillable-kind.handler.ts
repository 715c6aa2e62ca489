import { nearestFact, unfillableKind } from './slot-fill.ts';
import { draftHandler } from './draft-handler.ts';

/** A "which X" for a kind of thing the article never mentions: it does not say, and what it does say. */
export default draftHandler('unfillable-kind', 190, (q, { index }) =>
  unfillableKind(index, q, () => nearestFact(index, q)),
);
