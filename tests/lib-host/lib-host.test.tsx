// @vitest-environment jsdom
import type { DataProvider } from "@refinedev/core";
import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { createHost } from "./HostApp";

const branches = [
  { id: 1, name: "Cardiology Branch", type: "clinical", establishedDate: "2001-08-24", termEnd: "2027-10-17" },
  { id: 2, name: "Medical Affairs Branch", type: "functional", establishedDate: "2003-01-13", termEnd: "2028-12-09" },
];

const provider = {
  getApiUrl: () => "",
  getList: async ({ resource }: { resource: string }) =>
    resource === "party-branches" ? { data: branches, total: branches.length } : { data: [], total: 0 },
  getMany: async () => ({ data: [] }),
  getOne: async ({ id }: { id: string | number }) => ({ data: branches.find((b) => String(b.id) === String(id))! }),
  create: async () => ({ data: {} }),
  update: async () => ({ data: {} }),
  deleteOne: async () => ({ data: {} }),
} as unknown as DataProvider;

describe("the built library in a separate host", () => {
  it("registers its resources under the host's provider name and route prefix", async () => {
    const { party } = await createHost(provider);
    expect(Object.keys(party.dataProviders)).toEqual(["pb"]);
    const listed = party.resources.filter((r) => r.list).map((r) => [r.name, r.list, r.meta?.dataProviderName]);
    expect(listed).toContainEqual(["party-branches", "/pb/branches", "pb"]);
  });

  it("renders a plugin list page from dist/lib with its English bundle", async () => {
    const { HostApp } = await createHost(provider);
    render(<HostApp path="/pb/branches" />);
    expect(await screen.findByText("Cardiology Branch", {}, { timeout: 15_000 })).toBeTruthy();
    expect(screen.getAllByText("Functional").length).toBeGreaterThan(0);
    expect(screen.getByRole("columnheader", { name: /Name/ })).toBeTruthy();
  });
});
