/**
 * Builds written as generators yield between pieces of work so that a live reload can run them in slices
 * (`buildMatcherAsync`); at start-up, in the CLI and in tests they run to the end at once.
 */
export function runSteps<T>(steps: Generator<void, T, void>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}
