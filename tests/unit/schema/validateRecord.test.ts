// validateRecord: field checks, then cross-field rules; hidden fields are not demanded.
import { describe, expect, it } from "vitest";
import { defineResource } from "../../../src/schema/defineResource";
import { mergeSchema } from "../../../src/schema/mergeSchema";
import type { FieldError, RecordRule, RuleContext } from "../../../src/schema/types";
import { hasErrors, SYSTEM_FIELDS, validateRecord } from "../../../src/schema/validateRecord";

const ctx: RuleContext = { today: "2026-11-22", mode: "create" };

/** A rule that sees the record and names two fields when the dates run backwards. */
const datesInOrder: RecordRule = (record) =>
  typeof record.start === "string" && typeof record.end === "string" && record.end < record.start
    ? [
        { field: "end", key: "party.rules.test.endBeforeStart", params: { start: record.start } },
        { field: "start", key: "party.rules.test.startAfterEnd" },
      ]
    : [];
/** A rule that reads the context, to prove the context is passed through. */
const notInFuture: RecordRule = (record, c) =>
  typeof record.start === "string" && record.start > c.today ? [{ field: "start", key: "party.rules.test.future" }] : [];

const meetings = defineResource({
  name: "meetings",
  group: "organization",
  titleField: "title",
  fields: {
    title: { kind: "text", required: true, maxLength: 10 },
    start: { kind: "date", required: true },
    end: { kind: "date" },
    secret: { kind: "text", required: true, views: [] },
    room: { kind: "text", required: true },
    version: { kind: "number", readOnly: true, views: [] },
  },
  rules: [datesInOrder, notInFuture],
});

const good = { title: "支部会", start: "2026-01-05", end: "2026-01-06", room: "301" };
const resource = mergeSchema(meetings);
const keysOf = (errors: Record<string, FieldError[]>) =>
  Object.fromEntries(Object.entries(errors).map(([field, list]) => [field, list.map((e) => e.key)]));

describe("validateRecord", () => {
  it("accepts a good record: no errors at all", () => {
    const errors = validateRecord(resource, good, ctx);
    expect(errors).toEqual({});
    expect(hasErrors(errors)).toBe(false);
  });

  it("reports each failed field once, keyed by field, with its most basic problem", () => {
    const errors = validateRecord(resource, { title: "一二三四五六七八九十十一", start: "2026-02-30", room: "" }, ctx);
    expect(keysOf(errors)).toEqual({
      title: ["party.validation.maxLength"],
      start: ["party.validation.date"],
      room: ["party.validation.required"],
    });
    expect(hasErrors(errors)).toBe(true);
  });

  it("runs cross-field rules and keeps their params", () => {
    const errors = validateRecord(resource, { ...good, start: "2026-03-01", end: "2026-02-01" }, ctx);
    expect(errors.end).toEqual([{ field: "end", key: "party.rules.test.endBeforeStart", params: { start: "2026-03-01" } }]);
    expect(keysOf(errors).start).toEqual(["party.rules.test.startAfterEnd"]);
  });

  it("passes the rule context (today) through to the rules", () => {
    expect(keysOf(validateRecord(resource, { ...good, start: "2026-12-01", end: undefined }, ctx))).toEqual({
      start: ["party.rules.test.future"],
    });
    expect(validateRecord(resource, { ...good, start: "2026-12-01", end: undefined }, { ...ctx, today: "2027-01-01" })).toEqual({});
  });

  it("a field that failed its own check is not judged again by a rule", () => {
    // end is not a real date → only the date error on end; start still gets the rule's error.
    const errors = validateRecord(resource, { ...good, start: "2026-03-01", end: "2026-02-31" }, ctx);
    expect(keysOf(errors).end).toEqual(["party.validation.date"]);
    // a string compare "2026-02-31" < "2026-03-01" made the rule fire; start keeps the rule's verdict.
    expect(keysOf(errors).start).toEqual(["party.rules.test.startAfterEnd"]);
  });

  it("does not demand hidden fields (views: []) nor read-only ones", () => {
    const errors = validateRecord(resource, good, ctx);
    expect(errors.secret).toBeUndefined();
    expect(errors.version).toBeUndefined();
  });

  it("does not demand fields an administrator hid at runtime, even built-in required ones", () => {
    const hidden = mergeSchema(meetings, undefined, { id: "meetings", hidden: ["room"] });
    const { room: _room, ...withoutRoom } = good;
    expect(validateRecord(hidden, withoutRoom, ctx)).toEqual({});
    expect(keysOf(validateRecord(resource, withoutRoom, ctx))).toEqual({ room: ["party.validation.required"] });
  });

  it("demands fields an administrator made required", () => {
    const required = mergeSchema(meetings, undefined, { id: "meetings", required: ["end"] });
    expect(keysOf(validateRecord(required, { ...good, end: null }, ctx))).toEqual({ end: ["party.validation.required"] });
  });

  it("rejectUnknown flags undeclared fields but allows the system fields", () => {
    const record = { ...good, id: 7, version: 3, createdAt: "x", updatedAt: "y", colour: "red", 备注: "x" };
    expect(validateRecord(resource, record, ctx)).toEqual({});
    const errors = validateRecord(resource, record, ctx, { rejectUnknown: true });
    expect(keysOf(errors)).toEqual({ colour: ["party.validation.unknownField"], 备注: ["party.validation.unknownField"] });
    expect(SYSTEM_FIELDS).toEqual(expect.arrayContaining(["id", "version", "createdAt", "updatedAt"]));
  });

  it("accepts the fields of a runtime custom field once it is configured", () => {
    const withBudget = mergeSchema(meetings, undefined, {
      id: "meetings",
      customFields: [{ key: "budget", kind: "number", label: { "zh-CN": "预算", "en-US": "Budget" }, required: true }],
    });
    expect(validateRecord(withBudget, { ...good, budget: 100 }, ctx, { rejectUnknown: true })).toEqual({});
    expect(keysOf(validateRecord(withBudget, good, ctx, { rejectUnknown: true }))).toEqual({ budget: ["party.validation.required"] });
    expect(keysOf(validateRecord(resource, { ...good, budget: 100 }, ctx, { rejectUnknown: true }))).toEqual({
      budget: ["party.validation.unknownField"],
    });
  });
});
