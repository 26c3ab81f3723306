// A store or export from before the accounts resource named its sign-ins `users`: read as the same accounts.
import { describe, expect, it } from "vitest";
import { checkStoreText } from "../../mock-api/persistence/checkStore";

const store = (accounts: string) => JSON.stringify({ [accounts]: [{ id: 1, username: "admin", password: "demo123" }], "audit-logs": [], "resource-settings": [] });

describe("a store that still names its accounts users", () => {
  it("is read with them as accounts, and is not refused as lacking them", () => {
    const { state, problems } = checkStoreText(store("users"));
    expect(problems).toEqual([]);
    expect(state?.accounts).toEqual([{ id: 1, username: "admin", password: "demo123" }]);
    expect(state && "users" in state).toBe(false);
  });

  it("leaves a store that has accounts as it is", () => {
    expect(checkStoreText(store("accounts")).state).toEqual(JSON.parse(store("accounts")));
  });
});
