/**
 * Derived fields and computed reports read every member, meeting, study record and payment, which
 * costs a few hundred milliseconds on the seed; the answer only changes when the store or the date
 * does. `generation` counts the store's changes (every write and every whole-state replacement).
 */
export function recomputeOnChange(generation: () => number, today: () => string) {
  const done = new Map<string, string>();
  return (collection: string, work: () => void) => {
    const key = `${generation()}|${today()}`;
    if (done.get(collection) === key) return;
    work();
    done.set(collection, key);
  };
}

export type Recompute = ReturnType<typeof recomputeOnChange>;
