import type { PartyHttpError } from "../../src/data/httpError";

/** The rejection of a call that must fail, typed as the plugin's error. */
export async function failure(promise: Promise<unknown>): Promise<PartyHttpError> {
  try {
    await promise;
  } catch (error) {
    return error as PartyHttpError;
  }
  throw new Error("expected the request to fail");
}
