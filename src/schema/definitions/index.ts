export * from "./types";
export { validateDefinition, IDENTIFIER, type DefinitionContext } from "./validateDefinition";
export { definitionToResource, definitionPermissions, titleLookup } from "./toResourceDef";
export { fieldFromSpec, type TitleOf } from "./fieldFromSpec";
export { fieldSpecErrors, type FieldSpecContext } from "./validateFieldSpec";
export { changeErrors, keepFieldsWithData, fieldChangeErrors, keepSpecsWithData, recordsWithValue } from "./changeCheck";
export { TEMPLATES } from "./templates";
export { definitionBundle } from "./bundle";
