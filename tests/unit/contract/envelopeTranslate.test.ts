// The envelope mock's translation to the simple-rest mock it wraps: the dialect, and its strictness
// (a client that forgets its fieldMap or speaks json-server's query is refused, not served).
import { describe, expect, it } from "vitest";
import { fieldNames } from "../../../src/data/fieldMap";
import { ENVELOPE_ENDPOINTS, ENVELOPE_FIELDS } from "../../../mock-api/envelope/naming";
import { translateAnswer, translateRequest, type Resource } from "../../../mock-api/envelope/translate";

const members: Resource = {
  name: "members",
  names: fieldNames("members", ENVELOPE_FIELDS.members),
  wireFields: new Set(["id", "xm", "rdrq", "dzbId", "fzjd", "ethnicity"]),
};

describe("envelope request → simple-rest request", () => {
  it("a list: pageNum/pageSize → _start/_end, orderByColumn/isAsc → _sort/_order, filters and keyword in the plugin's names", () => {
    const out = translateRequest(members, "GET", undefined, [
      ["pageNum", "3"],
      ["pageSize", "20"],
      ["orderByColumn", "rdrq,xm"],
      ["isAsc", "desc,asc"],
      ["fzjd", "full"],
      ["rdrqBegin", "2020-01-01"],
      ["rdrqEnd", "2020-12-31"],
      ["xmLike", "王"],
      ["ethnicity", "汉族"],
      ["keyword", "心内"],
    ], undefined);
    expect(out).toEqual({
      ok: true,
      inner: {
        operation: "list",
        method: "GET",
        path: "/members",
        query: [
          ["stage", "full"],
          ["admissionDate_gte", "2020-01-01"],
          ["admissionDate_lte", "2020-12-31"],
          ["name_like", "王"],
          ["ethnicity", "汉族"],
          ["q", "心内"],
          ["_start", "40"],
          ["_end", "60"],
          ["_sort", "admissionDate,name"],
          ["_order", "desc,asc"],
        ],
      },
    });
  });

  it("ids=1,2,3 is a batched read; PUT is a partial update (PATCH) with the body in the plugin's names", () => {
    expect(translateRequest(members, "GET", undefined, [["ids", "1,2,3"]], undefined)).toMatchObject({
      inner: { operation: "many", query: [["id", "1"], ["id", "2"], ["id", "3"]] },
    });
    expect(translateRequest(members, "PUT", "7", [], { xm: "王", version: 2 })).toEqual({
      ok: true,
      inner: { operation: "update", method: "PATCH", path: "/members/7", query: [], body: { name: "王", version: 2 } },
    });
  });

  it("refuses json-server parameters, unmapped plugin names and bad paging", () => {
    for (const query of [[["_sort", "xm"]], [["q", "王"]], [["name", "王"]], [["nameLike", "王"]], [["orderByColumn", "name"]], [["pageSize", "0"]]] as [string, string][][]) {
      const out = translateRequest(members, "GET", undefined, query, undefined);
      expect([query, out.ok]).toEqual([query, false]);
      if (!out.ok) expect(out.reply.code).toBe(400);
    }
  });

  it("a body in the plugin's names is a 422 on those fields, like any unknown field", () => {
    const out = translateRequest(members, "POST", undefined, [], { name: "王", fzjd: "full" });
    expect(out).toMatchObject({ ok: false, reply: { code: 422, errors: { name: ["party.validation.unknownField"] } } });
  });
});

describe("simple-rest answer → envelope reply", () => {
  it("lists become { code: 200, rows, total } in wire names; records { data }", () => {
    expect(translateAnswer(members, "list", 200, [{ id: 1, name: "王", stage: "full" }], "57")).toEqual({
      code: 200,
      msg: "操作成功",
      rows: [{ id: 1, xm: "王", fzjd: "full" }],
      total: 57,
    });
    expect(translateAnswer(members, "one", 200, { id: 1, name: "王" }, null)).toEqual({ code: 200, msg: "操作成功", data: { id: 1, xm: "王" } });
  });

  it("422 keeps errors and details, keyed by wire names; 409 puts the current record in data; others keep their status as code", () => {
    const invalid = translateAnswer(members, "create", 422, { message: "party.errors.validation", errors: { name: ["k"] }, details: { name: [{ key: "k", params: { max: 30 } }] } }, null);
    expect(invalid).toEqual({ code: 422, msg: "party.errors.validation", errors: { xm: ["k"] }, details: { xm: [{ key: "k", params: { max: 30 } }] } });
    expect(translateAnswer(members, "update", 409, { message: "party.errors.conflict", current: { id: 1, name: "新", version: 3 } }, null)).toEqual({
      code: 409,
      msg: "party.errors.conflict",
      data: { id: 1, xm: "新", version: 3 },
    });
    expect(translateAnswer(members, "one", 404, {}, null)).toEqual({ code: 404, msg: "party.errors.not-found" });
  });

  it("every endpoint is distinct and every mapped field belongs to a routed resource", () => {
    expect(new Set(Object.values(ENVELOPE_ENDPOINTS)).size).toBe(Object.keys(ENVELOPE_ENDPOINTS).length);
    for (const resource of Object.keys(ENVELOPE_FIELDS)) expect(ENVELOPE_ENDPOINTS[resource]).toBeDefined();
  });
});
