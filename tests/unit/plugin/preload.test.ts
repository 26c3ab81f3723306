// Which plugin page an address opens, so a host can start loading it before its frame renders the route.
import { describe, expect, it } from "vitest";
import { pageKindOf } from "../../../src/plugin/preload";

const names = ["members", "branches", "pairing-tasks"];

describe("pageKindOf", () => {
  it("names the page of each plugin route", () => {
    expect(pageKindOf("/party/members", "/party", names)).toBe("list");
    expect(pageKindOf("/party/members/", "/party", names)).toBe("list");
    expect(pageKindOf("/party/branches/show/15", "/party", names)).toBe("show");
    expect(pageKindOf("/party/pairing-tasks/create", "/party", names)).toBe("form");
    expect(pageKindOf("/party/members/edit/3", "/party", names)).toBe("form");
    expect(pageKindOf("/party/settings", "/party", names)).toBe("settings");
  });

  it("answers nothing for the host's own pages and unknown resources", () => {
    expect(pageKindOf("/members", "/party", names)).toBeUndefined();
    expect(pageKindOf("/party/unknown", "/party", names)).toBeUndefined();
    expect(pageKindOf("/partyx/members", "/party", names)).toBeUndefined();
    expect(pageKindOf("/party/members/export", "/party", names)).toBeUndefined();
  });
});
