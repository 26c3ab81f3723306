import type { DataLookup, DataRule, FieldError, RecordRule, RuleContext } from "../domain/types";
import type { PartyUser } from "../domain/access";
import type { DomainWarning } from "../domain/warnings";

export type { DataLookup, DataRule, FieldError, RecordRule, RuleContext } from "../domain/types";

export const FIELD_KINDS = [
  "text",
  "textarea",
  "number",
  "money",
  "percent",
  "date",
  "datetime",
  "enum",
  "multi-enum",
  "boolean",
  "relation",
  "multi-relation",
  "phone",
  "id-card",
  "email",
  "rating",
  "tags",
  "roster",
  "log",
  "diff",
  "items",
] as const;
export type FieldKind = (typeof FIELD_KINDS)[number];

export const VIEWS = ["list", "create", "edit", "show", "export"] as const;
export type ViewName = (typeof VIEWS)[number];

export type Language = "zh-CN" | "en-US";
export const LANGUAGES: readonly Language[] = ["zh-CN", "en-US"];

/** Text an administrator typed, per language. Built-in fields use i18n keys instead. */
export type LocalizedText = Partial<Record<Language, string>>;

export interface FieldDef {
  kind: FieldKind;
  required?: boolean;
  default?: unknown;
  /** Length bounds for text kinds, count bounds for multi kinds. */
  minLength?: number;
  maxLength?: number;
  /** Value bounds for number kinds. */
  min?: number;
  max?: number;
  /** A regular-expression source the whole trimmed value must match. */
  pattern?: string;
  /** Enum values (wire values; labels come from i18n or `optionLabels`); for a roster, its roles. */
  values?: readonly string[];
  /**
   * Administrators are meant to add options (extraOptions) to this enum (an account's role): the
   * contract names the built-in values as the known ones, not as a closed list.
   */
  openOptions?: boolean;
  /** Relation target: a resource name of this plugin (e.g. "members"). */
  target?: string;
  /** The target's field shown as the relation's label. */
  labelField?: string;
  /** Masked in lists and exports. */
  sensitive?: boolean;
  /** No two records may hold the same value (checked by the backend). */
  unique?: boolean;
  /** Views that show the field; all when omitted. */
  views?: readonly ViewName[];
  filter?: boolean;
  sort?: boolean;
  search?: boolean;
  /** The field has help text under `<resource>.help.<field>`. */
  help?: boolean;
  /** A value derived from the rest of the record (e.g. term end = start + 3 years), offered in the form. */
  suggest?: (record: Record<string, unknown>) => unknown;
  /** Set by the server (e.g. version); never typed, never validated as input. */
  readOnly?: boolean;
  /**
   * Accepted on writes and never answered (a password): left out of lists, details, exports, the audit
   * diff and every API answer; an edit left blank keeps the stored value. With `readOnly` too, it is
   * the backend's alone, neither written by a client nor answered (a sign-in token).
   */
  writeOnly?: boolean;
  /** Administrator-given labels; win over the i18n key. */
  label?: LocalizedText;
  /** Administrator-given option labels, for options that have no i18n key. */
  optionLabels?: Record<string, LocalizedText>;
  /** Administrator-given help text (with `help`); wins over the i18n key. */
  helpText?: LocalizedText;
  /** Added by an administrator at runtime. */
  custom?: boolean;
  /** An `items` field: the sub-fields of each entry (labels under `<resource>.items.<field>.<sub>`). */
  item?: Record<string, FieldDef>;
  /** A list filled from other records in one click (e.g. attendance from the branch roster). */
  fill?: FieldFill;
  /** A live line under the input, computed from the whole form (e.g. 应到 / 实到 and the quorum). */
  summary?: (record: Record<string, unknown>) => { key: string; params?: Record<string, string | number> } | undefined;
  /** A percent shown as a progress bar (e.g. study hours against the yearly minimum). */
  display?: "progress";
  /**
   * A relation an import may fill from other columns naming the target's fields, tried in order
   * (e.g. a member by [["idNumber"], ["name", "branchId"]]); a key that is itself a relation is read by its label.
   */
  importMatch?: readonly (readonly string[])[];
}

/** Where a fill reads: one record by id or a filtered list (bounded by the backend's page size). */
export interface FillQuery {
  resource: string;
  id?: unknown;
  filters?: Record<string, string | number>;
}

export interface FieldFill {
  /** The queries the fill needs, or undefined while the form lacks what they depend on. */
  queries: (record: Record<string, unknown>) => Record<string, FillQuery> | undefined;
  /** The field's new value from the answers (one record → a one-element list). */
  build: (record: Record<string, unknown>, found: Record<string, Record<string, unknown>[]>) => unknown[];
}

/** A one-click change of a record (e.g. promote a member), judged by a pure domain function. */
export interface RecordAction {
  /** i18n: `<identifier>.actions.<name>` (button), `.<name>Confirm` (with the change's params). */
  name: string;
  run: (
    record: Record<string, unknown>,
    today: string,
    user?: PartyUser,
  ) => { ok: true; changes: Record<string, unknown>; params?: Record<string, string | number> } | { ok: false; error: FieldError };
  /** The changes make a new record of this resource instead of changing this one (a course's "I have finished this"). */
  creates?: string;
  /** Offered only when this holds for the signed-in user; without it, to those who may edit the record. */
  offered?: (record: Record<string, unknown>, user?: PartyUser) => boolean;
}

/** Records of another resource that belong to this one (shown on its detail page). */
export interface ChildList {
  resource: string;
  /** The child's field that points here. */
  foreignKey: string;
  /** A child field whose values in `doneValues` count as progress. */
  progress?: { field: string; doneValues: readonly string[] };
}

export interface ResourceDef {
  /** REST path segment and i18n root (`party-<name>`). */
  name: string;
  /** Menu group: "organization" | "coop" | … */
  group: string;
  /** antd icon name for the menu. */
  icon?: string;
  fields: Record<string, FieldDef>;
  /** Field order; fields not listed keep declaration order after these. */
  order?: readonly string[];
  /** Cross-field rules from src/domain, shared by forms and the mock API. */
  rules?: readonly RecordRule[];
  /** Rules that need other stored records (checked by the backend). */
  dataRules?: readonly DataRule[];
  /** The field that names a record (relation labels, titles). */
  titleField: string;
  /** Written only by the system (e.g. the audit trail): no create, edit or delete screens. */
  readOnly?: boolean;
  /** Non-blocking findings shown as list badges and on the detail page. */
  warnings?: (record: Record<string, unknown>, today: string) => DomainWarning[];
  /** Read-only fields the backend computes from other records (documented in the contract). */
  derive?: (records: Record<string, unknown>[], data: DataLookup, today: string) => Record<string, unknown>[];
  actions?: readonly RecordAction[];
  children?: readonly ChildList[];
  /** A report the backend computes entirely from other records (`readOnly` too): it serves reads and refuses writes. */
  compute?: (data: DataLookup, today: string) => Record<string, unknown>[];
  /** A hand-written page (src/views/screens/<screen>/) that takes the place of the generic list. */
  screen?: string;
  /** A panel shown above the generic list (`src/views/list/panels/`), e.g. the audit trail's chain check. */
  listPanel?: string;
  /** The list's initial sort (several fields allowed). */
  defaultSort?: readonly { field: string; order: "asc" | "desc" }[];
  /**
   * Fields the backend fills on a write from other records before judging it (e.g. the member
   * matched by ID number, a letter's copy of the member's particulars). Never overrides a sent value.
   */
  complete?: (record: Record<string, unknown>, data: DataLookup, ctx: RuleContext) => Record<string, unknown>;
  /** Pages of one record beyond the detail page (e.g. a letter's print view), linked from it: `<routePrefix>/<screen>/<id>`. */
  recordScreens?: readonly { name: string; screen: string }[];
}

/** A resource after built-in ← host overrides ← runtime settings. Same shape, order resolved. */
export interface EffectiveResource extends ResourceDef {
  order: readonly string[];
}
