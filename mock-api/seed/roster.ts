// Who can take part in a branch's work: full and probationary members who are reachable.
import type { Member } from "./types";

export type Roster = ReadonlyMap<number, readonly Member[]>;

export function rosterByBranch(members: readonly Member[]): Roster {
  const roster = new Map<number, Member[]>();
  for (const m of members) {
    if ((m.stage !== "full" && m.stage !== "probationary") || m.lostContact) continue;
    const list = roster.get(m.branchId);
    if (list) list.push(m);
    else roster.set(m.branchId, [m]);
  }
  return roster;
}

export function activeMembers(roster: Roster, branchId: number): readonly Member[] {
  return roster.get(branchId) ?? [];
}
