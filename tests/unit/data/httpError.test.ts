// toPartyHttpError: every way an HTTP exchange can fail, turned into what the views understand.
import { describe, expect, it } from "vitest";
import { isPartyHttpError, toPartyHttpError } from "../../../src/data/httpError";

describe("toPartyHttpError", () => {
  it("422 with errors and details: field errors keep their params; Refine's errors get the first key", () => {
    const error = toPartyHttpError(422, {
      message: "party.errors.validation",
      errors: { name: ["party.validation.maxLength"], branchId: ["party.validation.relationMissing"] },
      details: {
        name: [{ key: "party.validation.maxLength", params: { max: 30 } }],
        branchId: [{ key: "party.validation.relationMissing" }],
      },
    });
    expect(error).toMatchObject({ kind: "validation", statusCode: 422, message: "party.errors.validation" });
    expect(error.fieldErrors).toEqual({
      name: [{ key: "party.validation.maxLength", params: { max: 30 } }],
      branchId: [{ key: "party.validation.relationMissing" }],
    });
    expect(error.errors).toEqual({
      name: { key: "party.validation.maxLength", message: "party.validation.maxLength" },
      branchId: { key: "party.validation.relationMissing", message: "party.validation.relationMissing" },
    });
    expect(isPartyHttpError(error)).toBe(true);
  });

  it("422 with only errors (a backend that sends keys without params) still lands on the fields", () => {
    const error = toPartyHttpError(422, { errors: { phone: ["party.validation.phone", "party.validation.maxLength"] } });
    expect(error.fieldErrors).toEqual({ phone: [{ key: "party.validation.phone" }, { key: "party.validation.maxLength" }] });
    expect(error.errors).toEqual({ phone: { key: "party.validation.phone", message: "party.validation.phone" } });
    expect(error.message).toBe("party.errors.validation");
  });

  it("400 is a validation problem too", () => {
    expect(toPartyHttpError(400, {}).kind).toBe("validation");
  });

  it("409 carries the server's current record for the conflict dialog", () => {
    const current = { id: 3, name: "新名称", version: 5 };
    const error = toPartyHttpError(409, { message: "party.errors.conflict", current });
    expect(error).toMatchObject({ kind: "conflict", statusCode: 409, current });
    expect(error.fieldErrors).toBeUndefined();
    expect(error.errors).toBeUndefined();
  });

  it.each([
    [401, "unauthorized"],
    [403, "forbidden"],
    [404, "not-found"],
  ] as const)("%i → %s with a translatable default message", (status, kind) => {
    const error = toPartyHttpError(status, undefined);
    expect(error).toMatchObject({ kind, statusCode: status, message: `party.errors.${kind}` });
  });

  it.each([500, 502, 503, 418])("%i → server", (status) => {
    expect(toPartyHttpError(status, "<html>Bad gateway</html>")).toMatchObject({ kind: "server", statusCode: status, message: "party.errors.server" });
  });

  it("a server message wins over the default", () => {
    expect(toPartyHttpError(500, { message: "party.errors.injected" }).message).toBe("party.errors.injected");
  });

  it("no response and ECONNABORTED / ETIMEDOUT → timeout", () => {
    expect(toPartyHttpError(undefined, undefined, "ECONNABORTED")).toMatchObject({
      kind: "timeout",
      statusCode: 0,
      message: "party.errors.timeout",
    });
    expect(toPartyHttpError(undefined, undefined, "ETIMEDOUT").kind).toBe("timeout");
  });

  it("no response otherwise → offline", () => {
    for (const code of ["ERR_NETWORK", "ECONNREFUSED", "ECONNRESET", undefined]) {
      expect([code, toPartyHttpError(undefined, undefined, code)]).toEqual([
        code,
        expect.objectContaining({ kind: "offline", statusCode: 0, message: "party.errors.offline" }),
      ]);
    }
  });

  it("isPartyHttpError tells the plugin's errors from others", () => {
    expect(isPartyHttpError(new Error("x"))).toBe(false);
    expect(isPartyHttpError(null)).toBe(false);
    expect(isPartyHttpError({ statusCode: 500, message: "x" })).toBe(false);
    expect(isPartyHttpError(toPartyHttpError(500, {}))).toBe(true);
  });
});
