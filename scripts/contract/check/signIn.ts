/**
 * The token for `--user` / `--password`: the reference backend's sign-in, `POST <api-url>/auth/login`
 * with `{ username, password }` answering `{ token }` (docs/openapi.json, `/auth/login`).
 */
export async function signIn(apiUrl: string, username: string, password: string, transport: typeof fetch = fetch): Promise<string> {
  const url = `${apiUrl.replace(/\/+$/, "")}/auth/login`;
  let response: Response;
  try {
    response = await transport(url, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ username, password }) });
  } catch (error) {
    throw new Error(`sign-in at ${url} failed: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
  const body = (await response.json().catch(() => undefined)) as { token?: unknown } | undefined;
  if (!response.ok || typeof body?.token !== "string") throw new Error(`sign-in at ${url} as "${username}" was refused (HTTP ${response.status})`);
  return body.token;
}
