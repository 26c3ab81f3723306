// Stands in for src/demo/party.ts when bench:size builds the host without the plugin: the same
// host, nothing registered. Only the fields the host reads need to exist.
import type { PartyBuilding } from "../../src";

export const party = { resources: [], routes: [], dataProviders: {}, i18n: { register: async () => undefined }, loadSchemas: async () => ({}), preload: () => undefined } as unknown as PartyBuilding;

/** Nothing to register, so nothing to wait for before the first render. */
export const partyReady = Promise.resolve();
