// The public API: everything else is internal.
export { createPartyBuilding, type PartyBuilding } from "./plugin/createPartyBuilding";
export type { PartyBuildingOptions } from "./plugin/options";
export type { ResourceOverride, ResourceSettings, CustomFieldSpec } from "./schema/settingsTypes";
export type { FieldDef, FieldKind, ResourceDef, LocalizedText } from "./schema/types";
