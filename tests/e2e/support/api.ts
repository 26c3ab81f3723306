// Direct calls to the in-memory mock API (set up by globalSetup), for arranging data and checking it.
import { apiUrl } from "./browser";

export interface ApiAnswer<T = unknown> {
  status: number;
  body: T;
  total?: number;
}

export async function api<T = unknown>(path: string, init: { method?: string; body?: unknown } = {}): Promise<ApiAnswer<T>> {
  const res = await fetch(`${apiUrl()}${path}`, {
    method: init.method ?? "GET",
    headers: init.body === undefined ? undefined : { "content-type": "application/json" },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  const text = await res.text();
  const total = res.headers.get("x-total-count");
  return { status: res.status, body: (text ? JSON.parse(text) : undefined) as T, total: total === null ? undefined : Number(total) };
}

/** The collection's size as the server reports it (`x-total-count`). */
export async function count(resource: string, query = ""): Promise<number> {
  const answer = await api(`/${resource}?_limit=1${query ? `&${query}` : ""}`);
  if (answer.total === undefined) throw new Error(`GET /${resource} sent no x-total-count`);
  return answer.total;
}

export type Branch = { id: number; name: string; type: string; establishedDate?: string | null; [key: string]: unknown };

/** Creates a branch straight through the API (the UI is tested elsewhere). */
export async function createBranch(values: { name: string; type: string; establishedDate?: string }): Promise<Branch> {
  const answer = await api<Branch>("/branches", { method: "POST", body: values });
  if (answer.status !== 201) throw new Error(`POST /branches ${answer.status}: ${JSON.stringify(answer.body)}`);
  return answer.body;
}

export async function branchesNamed(name: string): Promise<Branch[]> {
  return (await api<Branch[]>(`/branches?name=${encodeURIComponent(name)}`)).body;
}
