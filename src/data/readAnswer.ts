import type { BaseRecord } from "@refinedev/core";
import { toPartyHttpError, type PartyHttpError } from "./httpError";

/**
 * An answer the adapter cannot read is the backend's fault: the views see a server error, and
 * developers (and the conformance checker) the reason in `detail`.
 */
export function answerReader(adapterName: string) {
  const malformed = (why: string): PartyHttpError => ({ ...toPartyHttpError(502, undefined), detail: `${adapterName}: ${why}` });
  return {
    read<T>(fn: () => T): T {
      try {
        return fn();
      } catch (error) {
        throw malformed(error instanceof Error ? error.message : String(error));
      }
    },
    /** One/create answers must carry the record: the views open it next. */
    required(record: BaseRecord | undefined): BaseRecord {
      if (!record) throw malformed("the answer carries no record");
      return record;
    },
  };
}
