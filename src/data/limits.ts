// Bounds every backend is asked to keep (docs/backend-contract.md): a list never answers more than
// PAGE_MAX records at once, and no request body is larger than BODY_MAX_BYTES.

/** The largest page a list answers (`_end - _start`, `_limit`, ids in one batched read). */
export const PAGE_MAX = 500;
/** The largest request body, in bytes (a bulk create of 500 rows stays well below it). */
export const BODY_MAX_BYTES = 1_048_576;
