// What the account form sends: a password typed is sent, a blank one on an edit is not (the stored one stays).
import { describe, expect, it } from "vitest";
import { accounts } from "../../../src/resources/accounts/schema";
import { mergeSchema } from "../../../src/schema/mergeSchema";
import { toPayload } from "../../../src/views/form/useSchemaForm";

const resource = mergeSchema(accounts);
const fields = ["username", "name", "role", "password"];
const stored = { id: 4, username: "jijian", name: "李纪", role: "discipline", version: 2 };

describe("toPayload with a write-only field", () => {
  it("sends a password that was typed, trimmed like any text", () => {
    expect(toPayload(resource, fields, { ...stored, password: " new-secret-1 " }, 2, stored)).toEqual({ username: "jijian", name: "李纪", role: "discipline", password: "new-secret-1", version: 2 });
  });

  it("leaves out a blank password, where any other cleared field is sent as null", () => {
    for (const password of [undefined, null, "", "   "]) {
      expect(toPayload(resource, fields, { ...stored, name: "", password }, 2, stored)).toEqual({ username: "jijian", name: null, role: "discipline", version: 2 });
    }
  });
});
