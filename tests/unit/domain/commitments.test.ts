import { describe, expect, it } from "vitest";
import {
  allowedNextStatuses,
  canTransition,
  COMMITMENT_STATUSES,
  commitmentRules,
  commitmentTransitionRule,
  isOverdue,
  ratingRule,
  rectificationRule,
  type CommitmentStatus,
} from "../../../src/domain/commitments";
import type { RuleContext } from "../../../src/domain/types";

const create: RuleContext = { today: "2025-06-01", mode: "create" };
const edit = (status: CommitmentStatus): RuleContext => ({ today: "2025-06-01", mode: "edit", original: { status } });

describe("transitions", () => {
  it("follows draft → published → in_progress → fulfilled | overdue → … → closed", () => {
    expect(canTransition("draft", "published")).toBe(true);
    expect(canTransition("published", "in_progress")).toBe(true);
    expect(canTransition("published", "overdue")).toBe(true);
    expect(canTransition("in_progress", "fulfilled")).toBe(true);
    expect(canTransition("in_progress", "overdue")).toBe(true);
    expect(canTransition("overdue", "rectifying")).toBe(true);
    expect(canTransition("rectifying", "closed")).toBe(true);
    expect(canTransition("fulfilled", "closed")).toBe(true);
  });
  it("refuses skips and reversals", () => {
    expect(canTransition("draft", "in_progress")).toBe(false);
    expect(canTransition("published", "fulfilled")).toBe(false);
    expect(canTransition("overdue", "closed")).toBe(false);
    expect(canTransition("overdue", "fulfilled")).toBe(false);
    expect(canTransition("closed", "draft")).toBe(false);
    expect(canTransition("fulfilled", "in_progress")).toBe(false);
  });
  it("always allows staying put", () => {
    for (const status of COMMITMENT_STATUSES) expect(canTransition(status, status)).toBe(true);
  });
  it("lists the next statuses", () => {
    expect(allowedNextStatuses("published")).toEqual(["in_progress", "overdue"]);
    expect(allowedNextStatuses("closed")).toEqual([]);
  });
});

describe("isOverdue", () => {
  it("is true from the day after the deadline while published or in progress", () => {
    expect(isOverdue({ status: "in_progress", deadline: "2025-06-01" }, "2025-06-01")).toBe(false);
    expect(isOverdue({ status: "in_progress", deadline: "2025-05-31" }, "2025-06-01")).toBe(true);
    expect(isOverdue({ status: "published", deadline: "2025-05-31" }, "2025-06-01")).toBe(true);
  });
  it("is false in other statuses or without a deadline", () => {
    expect(isOverdue({ status: "draft", deadline: "2025-05-31" }, "2025-06-01")).toBe(false);
    expect(isOverdue({ status: "fulfilled", deadline: "2025-05-31" }, "2025-06-01")).toBe(false);
    expect(isOverdue({ status: "in_progress" }, "2025-06-01")).toBe(false);
  });
});

describe("commitmentTransitionRule", () => {
  it("lets a new commitment start as draft or published only", () => {
    expect(commitmentTransitionRule({ status: "draft" }, create)).toEqual([]);
    expect(commitmentTransitionRule({ status: "published" }, create)).toEqual([]);
    expect(commitmentTransitionRule({ status: "in_progress" }, create)).toEqual([{ field: "status", key: "party.rules.commitmentInitialStatus" }]);
  });
  it("judges an edit against the stored status", () => {
    expect(commitmentTransitionRule({ status: "in_progress" }, edit("published"))).toEqual([]);
    expect(commitmentTransitionRule({ status: "closed" }, edit("in_progress"))).toEqual([
      { field: "status", key: "party.rules.commitmentTransition", params: { from: "in_progress", to: "closed" } },
    ]);
  });
  it("is silent when the original status is unknown", () => {
    expect(commitmentTransitionRule({ status: "closed" }, { today: "2025-06-01", mode: "edit" })).toEqual([]);
  });
});

describe("rectificationRule", () => {
  const plan = { field: "rectificationPlan", key: "party.rules.rectificationRequired" };
  it("requires a plan for a rating of 2 or lower, not 3", () => {
    expect(rectificationRule({ status: "fulfilled", rating: 2 }, create)).toEqual([plan]);
    expect(rectificationRule({ status: "fulfilled", rating: 3 }, create)).toEqual([]);
  });
  it("requires a plan while overdue or rectifying, and blank text does not count", () => {
    expect(rectificationRule({ status: "overdue" }, create)).toEqual([plan]);
    expect(rectificationRule({ status: "rectifying", rectificationPlan: "   " }, create)).toEqual([plan]);
    expect(rectificationRule({ status: "rectifying", rectificationPlan: "增派人手，两周内完成" }, create)).toEqual([]);
    expect(rectificationRule({ status: "in_progress" }, create)).toEqual([]);
  });
});

describe("ratingRule", () => {
  it("accepts whole ratings 1–5 once the outcome is known", () => {
    for (const status of ["fulfilled", "overdue", "rectifying", "closed"]) {
      expect(ratingRule({ status, rating: 5 }, create)).toEqual([]);
      expect(ratingRule({ status, rating: 1 }, create)).toEqual([]);
    }
  });
  it.each([0, 6, 3.5])("rejects a rating of %s", (rating) => {
    expect(ratingRule({ status: "fulfilled", rating }, create)).toEqual([
      { field: "rating", key: "party.rules.ratingRange", params: { min: 1, max: 5 } },
    ]);
  });
  it("rejects a rating before the outcome", () => {
    expect(ratingRule({ status: "in_progress", rating: 4 }, create)).toEqual([{ field: "rating", key: "party.rules.ratingTooEarly" }]);
    expect(ratingRule({ status: "in_progress", rating: null }, create)).toEqual([]);
  });
  it("is bundled in commitmentRules", () => {
    expect(commitmentRules).toEqual([commitmentTransitionRule, rectificationRule, ratingRule]);
  });
});
