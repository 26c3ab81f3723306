// The related ids a page asks for, gathered per target over its record and its child lists.
import { describe, expect, it } from "vitest";
import { branches } from "../../../src/resources/branches/schema";
import { pairingActivities, pairingTasks } from "../../../src/resources/pairing-items/schemas";
import { pairings } from "../../../src/resources/pairings/schema";
import { mergeSchema } from "../../../src/schema/mergeSchema";
import { relationIdsByTarget, relationIdsOfSources } from "../../../src/views/list/relationIds";

describe("relationIdsOfSources", () => {
  it("puts a branch's secretary and committee members in one sorted, distinct list", () => {
    const branch = { id: 1, secretaryId: 11, committee: [{ memberId: 11, role: "secretary" }, { memberId: 2, role: "deputy" }, { memberId: 41, role: "publicity" }] };
    expect(relationIdsByTarget(mergeSchema(branches), ["secretaryId", "committee"], [branch])).toEqual({ members: [2, 11, 41] });
  });

  it("gathers a record's and its child lists' ids per target", () => {
    const ids = relationIdsOfSources([
      { resource: mergeSchema(pairings), fields: ["initiatorBranchId", "partnerBranchIds"], rows: [{ id: 4, initiatorBranchId: 55, partnerBranchIds: [15, 7] }] },
      { resource: mergeSchema(pairingActivities), fields: ["participantIds"], rows: [{ id: 1, participantIds: [3, 9] }, { id: 2, participantIds: [9] }] },
      { resource: mergeSchema(pairingTasks), fields: ["ownerId"], rows: [{ id: 1, ownerId: 12 }] },
    ]);
    expect(ids).toEqual({ branches: [7, 15, 55], members: [3, 9, 12] });
  });

  it("names every target a shown field points at even before any rows are known", () => {
    const ids = relationIdsOfSources([
      { resource: mergeSchema(pairings), fields: ["initiatorBranchId"], rows: [] },
      { resource: mergeSchema(pairingTasks), fields: ["ownerId", "status"], rows: [] },
    ]);
    expect(ids).toEqual({ branches: [], members: [] });
  });
});
