import { Col, Row, Select } from "antd";
import { PERMISSION_ACTIONS, type PermissionAction, type ResourcePermissions, type RowScope } from "../../domain/permissions";
import type { FieldError } from "../../schema/types";
import { Labelled } from "../screens/resource-designer/Labelled";

type T = (key: string, params?: Record<string, unknown>) => string;
interface Choice {
  value: string;
  label: string;
}

interface Props {
  /** Prefix of the inputs' ids (one editor per page). */
  idPrefix: string;
  permissions: ResourcePermissions;
  onChange: (next: ResourcePermissions) => void;
  /** The roles whose actions are chosen here (administrators may always do everything). */
  roles: readonly Choice[];
  /** The fields naming a record's branch, for scope "branch". */
  branchFields: readonly Choice[];
  scopeLabel: string;
  /** Whether the rows are chosen here (on a built-in resource they are only added roles', so not without one). */
  withScope?: boolean;
  errors: Map<string, FieldError[]>;
  message: (e: FieldError) => string;
  t: T;
}

/** With the role's actions set to `actions`, every other role's kept. */
function withActions(p: ResourcePermissions, role: string, actions: readonly string[]): ResourcePermissions {
  const roles = Object.fromEntries(
    PERMISSION_ACTIONS.map((action) => {
      const others = (p.roles[action] ?? []).filter((r) => r !== role);
      return [action, actions.includes(action) ? [...others, role] : others];
    }),
  ) as Record<PermissionAction, string[]>;
  return { ...p, roles };
}

/** Who may do what and on which rows: a defined resource's permissions and a built-in one's alike. */
export function PermissionsEditor({ idPrefix, permissions, onChange, roles, branchFields, scopeLabel, withScope = true, errors, message, t }: Props) {
  const scopeId = `${idPrefix}-scope`;
  return (
    <Row gutter={12}>
      {withScope && (
        <Col xs={24} sm={12}>
          <Labelled id={scopeId} label={scopeLabel} errors={errors.get("permissions.branchField") ?? errors.get("permissions.scope")} message={message}>
            <Select
              id={scopeId}
              value={permissions.scope === "branch" ? `branch:${permissions.branchField ?? ""}` : permissions.scope}
              onChange={(value: string) => {
                const [scope, branchField] = value.split(":");
                onChange({ ...permissions, scope: scope as RowScope, branchField: branchField || undefined });
              }}
              options={[
                { value: "all", label: t("party.lowcode.scopes.all") },
                ...branchFields.map((f) => ({ value: `branch:${f.value}`, label: t("party.lowcode.scopes.branch", { field: f.label }) })),
                { value: "own", label: t("party.lowcode.scopes.own") },
              ]}
            />
          </Labelled>
        </Col>
      )}
      {roles.map((role) => (
        <Col xs={24} sm={12} key={role.value}>
          <Labelled id={`${idPrefix}-roles-${role.value}`} label={t("party.lowcode.rolesMay", { role: role.label })} errors={errors.get(`permissions.roles`)} message={message}>
            <Select
              id={`${idPrefix}-roles-${role.value}`}
              mode="multiple"
              value={PERMISSION_ACTIONS.filter((action) => permissions.roles[action]?.includes(role.value))}
              onChange={(actions: string[]) => onChange(withActions(permissions, role.value, actions))}
              options={PERMISSION_ACTIONS.map((action) => ({ value: action, label: t(`party.lowcode.actions.${action}`) }))}
            />
          </Labelled>
        </Col>
      ))}
    </Row>
  );
}
