// fieldMap: the plugin's field names ↔ the wire's, for records, filters and sorters.
import { describe, expect, it } from "vitest";
import { fieldNames } from "../../../src/data/fieldMap";
import { toListRequest, toWireFilters } from "../../../src/data/listRequest";

const names = fieldNames("members", { name: "xm", branchId: "dzbId", admissionDate: "rdrq" });

describe("fieldNames", () => {
  it("renames record keys both ways; unmapped keys pass through", () => {
    const ours = { id: 1, name: "王芳", branchId: 3, stage: "full", version: 2 };
    const wire = names.recordToWire(ours);
    expect(wire).toEqual({ id: 1, xm: "王芳", dzbId: 3, stage: "full", version: 2 });
    expect(names.recordFromWire(wire)).toEqual(ours);
  });

  it("a wire key that collides with a mapped plugin name is dropped, never overwriting the mapped value", () => {
    expect(names.recordFromWire({ xm: "王芳", name: "backend's own column" })).toEqual({ name: "王芳" });
    expect(names.recordToWire({ name: "王芳", xm: "stray" })).toEqual({ xm: "王芳" });
  });

  it("renames field-keyed objects (422 errors) from the wire", () => {
    expect(names.keysFromWire({ xm: ["party.validation.required"], dzbId: ["party.validation.relationMissing"] })).toEqual({
      name: ["party.validation.required"],
      branchId: ["party.validation.relationMissing"],
    });
    expect(names.keysFromWire(undefined)).toBeUndefined();
  });

  it("refuses a map that gives two fields the same wire name", () => {
    expect(() => fieldNames("members", { name: "xm", phone: "xm" })).toThrow(/xm.*name.*phone/);
  });

  it("allows swapping two names", () => {
    const swap = fieldNames("x", { a: "b", b: "a" });
    expect(swap.recordToWire({ a: 1, b: 2 })).toEqual({ b: 1, a: 2 });
    expect(swap.recordFromWire({ b: 1, a: 2 })).toEqual({ a: 1, b: 2 });
  });
});

describe("filters and sorters on the wire", () => {
  it("maps filter fields, turns json-server suffixes into operators, takes q as the keyword and drops empty filters", () => {
    const { filters, search } = toWireFilters(
      [
        { field: "q", operator: "eq", value: " 王 " },
        { field: "name_like", operator: "eq", value: "王" },
        { field: "branchId", operator: "eq", value: 3 },
        { field: "admissionDate", operator: "gte", value: "2020-01-01" },
        { field: "admissionDate_lte", operator: "eq", value: "2020-12-31" },
        { field: "stage", operator: "eq", value: undefined },
        { field: "gender", operator: "eq", value: "" },
        { field: "partyStatus", operator: "in", value: [] },
      ],
      names,
    );
    expect(search).toBe("王");
    expect(filters).toEqual([
      { field: "xm", operator: "contains", value: "王" },
      { field: "dzbId", operator: "eq", value: 3 },
      { field: "rdrq", operator: "gte", value: "2020-01-01" },
      { field: "rdrq", operator: "lte", value: "2020-12-31" },
    ]);
  });

  it("refuses what it cannot say on the wire (or/and, unsupported operators) instead of dropping it", () => {
    expect(() => toWireFilters([{ operator: "or", value: [] }], names)).toThrow(/or/);
    expect(() => toWireFilters([{ field: "name", operator: "startswith", value: "王" }], names)).toThrow(/startswith/);
  });

  it("maps sorters, keeps their order and direction, and pages only in server mode", () => {
    const request = toListRequest(
      "/api/v2/dangyuan",
      { pagination: { currentPage: 2, pageSize: 50 }, sorters: [{ field: "admissionDate", order: "desc" }, { field: "id", order: "asc" }] },
      names,
    );
    expect(request).toEqual({
      path: "/api/v2/dangyuan",
      page: { current: 2, size: 50 },
      sort: [
        { field: "rdrq", order: "desc" },
        { field: "id", order: "asc" },
      ],
      filters: [],
      search: undefined,
    });
    expect(toListRequest("/x", { pagination: { mode: "off" } }, names).page).toBeUndefined();
  });
});
