// A new, valid branch for write tests against the seeded mock API.
import { branches } from "../../src/resources/branches/schema";
import { pick, type MockApi } from "./mockApi";
import { writable } from "./newMember";

/** A new branch modelled on a seeded one (only declared, writable fields). */
export const newBranchOf = (seed: MockApi["seed"], name: string, extra: Record<string, unknown> = {}) => ({
  ...pick(seed.branches[4], writable(branches.fields)),
  name,
  ...extra,
});
