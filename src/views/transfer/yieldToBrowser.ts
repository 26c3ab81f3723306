/**
 * Lets React render what the last slice reported, and the browser handle input and paint, before
 * the next slice of work. A timer task, not `scheduler.yield()`: that continuation runs ahead of
 * React's own render task, so the progress bar would not move until all slices were done.
 */
export function yieldToBrowser(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve));
}
