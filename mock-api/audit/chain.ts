// The audit trail's hash chain: each entry holds the hash of the one before it and its own hash
// over everything else it holds, so changing, removing or inserting an entry breaks a link.
import { createHash } from "node:crypto";

export type AuditEntry = Record<string, unknown> & { id: number; prevHash: string | null; hash: string };

/** JSON with object keys in order, so the same entry always hashes the same. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
  }
  return JSON.stringify(value ?? null);
}

/** SHA-256 of an entry without its own `hash` field. */
export function entryHash(entry: Record<string, unknown>): string {
  const { hash: _own, ...rest } = entry;
  return createHash("sha256").update(canonicalJson(rest)).digest("hex");
}

export interface ChainBreak {
  /** Position in the trail (0 = oldest). */
  index: number;
  id: unknown;
  /** `hash`: the entry is not what was written; `link`: the entry before it was changed, removed or inserted. */
  reason: "hash" | "link";
}

export interface ChainVerdict {
  ok: boolean;
  entries: number;
  /** The first broken link, oldest first. */
  firstBroken?: ChainBreak;
}

/** Checks a trail in stored order; reports the first entry whose hash or link does not hold. */
export function verifyChain(entries: readonly Record<string, unknown>[]): ChainVerdict {
  let previous: string | null = null;
  for (const [index, entry] of entries.entries()) {
    if ((entry.prevHash ?? null) !== previous) return { ok: false, entries: entries.length, firstBroken: { index, id: entry.id, reason: "link" } };
    if (entry.hash !== entryHash(entry)) return { ok: false, entries: entries.length, firstBroken: { index, id: entry.id, reason: "hash" } };
    previous = entry.hash as string;
  }
  return { ok: true, entries: entries.length };
}

/** The next entry of a trail: its id, its link to the last one and its own hash. */
export function chainEntry(trail: readonly Record<string, unknown>[], fields: Record<string, unknown>): AuditEntry {
  const last = trail[trail.length - 1];
  const id = (typeof last?.id === "number" ? last.id : 0) + 1;
  const entry: Record<string, unknown> = { ...fields, id, prevHash: (last?.hash as string | undefined) ?? null };
  return { ...entry, hash: entryHash(entry) } as AuditEntry;
}
