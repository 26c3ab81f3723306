// Spreadsheet cells: import coercion (coerceCell), formula-injection escaping, full-width folding, masking.
import { describe, expect, it } from "vitest";
import { makeIdNumber } from "../../../src/domain/idCard";
import { branches } from "../../../src/resources/branches/schema";
import { escapeFormula, toHalfWidth } from "../../../src/schema/cells";
import { coerceCell, type OptionMatcher } from "../../../src/schema/coerce";
import { maskField } from "../../../src/schema/maskField";
import type { FieldDef } from "../../../src/schema/types";
import { validateField } from "../../../src/schema/validateField";
import zhBranches from "../../../locales/zh-CN/branches.json";

/** Matches an option by its wire value or its Chinese label, as the import screen does. */
const typeLabels = zhBranches["party-branches"].options.type as Record<string, string>;
const matchOption: OptionMatcher = (field, text) =>
  field === "type" ? (Object.keys(typeLabels).find((value) => value === text || typeLabels[value] === text) ?? undefined) : undefined;
const noMatch: OptionMatcher = () => undefined;
const cell = (field: FieldDef, raw: unknown, match: OptionMatcher = noMatch) => coerceCell("f", field, raw, match);

describe("coerceCell", () => {
  it("empty cells become null for every kind", () => {
    for (const kind of ["text", "number", "date", "enum", "boolean", "tags"] as const) {
      for (const raw of [undefined, null, "", "   ", "\u3000"]) expect([kind, raw, cell({ kind }, raw)]).toEqual([kind, raw, null]);
    }
  });

  it("numbers: full-width digits, thousands separators, negatives; unreadable text passes through", () => {
    expect(cell({ kind: "number" }, "１２３")).toBe(123);
    expect(cell({ kind: "money" }, "１，２３４．５０")).toBe(1234.5);
    expect(cell({ kind: "money" }, "1,234.56")).toBe(1234.56);
    expect(cell({ kind: "number" }, "-7")).toBe(-7);
    expect(cell({ kind: "rating" }, 4)).toBe(4);
    expect(cell({ kind: "percent" }, " 85 ")).toBe(85);
    expect(cell({ kind: "number" }, "十二")).toBe("十二");
    // passed on unchanged, so the usual validation message explains it
    expect(validateField("f", { kind: "number" }, cell({ kind: "number" }, "十二"))?.key).toBe("party.validation.number");
  });

  it("booleans: 是/否, √/×, yes/no, true/false, 1/0, any case; other text passes through", () => {
    for (const yes of ["是", "√", "Yes", "TRUE", "y", "1", " 是 ", true]) expect([yes, cell({ kind: "boolean" }, yes)]).toEqual([yes, true]);
    for (const no of ["否", "×", "No", "false", "N", "0", false]) expect([no, cell({ kind: "boolean" }, no)]).toEqual([no, false]);
    expect(cell({ kind: "boolean" }, "也许")).toBe("也许");
  });

  it("dates: 2024/1/5, 2024.1.5, 2024-1-5 and 2024年1月5日 all become 2024-01-05", () => {
    for (const raw of ["2024/1/5", "2024.1.5", "2024-1-5", "2024年1月5日", "2024年01月05日", "２０２４年１月５日", "2024-01-05"]) {
      expect([raw, cell({ kind: "date" }, raw)]).toEqual([raw, "2024-01-05"]);
    }
    expect(cell({ kind: "date" }, "下周一")).toBe("下周一");
  });

  it("dates: a spreadsheet Date cell becomes its ISO day (datetime keeps the time)", () => {
    const d = new Date(Date.UTC(2024, 1, 29));
    expect(cell({ kind: "date" }, d)).toBe("2024-02-29");
    expect(cell({ kind: "datetime" }, new Date(Date.UTC(2024, 1, 29, 8, 30)))).toBe("2024-02-29T08:30:00.000Z");
  });

  it("enum by value or by label; unknown text passes through for validation to reject", () => {
    const type = branches.fields.type;
    expect(coerceCell("type", type, "临床", matchOption)).toBe("clinical");
    expect(coerceCell("type", type, "medtech", matchOption)).toBe("medtech");
    expect(coerceCell("type", type, " 职能 ", matchOption)).toBe("functional");
    expect(coerceCell("type", type, "外科", matchOption)).toBe("外科");
    expect(validateField("type", type, "外科")?.key).toBe("party.validation.enum");
  });

  it("multi-enum, multi-relation and tags split on Chinese and Western separators", () => {
    const multi: FieldDef = { kind: "multi-enum", values: ["clinical", "medtech", "joint"] };
    expect(coerceCell("type", multi, "临床、医技，joint", matchOption)).toEqual(["clinical", "medtech", "joint"]);
    expect(cell({ kind: "multi-relation", target: "members" }, "1, 2；x9")).toEqual([1, 2, "x9"]);
    expect(cell({ kind: "tags" }, "先锋;; 模范，")).toEqual(["先锋", "模范"]);
  });

  it("relation ids: digits become numbers, other ids stay text", () => {
    expect(cell({ kind: "relation", target: "branches" }, "１２")).toBe(12);
    expect(cell({ kind: "relation", target: "branches" }, 12)).toBe(12);
    expect(cell({ kind: "relation", target: "branches" }, "b-12")).toBe("b-12");
  });

  it("id-card: full-width and lower-case x are normalised so the checksum can pass", () => {
    const id = Array.from({ length: 50 }, (_, seq) => makeIdNumber("110105", "1988-12-01", seq, "female")).find((n) => n.endsWith("X"))!;
    const typed = toFullWidth(id.slice(0, 17)) + "ｘ";
    expect(cell({ kind: "id-card" }, typed)).toBe(id);
    expect(validateField("f", { kind: "id-card" }, cell({ kind: "id-card" }, typed))).toBeUndefined();
  });

  it("text is folded to half width and trimmed", () => {
    expect(cell({ kind: "text" }, "　ＡＢＣ１２３　")).toBe("ABC123");
    expect(cell({ kind: "phone" }, 13812345678)).toBe("13812345678");
  });
});

function toFullWidth(text: string) {
  return text.replace(/[!-~]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0));
}

describe("escapeFormula", () => {
  it("prefixes an apostrophe to cells a spreadsheet would evaluate", () => {
    for (const risky of ["=SUM(A1:A9)", "+86 138", "-1+2", "@cmd", "\t=1", "\r=1", "=HYPERLINK(\"http://x\")"]) {
      expect(escapeFormula(risky)).toBe(`'${risky}`);
    }
  });

  it("leaves ordinary text alone, including = in the middle", () => {
    for (const safe of ["王小明", "a=b", "1+1", "", "'quoted", "２０２４"]) expect(escapeFormula(safe)).toBe(safe);
  });
});

describe("toHalfWidth", () => {
  it("folds full-width ASCII and the ideographic space; leaves CJK untouched", () => {
    expect(toHalfWidth("ＡＢＣｘｙｚ０１２３４５６７８９")).toBe("ABCxyz0123456789");
    expect(toHalfWidth("（１）：，；！？")).toBe("(1):,;!?");
    expect(toHalfWidth("党支部\u3000一")).toBe("党支部 一");
    expect(toHalfWidth("、。")).toBe("、。");
    expect(toHalfWidth("plain")).toBe("plain");
  });
});

describe("maskField", () => {
  const id = makeIdNumber("110105", "1990-03-07", 3, "male");

  it("masks a sensitive ID number to its first 6 and last 4 characters", () => {
    const masked = maskField({ kind: "id-card", sensitive: true }, id);
    expect(masked).toBe(`${id.slice(0, 6)}********${id.slice(-4)}`);
    expect(masked).not.toContain(id.slice(6, 14));
  });

  it("masks a sensitive mobile to 3 + 4 digits", () => {
    expect(maskField({ kind: "phone", sensitive: true }, "13812345678")).toBe("138****5678");
  });

  it("masks other sensitive text to its first and last character", () => {
    expect(maskField({ kind: "text", sensitive: true }, "王小明")).toBe("王*明");
    expect(maskField({ kind: "text", sensitive: true }, "王明")).toBe("**");
  });

  it("passes values of non-sensitive fields through", () => {
    expect(maskField({ kind: "id-card" }, id)).toBe(id);
    expect(maskField({ kind: "phone", sensitive: false }, "13812345678")).toBe("13812345678");
  });
});
