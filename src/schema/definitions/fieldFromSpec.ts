import type { FieldDef } from "../types";
import type { FieldSpecDef } from "./types";

const HIDDEN: FieldDef["views"] = [];

/** The field that names a record of a relation's target (its schema's or definition's title field). */
export type TitleOf = (target: string) => string | undefined;

/**
 * A field an administrator declared as an engine field: the same declaration the built-in
 * resources use. Serves a defined resource's fields and the custom fields of a built-in alike.
 */
export function fieldFromSpec(spec: FieldSpecDef, titleOf: TitleOf = () => undefined): FieldDef {
  const enumKind = spec.kind === "enum" || spec.kind === "multi-enum";
  const relation = spec.kind === "relation" || spec.kind === "multi-relation";
  return {
    kind: spec.kind,
    required: spec.hidden ? false : spec.required,
    default: spec.default === "" ? undefined : spec.default,
    minLength: spec.minLength,
    maxLength: spec.maxLength ?? (spec.kind === "text" ? 200 : spec.kind === "textarea" ? 2000 : undefined),
    min: spec.min,
    max: spec.max,
    pattern: spec.pattern || undefined,
    values: enumKind ? (spec.options ?? []).map((o) => o.value) : undefined,
    optionLabels: enumKind ? Object.fromEntries((spec.options ?? []).map((o) => [o.value, o.label])) : undefined,
    target: relation ? spec.target : undefined,
    labelField: relation && spec.target ? titleOf(spec.target) : undefined,
    sensitive: spec.sensitive,
    views: spec.hidden ? HIDDEN : spec.views,
    filter: spec.filter,
    sort: spec.sort,
    search: spec.search,
    label: spec.label,
    help: !!spec.help && Object.values(spec.help).some((text) => !!text?.trim()),
    helpText: spec.help,
    custom: true,
  };
}
