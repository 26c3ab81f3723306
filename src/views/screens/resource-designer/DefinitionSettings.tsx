import { Col, Input, Row, Select } from "antd";
import { PERMISSION_ACTIONS, ROW_SCOPES } from "../../../domain/permissions";
import { DEFINITION_ICONS, definitionPermissions, type ResourceDefinition } from "../../../schema/definitions";
import type { FieldError } from "../../../schema/types";
import { BilingualInput } from "./BilingualInput";
import { Labelled } from "./Labelled";

type T = (key: string, params?: Record<string, unknown>) => string;

interface Props {
  draft: ResourceDefinition;
  isNew: boolean;
  groups: { value: string; label: string }[];
  knownGroup: boolean;
  errors: Map<string, FieldError[]>;
  message: (e: FieldError) => string;
  fieldLabel: (key: string) => string;
  onChange: (next: ResourceDefinition) => void;
  t: T;
}

const ROLES = ["secretary", "member"];

/** The resource as a whole: identifier, labels, menu group, icon, title field, sort, and who may do what. */
export function DefinitionSettings({ draft, isNew, groups, knownGroup, errors, message, fieldLabel, onChange, t }: Props) {
  const set = (patch: Partial<ResourceDefinition>) => onChange({ ...draft, ...patch });
  const permissions = definitionPermissions(draft);
  const fieldOptions = draft.fields.map((f) => ({ value: f.key, label: fieldLabel(f.key) }));
  const branchFields = draft.fields.filter((f) => f.kind === "relation" && f.target === "branches").map((f) => ({ value: f.key, label: fieldLabel(f.key) }));
  return (
    <>
      <Row gutter={12}>
        <Col xs={24} sm={12}>
          <Labelled id="definition-id" label={t("party.lowcode.identifier")} errors={errors.get("id")} message={message} extra={t("party.lowcode.identifierHelp")} required>
            <Input id="definition-id" value={draft.id} disabled={!isNew} onChange={(e) => set({ id: e.target.value.trim() })} />
          </Labelled>
        </Col>
        <Col xs={24} sm={12}>
          <Labelled id="definition-icon" label={t("party.lowcode.icon")} errors={errors.get("icon")} message={message}>
            <Select id="definition-icon" value={draft.icon} onChange={(icon) => set({ icon })} options={DEFINITION_ICONS.map((icon) => ({ value: icon, label: t(`party.lowcode.icons.${icon}`) }))} />
          </Labelled>
        </Col>
      </Row>
      <BilingualInput id="definition-label" label={(lng) => t(`party.lowcode.label.${lng}`)} value={draft.label} onChange={(label) => set({ label })} errors={errors.get("label")} message={message} required />
      <Row gutter={12}>
        <Col xs={24} sm={12}>
          <Labelled id="definition-group" label={t("party.lowcode.group")} errors={errors.get("group")} message={message} extra={t("party.lowcode.groupHelp")}>
            <Select
              id="definition-group"
              value={draft.group}
              onChange={(group) => set({ group })}
              options={groups}
              showSearch
              optionFilterProp="label"
            />
          </Labelled>
        </Col>
        <Col xs={24} sm={12}>
          <Labelled id="definition-title" label={t("party.lowcode.titleField")} errors={errors.get("titleField")} message={message} required>
            <Select id="definition-title" value={draft.titleField} onChange={(titleField) => set({ titleField })} options={fieldOptions} />
          </Labelled>
        </Col>
      </Row>
      {!knownGroup && <BilingualInput id="definition-group-label" label={(lng) => t(`party.lowcode.groupLabel.${lng}`)} value={draft.groupLabel} onChange={(groupLabel) => set({ groupLabel })} errors={errors.get("groupLabel")} message={message} required />}
      <Row gutter={12}>
        <Col xs={24} sm={12}>
          <Labelled id="definition-sort" label={t("party.lowcode.defaultSort")} errors={errors.get("defaultSort")} message={message}>
            <Select
              id="definition-sort"
              allowClear
              value={draft.defaultSort ? `${draft.defaultSort.field}:${draft.defaultSort.order}` : undefined}
              onChange={(value?: string) => {
                const [field, order] = (value ?? "").split(":");
                set({ defaultSort: value ? { field, order: order as "asc" | "desc" } : undefined });
              }}
              options={draft.fields.flatMap((f) => (["asc", "desc"] as const).map((order) => ({ value: `${f.key}:${order}`, label: `${fieldLabel(f.key)} · ${t(`party.lowcode.order.${order}`)}` })))}
            />
          </Labelled>
        </Col>
        <Col xs={24} sm={12}>
          <Labelled id="definition-scope" label={t("party.lowcode.scope")} errors={errors.get("permissions.branchField") ?? errors.get("permissions.scope")} message={message}>
            <Select
              id="definition-scope"
              value={permissions.scope === "branch" ? `branch:${permissions.branchField ?? ""}` : permissions.scope}
              onChange={(value: string) => {
                const [scope, branchField] = value.split(":");
                set({ permissions: { ...permissions, scope: scope as (typeof ROW_SCOPES)[number], branchField: branchField || undefined } });
              }}
              options={[
                { value: "all", label: t("party.lowcode.scopes.all") },
                ...branchFields.map((f) => ({ value: `branch:${f.value}`, label: t("party.lowcode.scopes.branch", { field: f.label }) })),
                { value: "own", label: t("party.lowcode.scopes.own") },
              ]}
            />
          </Labelled>
        </Col>
      </Row>
      <Row gutter={12}>
        {ROLES.map((role) => (
          <Col xs={24} sm={12} key={role}>
            <Labelled id={`definition-roles-${role}`} label={t("party.lowcode.rolesMay", { role: t(`party.lowcode.roles.${role}`) })} message={message}>
              <Select
                id={`definition-roles-${role}`}
                mode="multiple"
                value={PERMISSION_ACTIONS.filter((action) => permissions.roles[action]?.includes(role))}
                onChange={(actions: string[]) =>
                  set({
                    permissions: {
                      ...permissions,
                      roles: Object.fromEntries(
                        PERMISSION_ACTIONS.map((action) => {
                          const others = (permissions.roles[action] ?? []).filter((r) => r !== role);
                          return [action, actions.includes(action) ? [...others, role] : others];
                        }),
                      ),
                    },
                  })
                }
                options={PERMISSION_ACTIONS.map((action) => ({ value: action, label: t(`party.lowcode.actions.${action}`) }))}
              />
            </Labelled>
          </Col>
        ))}
      </Row>
    </>
  );
}
