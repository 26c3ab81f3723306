// The manifest a host registers up front must say what the schemas (loaded with the pages) say.
import { describe, expect, it } from "vitest";
import { builtInResources } from "../../../src/resources";
import { RESOURCE_MANIFEST } from "../../../src/resources/manifest";
import { createPartyBuilding } from "../../../src";

describe("the resource manifest", () => {
  it("lists every built-in resource in menu order with its schema's group, icon, read-only flag and screen", () => {
    const fromSchemas = builtInResources.map(({ name, group, icon, readOnly, screen }) => ({ name, group, icon, ...(readOnly ? { readOnly } : {}), ...(screen ? { screen } : {}) }));
    expect(RESOURCE_MANIFEST).toEqual(fromSchemas);
  });

  it("loadSchemas() gives the built-in schemas by name", async () => {
    const party = createPartyBuilding({ apiUrl: "http://127.0.0.1:1" });
    const schemas = await party.loadSchemas();
    expect(Object.values(schemas)).toEqual([...builtInResources]);
    expect(Object.keys(schemas)).toEqual(RESOURCE_MANIFEST.map((entry) => entry.name));
  });
});
