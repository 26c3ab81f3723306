import type { ResourcePermissions } from "../domain/permissions";
import type { FieldSpecDef, OptionSpec } from "./definitions/types";
import type { FieldDef, LocalizedText } from "./types";

export type { OptionSpec };

/**
 * A field an administrator adds to a built-in resource: the same declaration as a defined
 * resource's field, with every kind and setting (stored ones of five kinds are such specs too).
 */
export type CustomFieldSpec = FieldSpecDef;

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
