import { PlusOutlined } from "@ant-design/icons";
import { Alert, Button, Card, Form, Input, Modal, Space } from "antd";
import { useState } from "react";
import { MENU_GROUPS } from "../../../resources/manifest";
import { keys } from "../../../schema/i18nKeys";
import type { ResourceDefinition } from "../../../schema/definitions";
import type { FieldError } from "../../../schema/types";
import { usePartyConfig } from "../../context/PartyContext";
import { LinkButton } from "../../LinkButton";
import { useDefinitions } from "../../hooks/useDefinitions";
import { useFieldText } from "../../hooks/useFieldText";
import { DefinitionPreview } from "./DefinitionPreview";
import { DefinitionSettings } from "./DefinitionSettings";
import { blankField, errorsByPath, moveField, patchField, removeField } from "./draftOps";
import { FieldCard } from "./FieldCard";
import { useDefinitionDraft } from "./useDefinitionDraft";

interface Props {
  initial: ResourceDefinition;
  isNew: boolean;
  onSaved: (saved: ResourceDefinition) => void;
  onDeleted: () => void;
}

/** One definition in the designer: its settings, its fields in order, a live preview, save and delete. */
export function DefinitionEditor({ initial, isNew, onSaved, onDeleted }: Props) {
  const { resources, routePrefix } = usePartyConfig();
  const { definitions } = useDefinitions();
  const { draft, edit, errors, preview, save, saving, conflict, takeTheirs, keepMine, remove } = useDefinitionDraft(initial, isNew, onSaved);
  const text = useFieldText(preview);
  const t = text.t;
  const [saved, setSaved] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const [typed, setTyped] = useState("");
  const byPath = errorsByPath(errors);
  const message = (e: FieldError) => text.error(e);
  const builtInGroups = MENU_GROUPS.map((g) => g.name) as string[];
  const definedGroups = definitions.filter((d) => d.id !== draft.id && !builtInGroups.includes(d.group));
  const groups = [
    ...builtInGroups.map((g) => ({ value: g, label: t(keys.group(g)) })),
    ...[...new Set(definedGroups.map((d) => d.group))].map((g) => ({ value: g, label: t(keys.group(g)) })),
    ...(builtInGroups.includes(draft.group) || definedGroups.some((d) => d.group === draft.group) ? [] : [{ value: draft.group, label: draft.groupLabel?.[text.lng] || draft.group }]),
  ];
  const knownGroup = builtInGroups.includes(draft.group) || definedGroups.some((d) => d.group === draft.group);
  const targets = [
    ...Object.keys(resources).map((name) => ({ value: name, label: t(keys.resourceLabel(name)) })),
    ...definitions.filter((d) => d.id !== draft.id).map((d) => ({ value: d.id, label: d.label[text.lng] ?? d.id })),
    ...(draft.id ? [{ value: draft.id, label: draft.label[text.lng] || draft.id }] : []),
  ];
  const change = (next: ResourceDefinition) => {
    setSaved(false);
    edit(next);
  };

  return (
    <Form layout="vertical" component="div" name="definition-designer">
      <Space direction="vertical" size="large" style={{ width: "100%" }}>
        {conflict && (
          <Alert
            type="warning"
            showIcon
            message={t("party.lowcode.conflict")}
            description={t("party.lowcode.conflictParts", { parts: conflict.parts.map((p) => t(`party.lowcode.parts.${p}`)).join("、") })}
            action={
              <Space direction="vertical">
                <Button onClick={takeTheirs}>{t("party.lowcode.takeTheirs")}</Button>
                <Button onClick={keepMine}>{t("party.lowcode.keepMine")}</Button>
              </Space>
            }
          />
        )}
        {saved && !errors.length && (
          <Alert
            type="success"
            showIcon
            message={t("party.lowcode.saved")}
            action={<LinkButton to={`${routePrefix}/${draft.id}`}>{t("party.lowcode.openList")}</LinkButton>}
          />
        )}
        <Card title={t("party.lowcode.resource")}>
          <DefinitionSettings draft={draft} isNew={isNew} groups={groups} knownGroup={knownGroup} errors={byPath} message={message} fieldLabel={text.label} onChange={change} t={t} />
        </Card>
        <Card title={t("party.settings.fields")} extra={<Button icon={<PlusOutlined />} onClick={() => change({ ...draft, fields: [...draft.fields, blankField(draft.fields.length)] })}>{t("party.settings.addField")}</Button>}>
          <Space direction="vertical" style={{ width: "100%" }}>
            {byPath.get("fields") && <Alert type="error" showIcon message={byPath.get("fields")!.map(message).join("；")} />}
            {draft.fields.map((field, index) => (
              <FieldCard
                key={index}
                field={field}
                index={index}
                count={draft.fields.length}
                targets={targets}
                errors={byPath}
                message={message}
                onChange={(patch) => change(patchField(draft, index, patch))}
                onMove={(delta) => change(moveField(draft, index, delta))}
                onRemove={() => change(removeField(draft, index))}
                t={t}
              />
            ))}
          </Space>
        </Card>
        <Card title={t("party.lowcode.preview")}>
          <DefinitionPreview resource={preview} />
        </Card>
        {errors.length > 0 && (
          <Alert type="error" showIcon role="alert" message={t("party.lowcode.invalid", { count: errors.length })} description={<ul>{errors.map((e, i) => <li key={i}>{message(e)}</li>)}</ul>} />
        )}
        <Space wrap>
          <Button type="primary" size="large" loading={saving} disabled={errors.length > 0} onClick={async () => setSaved(await save())}>
            {t("party.lowcode.save")}
          </Button>
          {!isNew && (
            <Button danger size="large" onClick={() => setDeleting(true)}>
              {t("party.lowcode.delete")}
            </Button>
          )}
        </Space>
      </Space>
      <Modal
        open={deleting}
        title={t("party.lowcode.deleteTitle", { label: draft.label[text.lng] ?? draft.id })}
        okText={t("party.lowcode.delete")}
        cancelText={t("party.lowcode.cancel")}
        okButtonProps={{ danger: true, disabled: typed !== draft.id }}
        onCancel={() => setDeleting(false)}
        onOk={async () => {
          if (await remove(typed)) {
            setDeleting(false);
            onDeleted();
          }
        }}
      >
        <p>{t("party.lowcode.deleteExplain", { id: draft.id })}</p>
        <Form.Item label={t("party.lowcode.typeIdentifier")} htmlFor="definition-confirm" validateStatus={byPath.get("confirm") ? "error" : undefined} help={byPath.get("confirm")?.map(message).join("；")}>
          <Input id="definition-confirm" value={typed} onChange={(e) => setTyped(e.target.value)} autoComplete="off" />
        </Form.Item>
      </Modal>
    </Form>
  );
}
