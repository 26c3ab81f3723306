// Kept apart from the generator so the server's start loads no seed code (faker is large).

/** SEED_TODAY when set, else the local calendar date (the hospital's day, not UTC's). */
export function seedToday(now: Date = new Date()): string {
  const pinned = process.env.SEED_TODAY;
  if (pinned) return pinned;
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
