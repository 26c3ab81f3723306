import { createPartyBuilding, readSheetInWorker } from "refine-party-building";
import { i18next } from "./i18n";
import { currentToken, currentUser } from "./auth";
import { selectedBackend } from "./backends";

// Exactly what a hospital's host admin writes (see README, "Embed it in your Refine app").
export const party = createPartyBuilding({
  ...selectedBackend(), // apiUrl, and for other backends adapter, endpoints, fieldMap (src/demo/backends.ts)
  routePrefix: "/party",
  dataProviderName: "party",
  auth: { getToken: currentToken },
  getUser: currentUser,
  // Big spreadsheets are parsed off the main thread (the worker and exceljs load on the first import).
  readSheet: readSheetInWorker(() => new Worker(new URL("./sheet.worker.ts", import.meta.url), { type: "module" })),
});
/** The plugin's strings in the shown language (main.tsx renders after it). */
export const partyReady = party.i18n.register(i18next);
