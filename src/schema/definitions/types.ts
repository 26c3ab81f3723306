import type { ResourcePermissions } from "../../domain/permissions";
import { FIELD_KINDS, type FieldKind, type LocalizedText, type ViewName } from "../types";

/** The collection administrators' resource definitions are stored in (one record per resource). */
export const DEFINITIONS_RESOURCE = "resource-definitions";

/** The built-in structures a defined field may not take (rosters, logs, diffs and item tables). */
const STRUCTURE_KINDS = ["roster", "log", "diff", "items"] as const satisfies readonly FieldKind[];
export type DefinableKind = Exclude<FieldKind, (typeof STRUCTURE_KINDS)[number]>;
/** The kinds a defined field may take: every engine kind but the built-in structures. */
export const DEFINABLE_KINDS: readonly DefinableKind[] = FIELD_KINDS.filter((kind): kind is DefinableKind => !(STRUCTURE_KINDS as readonly string[]).includes(kind));

/** One option of an enum field: its stored value and its label in each language. */
export interface OptionSpec {
  value: string;
  label: LocalizedText;
}

/**
 * One field an administrator declares, as the field editor edits it and the backend stores it:
 * a field of a defined resource, or a custom field added to a built-in one (the same shape).
 */
export interface FieldSpecDef {
  key: string;
  kind: DefinableKind;
  label: LocalizedText;
  required?: boolean;
  minLength?: number;
  maxLength?: number;
  min?: number;
  max?: number;
  pattern?: string;
  options?: OptionSpec[];
  /** A relation's target: a built-in resource or another definition's identifier. */
  target?: string;
  default?: unknown;
  help?: LocalizedText;
  views?: ViewName[];
  filter?: boolean;
  sort?: boolean;
  search?: boolean;
  sensitive?: boolean;
  /** Kept because records hold values, but no longer shown or asked for. */
  hidden?: boolean;
}

/** A whole resource an administrator defines at runtime; its id is its identifier. */
export interface ResourceDefinition {
  id: string;
  label: LocalizedText;
  /** An existing menu group, or a new one named by `groupLabel`. */
  group: string;
  groupLabel?: LocalizedText;
  icon: string;
  titleField: string;
  defaultSort?: { field: string; order: "asc" | "desc" };
  fields: FieldSpecDef[];
  permissions?: ResourcePermissions;
  version?: number;
}

/** The icons a definition may take for its menu entry (all in @ant-design/icons). */
export const DEFINITION_ICONS = [
  "HeartOutlined",
  "FlagOutlined",
  "CommentOutlined",
  "GiftOutlined",
  "StarOutlined",
  "TeamOutlined",
  "FileTextOutlined",
  "CalendarOutlined",
  "TrophyOutlined",
  "SolutionOutlined",
] as const;
