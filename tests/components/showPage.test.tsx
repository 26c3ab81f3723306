// @vitest-environment jsdom
// The generated detail page: every shown field labelled, relations as links, sensitive values on request.
import { cleanup, fireEvent, screen, waitFor } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { branches } from "../../src/resources/branches/schema";
import { members } from "../../src/resources/members/schema";
import { fieldsFor } from "../../src/schema/defineResource";
import { keys } from "../../src/schema/i18nKeys";
import { mergeSchema } from "../../src/schema/mergeSchema";
import { BRANCHES, fixtureData, MEMBERS } from "../support/fixtures";
import { renderParty } from "../support/renderParty";

afterEach(cleanup);

const member = MEMBERS[4];
const branchOf = (id: unknown) => BRANCHES.find((b) => b.id === id)!;

async function renderMemberShow() {
  const view = await renderParty({ path: `/party/members/show/${member.id}`, data: fixtureData() });
  await screen.findByText(String(member.name), {}, { timeout: 10_000 });
  return view;
}

describe("ShowPage", () => {
  it("reads the record named in the route through the plugin's provider, never the host's", async () => {
    const { fake, host } = await renderMemberShow();
    const reads = fake.callsOf("getOne", "party-members");
    expect(reads.length).toBeGreaterThan(0);
    expect(String(reads[0].params.id)).toBe(String(member.id));
    expect(host.calls).toEqual([]);
  });

  it("labels every show-view field in the current language", async () => {
    const { t } = await renderMemberShow();
    const labels = Array.from(document.querySelectorAll(".ant-descriptions-item-label")).map((l) => l.textContent);
    expect(labels).toEqual(fieldsFor(mergeSchema(members), "show").map((name) => t(keys.field("members", name))));
  });

  it("renders the branch relation as a link to the branch's show page", async () => {
    await renderMemberShow();
    const branch = branchOf(member.branchId);
    const link = await screen.findByRole("link", { name: branch.name }, { timeout: 10_000 });
    expect(link.getAttribute("href")).toBe(`/party/branches/show/${branch.id}`);
  });

  it("masks the ID number until a person asks to reveal it", async () => {
    const { t } = await renderMemberShow();
    const id = String(member.idNumber);
    expect(screen.queryByText(id)).toBeNull();
    expect(screen.getByText(`${id.slice(0, 6)}********${id.slice(-4)}`)).toBeTruthy();
    const reveal = screen.getAllByRole("button").filter((b) => b.textContent?.replace(/\s/g, "") === t("party.show.reveal"));
    expect(reveal.length).toBe(Object.values(members.fields).filter((f) => f.sensitive).length);
    fireEvent.click(reveal[0]);
    await waitFor(() => expect(screen.getByText(id)).toBeTruthy());
  });

  it("a branch's secretary links to the member", async () => {
    const branch = BRANCHES[1];
    await renderParty({ path: `/party/branches/show/${branch.id}`, data: fixtureData() });
    const secretary = MEMBERS.find((m) => m.id === branch.secretaryId)!;
    const link = await screen.findByRole("link", { name: String(secretary.name) }, { timeout: 10_000 });
    expect(link.getAttribute("href")).toBe(`/party/members/show/${secretary.id}`);
    expect(fieldsFor(mergeSchema(branches), "show")).toContain("secretaryId");
  });
});
