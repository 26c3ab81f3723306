// The mock API in memory on a free loopback port, and a signed-in demo session for the browser.
import { listenMockApi } from "../../mock-api/listen";
import { generateDb } from "../../mock-api/seed/generate";
import { generateHostDb } from "../../mock-api/seed/generate-host";

/** The local calendar date: the browser's forms judge dates by it too. */
export function localToday(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export async function startMockApi(members: number) {
  const today = localToday();
  const db = generateDb({ members, today });
  const api = await listenMockApi({ data: db, hostData: generateHostDb(), today: () => today }, 0);
  return { ...api, seed: db };
}

/**
 * localStorage of a signed-in administrator, as the demo's login page leaves it (token + user).
 * Empty when the API has no login route, so the bench still runs on a demo without sign-in.
 */
export async function adminSession(apiUrl: string, db: object): Promise<Record<string, string>> {
  const users = ((db as { accounts?: { username: string; password: string; role: string }[] }).accounts ?? []).filter((u) => u.role === "admin");
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
