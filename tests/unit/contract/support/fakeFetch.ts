// A scripted transport for the data provider: records every call and answers from a handler.
export interface Call {
  method: string;
  url: URL;
  headers: Record<string, string>;
  body: unknown;
}

export type Answer = { status?: number; body?: unknown; headers?: Record<string, string> } | "network-error" | "hang";

export function fakeFetch(handler: (call: Call, index: number) => Answer | Promise<Answer>) {
  const calls: Call[] = [];
  const fetch: typeof globalThis.fetch = async (input, init = {}) => {
    const call: Call = {
      method: init.method ?? "GET",
      url: new URL(String(input), "http://api.test"),
      headers: Object.fromEntries(Object.entries((init.headers ?? {}) as Record<string, string>).map(([k, v]) => [k.toLowerCase(), v])),
      body: typeof init.body === "string" ? JSON.parse(init.body) : undefined,
    };
    calls.push(call);
    const answer = await handler(call, calls.length - 1);
    if (answer === "network-error") throw new TypeError("fetch failed");
    if (answer === "hang") {
      return new Promise<Response>((_, reject) => init.signal?.addEventListener("abort", () => reject(new DOMException("aborted", "AbortError"))));
    }
    const text = answer.body === undefined ? "" : typeof answer.body === "string" ? answer.body : JSON.stringify(answer.body);
    return new Response(text, { status: answer.status ?? 200, headers: answer.headers });
  };
  return { fetch, calls };
}

/** The query of a call as [name, value] pairs, in order. */
export const queryOf = (call: Call) => [...call.url.searchParams.entries()];
