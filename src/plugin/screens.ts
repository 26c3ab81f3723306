import type { ComponentType } from "react";
import type { PartyScope } from "../views/context/PartyContext";
import { page } from "./pages";

// Each screen of the manifest (SCREEN_MANIFEST) is its own chunk, loaded when a person opens it.
export const screenPages: Record<string, ComponentType<{ scope: PartyScope }>> = {
  "dues-ledger": page(() => import("../views/screens/dues-ledger/DuesLedgerScreen")),
  "dues-collection": page(() => import("../views/screens/dues-collection/DuesCollectionScreen")),
  "transfer-letter": page(() => import("../views/screens/transfer-letter/TransferLetterScreen")),
};
