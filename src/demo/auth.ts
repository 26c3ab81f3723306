import type { AuthProvider } from "@refinedev/core";
import type { PartyUser } from "refine-party-building";
import { API_BASE } from "./config";

const TOKEN = "token";
const USER = "user";

// The plugin asks for the user for every row it renders; parse the stored text only when it changes.
let parsed: { raw: string | null; user: PartyUser | undefined } = { raw: null, user: undefined };

/** The signed-in demo user (set at login), for the plugin's role checks. */
export function currentUser(): PartyUser | undefined {
  try {
    const raw = localStorage.getItem(USER);
    if (raw !== parsed.raw) parsed = { raw, user: raw ? (JSON.parse(raw) as PartyUser) : undefined };
    return parsed.user;
  } catch {
    return undefined;
  }
}

export const currentToken = () => localStorage.getItem(TOKEN);

/** Refine authProvider over the mock API's demo users (POST /auth/login). */
export const authProvider: AuthProvider = {
  login: async ({ username, password }) => {
    const response = await fetch(`${API_BASE}/auth/login`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ username, password }),
    });
    if (!response.ok) return { success: false, error: { name: "login", message: "demo.login.failed" } };
    const { token, user } = (await response.json()) as { token: string; user: PartyUser };
    localStorage.setItem(TOKEN, token);
    localStorage.setItem(USER, JSON.stringify(user));
    return { success: true, redirectTo: "/" };
  },
  logout: async () => {
    localStorage.removeItem(TOKEN);
    localStorage.removeItem(USER);
    return { success: true, redirectTo: "/login" };
  },
  check: async () => (currentToken() ? { authenticated: true } : { authenticated: false, redirectTo: "/login", logout: true }),
  getIdentity: async () => currentUser() ?? null,
  onError: async (error: { statusCode?: number }) => (error?.statusCode === 401 ? { logout: true, redirectTo: "/login" } : {}),
};
