import { PlusOutlined } from "@ant-design/icons";
import { useGetLocale, useTranslate } from "@refinedev/core";
import { Button, Card, List, Result, Space, Typography } from "antd";
import { useState } from "react";
import { TEMPLATES, type ResourceDefinition } from "../../../schema/definitions";
import { toLanguage } from "../../../i18n/uiLocales";
import { useAccess } from "../../hooks/useAccess";
import { useDefinitions } from "../../hooks/useDefinitions";
import { PageLoading } from "../../PageLoading";
import { PageTitle } from "../../PageTitle";
import { DefinitionEditor } from "./DefinitionEditor";
import { blankDefinition } from "./draftOps";

type Editing = { definition: ResourceDefinition; isNew: boolean; key: number };

/** Administrators define whole resources here: from a template or blank, then fields, preview, save. */
export default function ResourceDesignerPage() {
  const t = useTranslate();
  const lng = toLanguage(useGetLocale()());
  const allowed = useAccess("resource-definitions");
  const { definitions, loaded } = useDefinitions();
  const [editing, setEditing] = useState<Editing>();
  // Each opening is a fresh editor (its own draft), even of the same template twice.
  const open = (definition: ResourceDefinition, isNew: boolean) => setEditing((current) => ({ definition: structuredClone(definition), isNew, key: (current?.key ?? 0) + 1 }));
  if (!allowed("edit")) return <Result status="403" title="403" subTitle={t("party.errors.forbidden")} />;
  if (!loaded) return <PageLoading />;
  return (
    <Space direction="vertical" style={{ width: "100%" }} size="large">
      <PageTitle>{t("party-resource-designer.titles.list")}</PageTitle>
      <Card title={t("party.lowcode.templates")}>
        <Typography.Paragraph type="secondary">{t("party.lowcode.templatesHelp")}</Typography.Paragraph>
        <Space wrap>
          {TEMPLATES.map((template) => (
            <Button key={template.id} onClick={() => open(template, true)}>
              {template.label[lng]}
            </Button>
          ))}
          <Button icon={<PlusOutlined />} onClick={() => open(blankDefinition(), true)}>
            {t("party.lowcode.blank")}
          </Button>
        </Space>
      </Card>
      <Card title={t("party.lowcode.defined")}>
        {definitions.length === 0 ? (
          <Typography.Paragraph>{t("party.lowcode.none")}</Typography.Paragraph>
        ) : (
          <List
            dataSource={[...definitions]}
            renderItem={(def) => (
              <List.Item
                actions={[
                  <Button key="edit" onClick={() => open(def, false)} aria-label={`${t("party.lowcode.edit")} ${def.label[lng] ?? def.id}`}>
                    {t("party.lowcode.edit")}
                  </Button>,
                ]}
              >
                {/* Plain text, not List.Item.Meta: its title is an h4 under the page's h1 (heading order). */}
                <Space direction="vertical" size={0}>
                  <Typography.Text strong>{def.label[lng] ?? def.id}</Typography.Text>
                  <Typography.Text type="secondary">{`${def.id} · ${t("party.lowcode.fieldCount", { count: def.fields.length })}`}</Typography.Text>
                </Space>
              </List.Item>
            )}
          />
        )}
      </Card>
      {editing && (
        <DefinitionEditor
          key={editing.key}
          initial={editing.definition}
          isNew={editing.isNew}
          onSaved={(saved) => setEditing((current) => current && { ...current, definition: saved, isNew: false })}
          onDeleted={() => setEditing(undefined)}
        />
      )}
    </Space>
  );
}
