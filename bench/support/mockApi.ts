// The mock API in memory on a free loopback port, and a signed-in demo session for the browser.
import { listenMockApi } from "../../mock-api/listen";
import { generateDb } from "../../mock-api/seed/generate";
import { generateHostDb } from "../../mock-api/seed/generate-host";

export const BENCH_TODAY = "2026-11-22";

export async function startMockApi(members: number) {
  const db = generateDb({ members, today: BENCH_TODAY });
  const api = await listenMockApi({ data: db, hostData: generateHostDb(), today: () => BENCH_TODAY }, 0);
  return { ...api, db };
}

/**
 * localStorage of a signed-in administrator, as the demo's login page leaves it (token + user).
 * Empty when the API has no login route, so the bench still runs on a demo without sign-in.
 */
export async function adminSession(apiUrl: string, db: object): Promise<Record<string, string>> {
  const users = ((db as { users?: { username: string; password: string; role: string }[] }).users ?? []).filter((u) => u.role === "admin");
  if (!users[0]) return {};
  const res = await fetch(`${apiUrl}/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ username: users[0].username, password: users[0].password }),
  });
  if (!res.ok) return {};
  const { token, user } = (await res.json()) as { token: string; user: unknown };
  return { token, user: JSON.stringify(user), lang: "zh-CN" };
}
