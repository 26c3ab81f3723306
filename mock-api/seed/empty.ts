import { generateDb } from "./generate";
import type { SeedDb } from "./types";

/** A store with every collection empty and only the administrator's account: where an export is restored. */
export function emptyDb(): SeedDb {
  const seeded = generateDb();
  const empty = Object.fromEntries(Object.keys(seeded).map((name) => [name, []])) as unknown as SeedDb;
  return { ...empty, accounts: seeded.accounts.filter((user) => user.role === "admin") };
}
