// Kept apart from the generator so the server's start loads no seed code (faker is large).
import { DEFAULT_TIME_ZONE, todayIn } from "../../src/domain/today";

/**
 * SEED_TODAY when set, else the date in the hospital's time zone (PARTY_TIME_ZONE, default
 * Asia/Shanghai) — the same "today" the plugin's pages use, whatever the server's own zone.
 */
export function seedToday(now: Date = new Date()): string {
  const pinned = process.env.SEED_TODAY;
  if (pinned) return pinned;
  return todayIn(process.env.PARTY_TIME_ZONE || DEFAULT_TIME_ZONE, now);
}
