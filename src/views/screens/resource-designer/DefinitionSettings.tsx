import { Col, Input, Row, Select } from "antd";
import { namesBranch } from "../../../domain/permissions";
import { DEFINITION_ICONS, definitionPermissions, type ResourceDefinition } from "../../../schema/definitions";
import type { FieldError } from "../../../schema/types";
import { PermissionsEditor } from "../../permissions/PermissionsEditor";
import { useRoleChoices } from "../../permissions/useRoleChoices";
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

/** The resource as a whole: identifier, labels, menu group, icon, title field, sort, and who may do what. */
export function DefinitionSettings({ draft, isNew, groups, knownGroup, errors, message, fieldLabel, onChange, t }: Props) {
  const set = (patch: Partial<ResourceDefinition>) => onChange({ ...draft, ...patch });
  const permissions = definitionPermissions(draft);
  const roles = useRoleChoices();
  const fieldOptions = draft.fields.map((f) => ({ value: f.key, label: fieldLabel(f.key) }));
  const branchFields = draft.fields.filter(namesBranch).map((f) => ({ value: f.key, label: fieldLabel(f.key) }));
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
      </Row>
      <PermissionsEditor
        idPrefix="definition"
        permissions={permissions}
        onChange={(next) => set({ permissions: next })}
        roles={roles}
        branchFields={branchFields}
        scopeLabel={t("party.lowcode.scope")}
        errors={errors}
        message={message}
        t={t}
      />
    </>
  );
}
