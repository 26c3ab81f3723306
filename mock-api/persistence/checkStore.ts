// What a store must look like before the API serves it: a damaged file is refused, never repaired.

/** Collections every plugin store has; a store without them is not one (or was cut short). */
export const REQUIRED_COLLECTIONS = ["accounts", "audit-logs", "resource-settings"] as const;

export type StoreState = Record<string, Record<string, unknown>[]>;

/** A store or export from before the accounts resource kept the sign-ins as `users`: the same records, renamed. */
export function renameLegacyUsers(state: unknown): unknown {
  if (!state || typeof state !== "object" || Array.isArray(state) || !("users" in state) || "accounts" in state) return state;
  const { users, ...rest } = state as Record<string, unknown>;
  return { ...rest, accounts: users };
}

/** Parses a store's text; the problems found, or the state when there are none. */
export function checkStoreText(text: string, required: readonly string[] = REQUIRED_COLLECTIONS): { state?: StoreState; problems: string[] } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return { problems: [`it is not valid JSON (${error instanceof Error ? error.message : String(error)})`] };
  }
  parsed = renameLegacyUsers(parsed);
  const problems = checkStoreState(parsed, required);
  return problems.length ? { problems } : { state: parsed as StoreState, problems };
}

/** The schema check: an object of collections, each an array of records with distinct ids. */
export function checkStoreState(state: unknown, required: readonly string[] = REQUIRED_COLLECTIONS): string[] {
  if (!state || typeof state !== "object" || Array.isArray(state)) return ["it is not an object of collections"];
  const problems: string[] = [];
  for (const name of required) if (!(name in state)) problems.push(`the collection "${name}" is missing`);
  for (const [name, rows] of Object.entries(state as Record<string, unknown>)) {
    if (!Array.isArray(rows)) {
      problems.push(`"${name}" is not a list of records`);
      continue;
    }
    const ids = new Set<string>();
    rows.forEach((row, index) => {
      if (!row || typeof row !== "object" || Array.isArray(row)) return problems.push(`"${name}"[${index}] is not a record`);
      const id = (row as { id?: unknown }).id;
      if (id === undefined || id === null) return problems.push(`"${name}"[${index}] has no id`);
      if (ids.has(String(id))) return problems.push(`"${name}" has id ${String(id)} twice`);
      ids.add(String(id));
      return undefined;
    });
  }
  return problems.slice(0, 10);
}
