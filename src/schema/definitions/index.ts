export * from "./types";
export { validateDefinition, IDENTIFIER, type DefinitionContext } from "./validateDefinition";
export { definitionToResource, definitionField, definitionPermissions, titleLookup, type TitleOf } from "./toResourceDef";
export { changeErrors, keepFieldsWithData, recordsWithValue } from "./changeCheck";
export { TEMPLATES } from "./templates";
export { definitionBundle } from "./bundle";
