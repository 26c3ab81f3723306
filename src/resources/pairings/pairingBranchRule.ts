import { pairingErrors } from "../../domain/pairings";
import type { DataRule } from "../../domain/types";

/** Feeds the stored branches and the other pairings to the pure pairing check. */
export const pairingBranchRule: DataRule = (record, _ctx, data) => {
  const branchesById: Record<string, { type: string }> = {};
  for (const branch of data.all("branches")) branchesById[String(branch.id)] = { type: String(branch.type) };
  const others = data.all("pairings").filter((p) => record.id === undefined || String(p.id) !== String(record.id));
  return pairingErrors(record, branchesById, others);
};
