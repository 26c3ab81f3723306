// The public API: everything else is internal.
export { createPartyBuilding, type PartyBuilding } from "./plugin/createPartyBuilding";
export type { PartyBuildingOptions } from "./plugin/options";
export type { ResourceOverride, ResourceSettings, CustomFieldSpec } from "./schema/settingsTypes";
export type { FieldDef, FieldKind, ResourceDef, LocalizedText } from "./schema/types";
export type { PartyUser, Role } from "./domain/access";
// Import files: read them in a Web Worker (the worker side is the `sheet-worker` entry).
export { readSheetInWorker, type SheetReader } from "./views/transfer/readSheetInWorker";
export type { Sheet } from "./views/transfer/readSheet";
export { refineI18nProvider } from "./i18n/refineI18nProvider";
// Backends: the two built-in adapters (to extend) and the interface of a custom one.
export { simpleRestAdapter } from "./data/adapters/simpleRest";
export { envelopeAdapter } from "./data/adapters/envelope";
export type { BackendAdapter, HttpRequest, HttpResponse, ListRequest, AdapterError, WireRecord } from "./data/adapter";
export type { PartyAuth } from "./data/httpClient";
export type { FieldMap } from "./data/fieldMap";
export type { PartyHttpError } from "./data/httpError";
