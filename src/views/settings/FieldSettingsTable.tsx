import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined } from "@ant-design/icons";
import { Button, Input, Space, Switch, Table, Tag } from "antd";
import { moveField, relabel, removeCustomField, setHidden, setRequired } from "../../schema/settingsOps";
import type { ResourceSettings } from "../../schema/settingsTypes";
import type { EffectiveResource } from "../../schema/types";
import type { useFieldText } from "../hooks/useFieldText";

interface Props {
  preview: EffectiveResource;
  draft: ResourceSettings;
  onChange: (next: ResourceSettings) => void;
  text: ReturnType<typeof useFieldText>;
}

/** One row per field: visibility, required, labels in both languages, position. */
export function FieldSettingsTable({ preview, draft, onChange, text }: Props) {
  const names = preview.order.filter((name) => !preview.fields[name].readOnly);
  const t = text.t;
  return (
    <Table
      rowKey="name"
      size="small"
      pagination={false}
      scroll={{ x: "max-content" }}
      dataSource={names.map((name) => ({ name }))}
      columns={[
        {
          key: "field",
          title: t("party.settings.field"),
          render: (_, { name }) => (
            <Space direction="vertical" size={0}>
              <strong>{text.label(name)}</strong>
              <span>
                <code>{name}</code> <Tag>{t(`party.kinds.${preview.fields[name].kind}`)}</Tag>
                {preview.fields[name].custom && <Tag color="blue">{t("party.settings.custom")}</Tag>}
              </span>
            </Space>
          ),
        },
        {
          key: "visible",
          title: t("party.settings.visible"),
          render: (_, { name }) => (
            <Switch
              aria-label={`${t("party.settings.visible")} ${text.label(name)}`}
              checked={!draft.hidden?.includes(name)}
              onChange={(on) => onChange(setHidden(draft, name, !on))}
            />
          ),
        },
        {
          key: "required",
          title: t("party.settings.required"),
          render: (_, { name }) => (
            <Switch
              aria-label={`${t("party.settings.required")} ${text.label(name)}`}
              checked={!!preview.fields[name].required}
              disabled={!!preview.fields[name].required && !draft.required?.includes(name)}
              onChange={(on) => onChange(setRequired(draft, name, on))}
            />
          ),
        },
        ...(["zh-CN", "en-US"] as const).map((lng) => ({
          key: lng,
          title: t(`party.settings.label.${lng}`),
          render: (_: unknown, { name }: { name: string }) => (
            <Input
              aria-label={`${t(`party.settings.label.${lng}`)} ${name}`}
              value={draft.labels?.[name]?.[lng] ?? ""}
              placeholder={preview.fields[name].custom ? preview.fields[name].label?.[lng] : undefined}
              onChange={(e) => onChange(relabel(draft, name, { [lng]: e.target.value }))}
              style={{ width: 140 }}
            />
          ),
        })),
        {
          key: "order",
          title: t("party.settings.order"),
          render: (_, { name }) => (
            <Space size={0}>
              <Button size="small" type="text" icon={<ArrowUpOutlined />} aria-label={t("party.settings.moveUp")} onClick={() => onChange(moveField(draft, preview.order, name, -1))} />
              <Button size="small" type="text" icon={<ArrowDownOutlined />} aria-label={t("party.settings.moveDown")} onClick={() => onChange(moveField(draft, preview.order, name, 1))} />
              {preview.fields[name].custom && (
                <Button size="small" type="text" danger icon={<DeleteOutlined />} aria-label={t("party.settings.remove")} onClick={() => onChange(removeCustomField(draft, name))} />
              )}
            </Space>
          ),
        },
      ]}
    />
  );
}
