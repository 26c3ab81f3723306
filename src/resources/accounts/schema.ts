import { BUILT_IN_ROLES } from "../../domain/access";
import { accountRules, keepsAnAdministrator, PASSWORD_MIN_LENGTH, USERNAME_PATTERN } from "../../domain/accounts";
import { defineResource } from "../../schema/defineResource";

/**
 * 账号管理: who signs in, as which role. Roles beyond the built-in three are options administrators add
 * to `role` on the settings page (extraOptions); such a role has only what resources' permissions give it.
 * The password is write-only: never answered, listed, exported or written to the audit trail.
 */
export const accounts = defineResource({
  name: "accounts",
  group: "admin",
  icon: "UserOutlined",
  titleField: "username",
  defaultSort: [{ field: "id", order: "asc" }],
  fields: {
    username: { kind: "text", required: true, unique: true, pattern: USERNAME_PATTERN, maxLength: 32, search: true, sort: true, help: true },
    name: { kind: "text", required: true, maxLength: 30, search: true, sort: true },
    role: { kind: "enum", values: BUILT_IN_ROLES, openOptions: true, required: true, filter: true, sort: true },
    branchId: { kind: "relation", target: "branches", labelField: "name", filter: true, help: true },
    memberId: { kind: "relation", target: "members", labelField: "name", views: ["create", "edit", "show", "export"] },
    password: { kind: "text", writeOnly: true, minLength: PASSWORD_MIN_LENGTH, maxLength: 64, views: ["create", "edit"], help: true },
    disabled: { kind: "boolean", default: false, filter: true, help: true },
    // Issued at sign-in, dropped when the password changes; the backend's alone.
    token: { kind: "text", readOnly: true, writeOnly: true, views: [] },
    version: { kind: "number", readOnly: true, views: [] },
  },
  rules: [...accountRules],
  dataRules: [keepsAnAdministrator],
});
