import { retrieveSentence } from '../retrieve/retrieval.ts';
import { draftHandler } from './draft-handler.ts';

/** The fallback: the one sentence that covers most of what is asked. */
export default draftHandler('sentence', 300, (q, { index }) => retrieveSentence(index, q), {
  mustCoverAsked: true,
});
