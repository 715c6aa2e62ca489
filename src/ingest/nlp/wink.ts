import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

type Nlp = ReturnType<typeof winkNLP>;
let loaded: { nlp: Nlp; loadMs: number } | undefined;

/** The wink pipeline, loaded once per process (about 200 ms); `loadMs` is what the first call took. */
export function wink(): { nlp: Nlp; loadMs: number } {
  if (!loaded) {
    const started = performance.now();
    const nlp = winkNLP(model, ['sbd', 'pos', 'ner', 'negation']);
    loaded = { nlp, loadMs: performance.now() - started };
  }
  return loaded;
}
