// validateField: the single field check shared by forms, import and the mock API, for every kind.
import { describe, expect, it } from "vitest";
import { idCheckDigit, makeIdNumber } from "../../../src/domain/idCard";
import { FIELD_KINDS, type FieldDef, type FieldKind } from "../../../src/schema/types";
import { isBlank, isRealDate, validateField } from "../../../src/schema/validateField";

const v = (key: string) => `party.validation.${key}`;
/** The key of the first problem, or undefined when the value passes. */
const check = (field: FieldDef, value: unknown) => validateField("f", field, value)?.key;
const problem = (field: FieldDef, value: unknown) => validateField("f", field, value);

/** A value each kind accepts, for the blank/required and wrong-type tables. */
const GOOD: Record<FieldKind, { field: FieldDef; value: unknown }> = {
  text: { field: { kind: "text" }, value: "王小明" },
  textarea: { field: { kind: "textarea" }, value: "第一行\n第二行" },
  number: { field: { kind: "number" }, value: -3 },
  money: { field: { kind: "money" }, value: 12.34 },
  percent: { field: { kind: "percent" }, value: 55.5 },
  date: { field: { kind: "date" }, value: "2024-02-29" },
  datetime: { field: { kind: "datetime" }, value: "2024-02-29T10:30:00.000Z" },
  enum: { field: { kind: "enum", values: ["a", "b"] }, value: "a" },
  "multi-enum": { field: { kind: "multi-enum", values: ["a", "b"] }, value: ["a", "b"] },
  boolean: { field: { kind: "boolean" }, value: false },
  relation: { field: { kind: "relation", target: "branches" }, value: 3 },
  "multi-relation": { field: { kind: "multi-relation", target: "branches" }, value: [1, "2"] },
  phone: { field: { kind: "phone" }, value: "13812345678" },
  "id-card": { field: { kind: "id-card" }, value: makeIdNumber("110105", "1990-03-07", 1, "male") },
  email: { field: { kind: "email" }, value: "li.hua@hospital.cn" },
  rating: { field: { kind: "rating" }, value: 4 },
  tags: { field: { kind: "tags" }, value: ["优秀", "先锋"] },
  roster: {
    field: { kind: "roster", target: "members", values: ["secretary", "deputy"] },
    value: [
      { memberId: 1, role: "secretary" },
      { memberId: "7", role: "deputy" },
    ],
  },
  log: { field: { kind: "log" }, value: [{ date: "2026-01-05", note: "完成首轮走访" }] },
  diff: { field: { kind: "diff" }, value: [{ field: "name", from: "旧名", to: "新名" }] },
  items: {
    field: { kind: "items", item: { memberId: { kind: "relation", target: "members", required: true }, voting: { kind: "boolean" } } },
    value: [{ memberId: 1, voting: true }, { memberId: "2" }],
  },
};

/** A value of the wrong type per kind, and the key it must produce. */
const WRONG_TYPE: Record<FieldKind, [unknown, string]> = {
  text: [42, v("text")],
  textarea: [{ a: 1 }, v("text")],
  number: ["12", v("number")],
  money: ["12.00", v("number")],
  percent: [true, v("number")],
  date: [20240229, v("date")],
  datetime: [1_700_000_000_000, v("datetime")],
  enum: [1, v("enum")],
  "multi-enum": ["a", v("enum")],
  boolean: ["true", v("boolean")],
  relation: [{ id: 1 }, v("relation")],
  "multi-relation": [1, v("relation")],
  phone: [13812345678, v("text")],
  "id-card": [110105199003070, v("text")],
  email: [["a@b.cn"], v("text")],
  rating: ["5", v("number")],
  tags: ["优秀", v("tags")],
  roster: [{ memberId: 1 }, v("roster")],
  log: ["完成首轮走访", v("log")],
  diff: [{ field: "name" }, v("diff")],
  items: [{ memberId: 1 }, v("items")],
};

describe("validateField — every kind", () => {
  it("covers every declared field kind in these tables", () => {
    expect(Object.keys(GOOD).sort()).toEqual([...FIELD_KINDS].sort());
    expect(Object.keys(WRONG_TYPE).sort()).toEqual([...FIELD_KINDS].sort());
  });

  it.each(FIELD_KINDS)("%s: accepts a good value, required or not", (kind) => {
    const { field, value } = GOOD[kind];
    expect(problem(field, value)).toBeUndefined();
    expect(problem({ ...field, required: true }, value)).toBeUndefined();
  });

  it.each(FIELD_KINDS)("%s: blank is required-error when required, fine otherwise", (kind) => {
    const { field } = GOOD[kind];
    const blanks: unknown[] = [undefined, null, "", "   "];
    if (Array.isArray(GOOD[kind].value)) blanks.push([]);
    for (const blank of blanks) {
      expect(problem({ ...field, required: true }, blank)).toEqual({ field: "f", key: v("required") });
      expect(problem({ ...field, required: false }, blank)).toBeUndefined();
    }
  });

  it.each(FIELD_KINDS)("%s: a value of the wrong type is rejected with its own key", (kind) => {
    const [value, key] = WRONG_TYPE[kind];
    expect(check(GOOD[kind].field, value)).toBe(key);
  });

  it("names the field it judged in the error", () => {
    expect(validateField("branchId", { kind: "relation", target: "branches", required: true }, null)).toEqual({
      field: "branchId",
      key: v("required"),
    });
  });

  it("never judges a read-only (server-set) field", () => {
    expect(problem({ kind: "number", readOnly: true, required: true }, undefined)).toBeUndefined();
    expect(problem({ kind: "number", readOnly: true }, "not a number")).toBeUndefined();
  });

  it("isBlank: only undefined, null, whitespace strings and empty arrays are blank", () => {
    for (const blank of [undefined, null, "", " \t\n", []]) expect(isBlank(blank)).toBe(true);
    for (const filled of [0, false, "0", [0], {}]) expect(isBlank(filled)).toBe(false);
  });
});

describe("validateField — text kinds", () => {
  const name: FieldDef = { kind: "text", minLength: 2, maxLength: 5 };

  it("maxLength: exactly max passes, max+1 fails with the bound as a parameter", () => {
    expect(problem(name, "一二三四五")).toBeUndefined();
    expect(problem(name, "一二三四五六")).toEqual({ field: "f", key: v("maxLength"), params: { count: 5 } });
  });

  it("minLength: exactly min passes, min-1 fails", () => {
    expect(problem(name, "王五")).toBeUndefined();
    expect(problem(name, "王")).toEqual({ field: "f", key: v("minLength"), params: { count: 2 } });
  });

  it("measures length after trimming surrounding spaces", () => {
    expect(check(name, "  一二三四五  ")).toBeUndefined();
    expect(check(name, " 王 ")).toBe(v("minLength"));
  });

  it("textarea follows the same bounds", () => {
    expect(check({ kind: "textarea", maxLength: 3 }, "abc")).toBeUndefined();
    expect(check({ kind: "textarea", maxLength: 3 }, "abcd")).toBe(v("maxLength"));
  });

  it("pattern must match the whole trimmed value", () => {
    const code: FieldDef = { kind: "text", pattern: "[A-Z]{2}\\d{3}" };
    expect(check(code, "AB123")).toBeUndefined();
    expect(check(code, " AB123 ")).toBeUndefined();
    expect(check(code, "AB1234")).toBe(v("pattern"));
    expect(check(code, "xAB123")).toBe(v("pattern"));
    // An alternation in the pattern is still anchored as a whole.
    expect(check({ kind: "text", pattern: "a|b" }, "ab")).toBe(v("pattern"));
    expect(check({ kind: "text", pattern: "a|b" }, "b")).toBeUndefined();
  });

  it("phone: an 11-digit mainland mobile starting 13–19", () => {
    const phone: FieldDef = { kind: "phone" };
    for (const ok of ["13812345678", "19912345678", " 15000000000 "]) expect(check(phone, ok)).toBeUndefined();
    for (const bad of ["12812345678", "1381234567", "138123456789", "+8613812345678", "138 1234 5678", "1381234567a"]) {
      expect([bad, check(phone, bad)]).toEqual([bad, v("phone")]);
    }
  });

  it("id-card: a valid number passes, including one whose check character is X", () => {
    const id: FieldDef = { kind: "id-card" };
    const withX = Array.from({ length: 50 }, (_, seq) => makeIdNumber("110105", "1988-12-01", seq, "female")).find((n) =>
      n.endsWith("X"),
    );
    expect(withX).toMatch(/^\d{17}X$/);
    expect(check(id, withX)).toBeUndefined();
    expect(check(id, makeIdNumber("440304", "2000-02-29", 7, "male"))).toBeUndefined();
  });

  it("id-card: wrong length or letters → format error; wrong check character → checksum error", () => {
    const id: FieldDef = { kind: "id-card" };
    const good = makeIdNumber("110105", "1990-03-07", 3, "male");
    expect(check(id, good.slice(0, 17))).toBe(v("idFormat"));
    expect(check(id, `${good}0`)).toBe(v("idFormat"));
    expect(check(id, `A${good.slice(1)}`)).toBe(v("idFormat"));
    const first17 = good.slice(0, 17);
    const wrong = "0123456789X".split("").find((c) => c !== idCheckDigit(first17))!;
    expect(check(id, first17 + wrong)).toBe(v("idChecksum"));
  });

  it("email: needs a local part, an @ and a dotted domain", () => {
    const email: FieldDef = { kind: "email" };
    expect(check(email, "dangban@hospital.org.cn")).toBeUndefined();
    for (const bad of ["dangban", "dangban@hospital", "@hospital.cn", "a b@hospital.cn"]) expect(check(email, bad)).toBe(v("email"));
  });

  it("bounds are checked before the kind's format (a too-long phone says maxLength)", () => {
    expect(check({ kind: "phone", maxLength: 11 }, "138123456789")).toBe(v("maxLength"));
  });
});

describe("validateField — number kinds", () => {
  it("number: bounds are inclusive and reported with their value", () => {
    const months: FieldDef = { kind: "number", min: 0, max: 12 };
    expect(problem(months, 0)).toBeUndefined();
    expect(problem(months, 12)).toBeUndefined();
    expect(problem(months, -1)).toEqual({ field: "f", key: v("min"), params: { min: 0 } });
    expect(problem(months, 12.5)).toEqual({ field: "f", key: v("max"), params: { max: 12 } });
  });

  it("number: unbounded by default, but NaN and infinities are not numbers", () => {
    expect(check({ kind: "number" }, -1e9)).toBeUndefined();
    for (const bad of [Number.NaN, Infinity, -Infinity]) expect(check({ kind: "number" }, bad)).toBe(v("number"));
  });

  it("money: never negative by default; whole yuan and cents pass; a third decimal fails", () => {
    const money: FieldDef = { kind: "money" };
    expect(check(money, 0)).toBeUndefined();
    expect(check(money, 22416)).toBeUndefined();
    expect(check(money, 12.3)).toBeUndefined();
    expect(check(money, 12.34)).toBeUndefined();
    expect(check(money, 0.01)).toBeUndefined();
    expect(check(money, 12.345)).toBe(v("cents"));
    expect(check(money, 0.001)).toBe(v("cents"));
    expect(problem(money, -0.01)).toEqual({ field: "f", key: v("min"), params: { min: 0 } });
  });

  it("money: every two-decimal amount passes, whatever its binary floating-point error", () => {
    // 1.15 * 100 === 114.99999999999999 in IEEE 754; a person typing ¥1.15 did nothing wrong.
    const money: FieldDef = { kind: "money" };
    const failing = [1.15, 4.35, 19.99, 0.29, 1.13, 8.2, 1_000.07].filter((amount) => check(money, amount) !== undefined);
    expect(failing).toEqual([]);
  });

  it("money: an explicit max applies", () => {
    expect(check({ kind: "money", max: 1_000_000 }, 1_000_000)).toBeUndefined();
    expect(check({ kind: "money", max: 1_000_000 }, 1_000_000.01)).toBe(v("max"));
  });

  it("percent: 0 to 100 by default; 100 passes, 100.1 and -0.1 fail", () => {
    const percent: FieldDef = { kind: "percent" };
    expect(check(percent, 0)).toBeUndefined();
    expect(check(percent, 100)).toBeUndefined();
    expect(check(percent, 99.9)).toBeUndefined();
    expect(problem(percent, 100.1)).toEqual({ field: "f", key: v("max"), params: { max: 100 } });
    expect(problem(percent, -0.1)).toEqual({ field: "f", key: v("min"), params: { min: 0 } });
  });

  it("rating: whole stars 1–5; 0 and 6 are out of range, 2.5 is not an integer", () => {
    const rating: FieldDef = { kind: "rating" };
    expect(check(rating, 1)).toBeUndefined();
    expect(check(rating, 5)).toBeUndefined();
    expect(problem(rating, 0)).toEqual({ field: "f", key: v("min"), params: { min: 1 } });
    expect(problem(rating, 6)).toEqual({ field: "f", key: v("max"), params: { max: 5 } });
    expect(check(rating, 2.5)).toBe(v("integer"));
  });

  it("declared bounds replace the kind's defaults", () => {
    expect(check({ kind: "rating", max: 10 }, 8)).toBeUndefined();
    expect(check({ kind: "percent", min: 50 }, 40)).toBe(v("min"));
  });
});

describe("validateField — dates", () => {
  it("isRealDate: only existing calendar days in YYYY-MM-DD", () => {
    expect(isRealDate("2024-02-29")).toBe(true);
    expect(isRealDate("2000-02-29")).toBe(true);
    expect(isRealDate("2023-02-29")).toBe(false);
    expect(isRealDate("1900-02-29")).toBe(false);
    expect(isRealDate("2024-04-31")).toBe(false);
    expect(isRealDate("2024-13-01")).toBe(false);
    expect(isRealDate("2024-2-9")).toBe(false);
  });

  it("date: leap day in a leap year passes, in a common year fails", () => {
    expect(check({ kind: "date" }, "2024-02-29")).toBeUndefined();
    expect(check({ kind: "date" }, "2023-02-29")).toBe(v("date"));
  });

  it("date: other spellings and timestamps are not wire dates", () => {
    for (const bad of ["2024/02/29", "2024-2-29", "2024年2月29日", "2024-02-29T00:00:00Z", "29-02-2024"]) {
      expect([bad, check({ kind: "date" }, bad)]).toEqual([bad, v("date")]);
    }
  });

  it("datetime: ISO timestamps pass; rolled-over days and garbage fail", () => {
    const dt: FieldDef = { kind: "datetime" };
    expect(check(dt, "2024-02-29T23:59:59.000Z")).toBeUndefined();
    expect(check(dt, "2024-02-29T10:00:00+08:00")).toBeUndefined();
    // Date.parse rolls 2023-02-29 over to 1 March; the check must not.
    expect(check(dt, "2023-02-29T10:00:00Z")).toBe(v("datetime"));
    expect(check(dt, "yesterday")).toBe(v("datetime"));
  });
});

describe("validateField — choices and relations", () => {
  const enumField: FieldDef = { kind: "enum", values: ["clinical", "medtech"] };
  const multi: FieldDef = { kind: "multi-enum", values: ["a", "b", "c"], minLength: 1, maxLength: 2 };

  it("enum: only declared values, exact case", () => {
    expect(check(enumField, "medtech")).toBeUndefined();
    expect(check(enumField, "Medtech")).toBe(v("enum"));
    expect(check(enumField, "临床")).toBe(v("enum"));
  });

  it("multi-enum: every item declared; count bounds as minItems/maxItems", () => {
    expect(check(multi, ["a"])).toBeUndefined();
    expect(check(multi, ["a", "c"])).toBeUndefined();
    expect(check(multi, ["a", "x"])).toBe(v("enum"));
    expect(problem(multi, ["a", "b", "c"])).toEqual({ field: "f", key: v("maxItems"), params: { max: 2 } });
    expect(problem({ ...multi, minLength: 2 }, ["a"])).toEqual({ field: "f", key: v("minItems"), params: { min: 2 } });
  });

  it("boolean: false is a value (not blank) even when required", () => {
    expect(check({ kind: "boolean", required: true }, false)).toBeUndefined();
    expect(check({ kind: "boolean" }, 0)).toBe(v("boolean"));
  });

  it("relation: a positive integer or a non-blank string id", () => {
    const rel: FieldDef = { kind: "relation", target: "members" };
    expect(check(rel, 1)).toBeUndefined();
    expect(check(rel, "a1b2")).toBeUndefined();
    for (const bad of [0, -1, 1.5, true]) expect([bad, check(rel, bad)]).toEqual([bad, v("relation")]);
  });

  it("multi-relation: every item an id; count bounds", () => {
    const rel: FieldDef = { kind: "multi-relation", target: "branches", maxLength: 2 };
    expect(check(rel, [1, 2])).toBeUndefined();
    expect(check(rel, [1, 0])).toBe(v("relation"));
    expect(check(rel, [1, " "])).toBe(v("relation"));
    expect(problem(rel, [1, 2, 3])).toEqual({ field: "f", key: v("maxItems"), params: { max: 2 } });
  });

  it("tags: non-blank strings of at most 20 characters; count bounds", () => {
    const tags: FieldDef = { kind: "tags", maxLength: 3 };
    expect(check(tags, ["一".repeat(20)])).toBeUndefined();
    expect(problem(tags, ["一".repeat(21)])).toEqual({ field: "f", key: v("tags"), params: { max: 20 } });
    expect(check(tags, ["ok", " "])).toBe(v("tags"));
    expect(check(tags, ["ok", 3])).toBe(v("tags"));
    expect(problem(tags, ["a", "b", "c", "d"])).toEqual({ field: "f", key: v("maxItems"), params: { max: 3 } });
  });

  it("roster: entries of a member id and a declared role; count bounds", () => {
    const committee: FieldDef = { kind: "roster", target: "members", values: ["secretary", "deputy"], minLength: 1, maxLength: 2 };
    expect(check(committee, [{ memberId: 3, role: "secretary" }])).toBeUndefined();
    expect(check(committee, [{ memberId: 3, role: "treasurer" }])).toBe(v("roster"));
    expect(check(committee, [{ memberId: 0, role: "deputy" }])).toBe(v("roster"));
    expect(check(committee, [{ role: "deputy" }])).toBe(v("roster"));
    expect(check(committee, [null])).toBe(v("roster"));
    expect(check(committee, [3])).toBe(v("roster"));
    const three = [1, 2, 3].map((memberId) => ({ memberId, role: "deputy" }));
    expect(problem(committee, three)).toEqual({ field: "f", key: v("maxItems"), params: { max: 2 } });
  });

  it("items: each entry an object whose sub-fields pass their own checks; the bad row is named", () => {
    const votes: FieldDef = {
      kind: "items",
      maxLength: 2,
      item: { title: { kind: "text", required: true, maxLength: 5 }, yes: { kind: "number", min: 0 }, passed: { kind: "boolean", readOnly: true } },
    };
    expect(check(votes, [{ title: "决议", yes: 3, passed: "computed" }])).toBeUndefined();
    expect(problem(votes, [{ title: "决议" }, { yes: 1 }])).toEqual({ field: "f", key: v("itemsRow"), params: { row: 2 } });
    expect(problem(votes, [{ title: "决议", yes: -1 }])).toEqual({ field: "f", key: v("itemsRow"), params: { row: 1, min: 0 } });
    expect(problem(votes, [{ title: "决议" }, "x"])).toEqual({ field: "f", key: v("items"), params: { row: 2 } });
    expect(problem(votes, [{ title: "a" }, { title: "b" }, { title: "c" }])).toEqual({ field: "f", key: v("maxItems"), params: { max: 2 } });
  });

  it("diff: a list of changes, each naming the field it changed", () => {
    const changes: FieldDef = { kind: "diff" };
    expect(check(changes, [{ field: "name", from: null, to: "王五" }, { field: "stage" }])).toBeUndefined();
    expect(check(changes, [{ from: "a", to: "b" }])).toBe(v("diff"));
    expect(check(changes, [{ field: 3 }])).toBe(v("diff"));
    expect(check(changes, [null])).toBe(v("diff"));
  });

  it("log: dated notes; a real date and a non-blank note of at most 500 characters; count bounds", () => {
    const progress: FieldDef = { kind: "log", maxLength: 2 };
    const entry = (date: string, note: string) => ({ date, note });
    expect(check(progress, [entry("2024-02-29", "字".repeat(500))])).toBeUndefined();
    expect(problem(progress, [entry("2024-02-29", "字".repeat(501))])).toEqual({ field: "f", key: v("log"), params: { max: 500 } });
    expect(check(progress, [entry("2023-02-29", "进展")])).toBe(v("log"));
    expect(check(progress, [entry("2024-01-01", "  ")])).toBe(v("log"));
    expect(check(progress, [{ note: "进展" }])).toBe(v("log"));
    expect(check(progress, [null])).toBe(v("log"));
    const three = ["2024-01-01", "2024-01-02", "2024-01-03"].map((d) => entry(d, "进展"));
    expect(problem(progress, three)).toEqual({ field: "f", key: v("maxItems"), params: { max: 2 } });
  });
});
