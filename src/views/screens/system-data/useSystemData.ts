import { useDataProvider, type BaseRecord } from "@refinedev/core";
import { useState } from "react";
import { errorKindKey } from "../../../data/httpError";
import { usePartyConfig } from "../../context/PartyContext";

/** The backend's system endpoints (docs/backend-contract.md): the whole store out and in, and the audit chain's check. */
export const SYSTEM_PATHS = { export: "/_system/export", restore: "/_system/restore", verify: "/audit-logs/_verify" } as const;

export interface ChainVerdict extends BaseRecord {
  ok: boolean;
  entries: number;
  firstBroken?: { index: number; id: unknown; reason: "link" | "hash" };
}

/** What a failed call says, as a message key: the backend's own (`party.errors.restoreNotEmpty` …) or its kind's. */
export function failureKey(error: unknown): string {
  const message = (error as { message?: unknown } | undefined)?.message;
  if (typeof message === "string" && message.startsWith("party.")) return message;
  return errorKindKey(error);
}

/** One call at a time against the system endpoints, with its outcome (a result or a failure key). */
export function useSystemCall<T extends BaseRecord>() {
  const { dataProviderName } = usePartyConfig();
  const provider = useDataProvider()(dataProviderName);
  const [state, setState] = useState<{ busy: boolean; result?: T; failure?: string }>({ busy: false });
  const run = async (url: string, method: "get" | "post", payload?: unknown): Promise<T | undefined> => {
    setState({ busy: true });
    try {
      const { data } = await provider.custom!<T>({ url, method, payload });
      setState({ busy: false, result: data });
      return data;
    } catch (error) {
      setState({ busy: false, failure: failureKey(error) });
      return undefined;
    }
  };
  return { ...state, run };
}
