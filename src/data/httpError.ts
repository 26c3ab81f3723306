import type { HttpError } from "@refinedev/core";

/** One field problem as the wire carries it: a message key, optionally with placeholder values. */
export interface WireFieldError {
  key: string;
  params?: Record<string, string | number>;
}

/** The plugin's error: Refine's HttpError plus keyed field errors and the server's record on a conflict. */
export interface PartyHttpError extends HttpError {
  fieldErrors?: Record<string, WireFieldError[]>;
  current?: Record<string, unknown>;
  kind: "validation" | "unauthorized" | "forbidden" | "not-found" | "conflict" | "server" | "timeout" | "offline";
  /** For developers (logs, the conformance checker): what was wrong with an answer. Never shown to users as is. */
  detail?: string;
}

interface WireBody {
  message?: string;
  errors?: Record<string, string[]>;
  details?: Record<string, WireFieldError[]>;
  current?: Record<string, unknown>;
}

const KIND_BY_STATUS: Record<number, PartyHttpError["kind"]> = {
  400: "validation",
  401: "unauthorized",
  403: "forbidden",
  404: "not-found",
  409: "conflict",
  422: "validation",
};

/** Turns a failed HTTP exchange into a PartyHttpError the views understand. */
export function toPartyHttpError(status: number | undefined, body: unknown, code?: string): PartyHttpError {
  const wire = (body && typeof body === "object" ? body : {}) as WireBody;
  const kind: PartyHttpError["kind"] =
    status === undefined ? (code === "ECONNABORTED" || code === "ETIMEDOUT" ? "timeout" : "offline") : (KIND_BY_STATUS[status] ?? "server");
  const fieldErrors =
    wire.details ??
    (wire.errors ? Object.fromEntries(Object.entries(wire.errors).map(([f, list]) => [f, list.map((key) => ({ key }))])) : undefined);
  return {
    kind,
    statusCode: status ?? 0,
    message: wire.message ?? `party.errors.${kind}`,
    fieldErrors,
    // Refine's own form plumbing reads `errors`; keys it passes through translate.
    errors: fieldErrors
      ? Object.fromEntries(Object.entries(fieldErrors).map(([f, list]) => [f, { key: list[0].key, message: list[0].key }]))
      : undefined,
    current: wire.current,
  };
}

export const isPartyHttpError = (error: unknown): error is PartyHttpError =>
  !!error && typeof error === "object" && "kind" in error && "statusCode" in error;

/** The message key of a failure's kind (`party.errors.network` …); anything not normalised counts as a server error. */
export const errorKindKey = (error: unknown): string => `party.errors.${isPartyHttpError(error) ? error.kind : "server"}`;
