// @vitest-environment jsdom
// The settings page's 权限 card: one action list per role, and the rows an added role reaches only
// once a role has been added (the built-in roles keep their rules' rows).
import { cleanup, waitFor } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { fixtureData } from "../support/fixtures";
import { renderParty } from "../support/renderParty";

afterEach(cleanup);

const discipline = { id: "accounts", extraOptions: { role: [{ value: "discipline", label: { "zh-CN": "纪检委员", "en-US": "Discipline inspector" } }] } };

async function permissionsCard(settings: object[]) {
  await renderParty({ path: "/party/settings", data: { ...fixtureData(), "resource-settings": settings } });
  await waitFor(() => expect(document.querySelector("#settings-roles-secretary")).not.toBeNull(), { timeout: 15_000 });
}

describe("a built-in resource's permissions on the settings page", () => {
  it("offer no row scope while every role is built in", async () => {
    await permissionsCard([]);
    expect(document.querySelector("#settings-roles-member")).not.toBeNull();
    expect(document.querySelector("#settings-scope")).toBeNull();
  });

  it("offer the rows an added role reaches once one is added, and its action list", async () => {
    await permissionsCard([discipline]);
    await waitFor(() => expect(document.querySelector("#settings-roles-discipline")).not.toBeNull());
    expect(document.querySelector("#settings-scope")).not.toBeNull();
  });
});
