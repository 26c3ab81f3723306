import type { AdapterError, HttpRequest, HttpResponse } from "./adapter";
import { toPartyHttpError } from "./httpError";

type MaybePromise<T> = T | Promise<T>;

export interface PartyAuth {
  /** The current token, sent as `Authorization: Bearer <token>` on every request. */
  getToken?: () => MaybePromise<string | undefined | null>;
  /**
   * Called when an answer means 401 (concurrent 401s share one call). Return a fresh token to retry
   * the request once with it (store it where `getToken` reads it, for later requests), or nothing to
   * let the 401 reach the host's auth provider.
   */
  onUnauthorized?: () => MaybePromise<string | undefined | null>;
}

export interface HttpClientOptions {
  apiUrl: string;
  headers?: Record<string, string>;
  /** Per attempt; default 15 s. */
  timeoutMs?: number;
  auth?: PartyAuth;
  /** The transport; the global fetch unless given (tests and the conformance checker count requests). */
  fetch?: typeof fetch;
}

export interface Exchange {
  response: HttpResponse;
  /** The adapter's reading of a failed answer; undefined on success. */
  error?: AdapterError;
}

const DEFAULT_TIMEOUT_MS = 15_000;
const UNAUTHORIZED = 401;

function urlOf(apiUrl: string, request: HttpRequest): string {
  const query = new URLSearchParams(request.query?.map(([k, v]) => [k, v]) ?? []).toString();
  // An absolute URL (a host's `custom` call) is used as given.
  const base = /^https?:\/\//.test(request.path) ? "" : apiUrl.replace(/\/+$/, "");
  return `${base}${request.path}${query ? `?${query}` : ""}`;
}

function parse(text: string): unknown {
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/**
 * Sends adapter-built requests: base URL, headers, bearer token, a timeout per attempt, and one
 * retry after `auth.onUnauthorized` hands out a new token. Network failures and timeouts throw a
 * PartyHttpError; HTTP answers (even failed ones) are returned for the adapter to read.
 */
export function createHttpClient(options: HttpClientOptions, readError: (response: HttpResponse) => AdapterError | undefined) {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  let refreshing: Promise<string | undefined> | undefined;

  const refresh = () =>
    (refreshing ??= Promise.resolve()
      .then(() => options.auth?.onUnauthorized?.())
      .then((token) => token || undefined, () => undefined)
      .finally(() => (refreshing = undefined)));

  async function attempt(request: HttpRequest, headers: Record<string, string>, token: string | undefined): Promise<HttpResponse> {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), timeoutMs);
    const send = options.fetch ?? fetch;
    try {
      const res = await send(urlOf(options.apiUrl, request), {
        method: request.method,
        headers: {
          Accept: "application/json",
          ...(request.body === undefined ? {} : { "Content-Type": "application/json" }),
          ...options.headers,
          ...headers,
          ...(token ? { Authorization: `Bearer ${token}` } : {}),
        },
        body: request.body === undefined ? undefined : JSON.stringify(request.body),
        signal: controller.signal,
      });
      return { status: res.status, headers: res.headers, body: parse(await res.text()) };
    } catch {
      throw toPartyHttpError(undefined, undefined, controller.signal.aborted ? "ETIMEDOUT" : "ERR_NETWORK");
    } finally {
      clearTimeout(timer);
    }
  }

  return async function exchange(request: HttpRequest, headers: Record<string, string> = {}): Promise<Exchange> {
    const token = (await options.auth?.getToken?.()) || undefined;
    const response = await attempt(request, headers, token);
    const error = readError(response);
    if (error?.status !== UNAUTHORIZED || !options.auth?.onUnauthorized) return { response, error };
    // Someone refreshed while this request was under way: use that token rather than refresh again.
    const latest = (await options.auth.getToken?.()) || undefined;
    const fresh = latest && latest !== token ? latest : await refresh();
    if (!fresh) return { response, error };
    const retried = await attempt(request, headers, fresh);
    return { response: retried, error: readError(retried) };
  };
}
