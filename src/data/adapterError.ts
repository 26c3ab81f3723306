import type { AdapterError } from "./adapter";
import type { FieldNames } from "./fieldMap";
import { toPartyHttpError, type PartyHttpError } from "./httpError";

/** An adapter's failure → the PartyHttpError the views read, with field names and the conflict record in ours. */
export function fromAdapterError(error: AdapterError, names: FieldNames): PartyHttpError {
  return toPartyHttpError(error.status, {
    message: error.message,
    errors: names.keysFromWire(error.errors),
    details: names.keysFromWire(error.details),
    current: error.current && names.recordFromWire(error.current),
  });
}
