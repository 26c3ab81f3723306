// Every resource a person writes is in the audit trail's resource list (an entry for another would be refused).
import { describe, expect, it } from "vitest";
import { builtInResources } from "../../../src/resources";
import { AUDITED_RESOURCES } from "../../../src/resources/audit-logs/schema";

describe("the audit trail's resources", () => {
  it("name every writable built-in resource", () => {
    const writable = builtInResources.filter((def) => !def.readOnly).map((def) => def.name);
    expect(writable.filter((name) => !(AUDITED_RESOURCES as readonly string[]).includes(name))).toEqual([]);
  });
});
