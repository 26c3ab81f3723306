import type { ResourcePermissions } from "../domain/permissions";
import type { FieldDef, LocalizedText } from "./types";

/** The kinds an administrator may add without code. */
export const CUSTOM_FIELD_KINDS = ["text", "number", "date", "enum", "boolean"] as const;
export type CustomFieldKind = (typeof CUSTOM_FIELD_KINDS)[number];

export interface OptionSpec {
  value: string;
  label: LocalizedText;
}

export interface CustomFieldSpec {
  key: string;
  kind: CustomFieldKind;
  label: LocalizedText;
  required?: boolean;
  options?: OptionSpec[];
}

/** One record of `/resource-settings`; its id is the resource name. */
export interface ResourceSettings {
  id: string;
  customFields?: CustomFieldSpec[];
  hidden?: string[];
  order?: string[];
  required?: string[];
  labels?: Record<string, LocalizedText>;
  /** Options added to built-in enum fields. */
  extraOptions?: Record<string, OptionSpec[]>;
  /**
   * Who may do what (a built-in resource's narrow its rules; see `overRules`); today's rules when
   * absent or null (null, not absent, so that a partial update can take them back).
   */
  permissions?: ResourcePermissions | null;
  version?: number;
}

/** What hospital IT passes in code, per resource. */
export interface ResourceOverride {
  fields?: Record<string, Partial<FieldDef>>;
  hide?: string[];
  order?: string[];
}
