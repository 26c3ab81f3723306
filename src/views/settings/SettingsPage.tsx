import { useTranslate } from "@refinedev/core";
import { Alert, Button, Card, Result, Segmented, Space } from "antd";
import { useState } from "react";
import { isEnum } from "../../schema/defineResource";
import { keys } from "../../schema/i18nKeys";
import { addOption } from "../../schema/settingsOps";
import { usePartyConfig } from "../context/PartyContext";
import { useAccess } from "../hooks/useAccess";
import { useResourceSettings } from "../hooks/useResourceSettings";
import { useFieldText } from "../hooks/useFieldText";
import { PageLoading } from "../PageLoading";
import { PageTitle } from "../PageTitle";
import { ScrollRegion } from "../ScrollRegion";
import { AddOptionForm } from "./AddOptionForm";
import { CustomFieldsEditor } from "./CustomFieldsEditor";
import { FieldSettingsTable } from "./FieldSettingsTable";
import { SettingsPermissions } from "./SettingsPermissions";
import { useSettingsDraft } from "./useSettingsDraft";

/** Administrators configure any resource here, without code; saved to /resource-settings. */
export default function SettingsPage() {
  const t = useTranslate();
  const { resources, dataProviderName } = usePartyConfig();
  const names = Object.keys(resources).filter((name) => !resources[name].readOnly);
  const [current, setCurrent] = useState(names[0]);
  const { isLoading } = useResourceSettings(dataProviderName);
  const allowed = useAccess("resource-settings");
  if (!allowed("edit")) return <Result status="403" title="403" subTitle={t("party.errors.forbidden")} />;
  return (
    <Space direction="vertical" style={{ width: "100%" }} size="large">
      <PageTitle>{t("party-resource-settings.titles.list")}</PageTitle>
      <ScrollRegion>
        <Segmented
          aria-label={t("party.settings.resource")}
          value={current}
          onChange={(value) => setCurrent(String(value))}
          options={names.map((name) => ({ value: name, label: t(keys.resourceLabel(name)) }))}
        />
      </ScrollRegion>
      {isLoading ? <PageLoading /> : <ResourceSettingsEditor key={current} name={current} />}
    </Space>
  );
}

function ResourceSettingsEditor({ name }: { name: string }) {
  const { draft, setDraft, preview, errors, live, targets, save, saving } = useSettingsDraft(name);
  const text = useFieldText(preview);
  const [saved, setSaved] = useState(false);
  const t = text.t;
  const enumFields = preview.order.filter((f) => isEnum(preview.fields[f])).map((f) => ({ value: f, label: text.label(f) }));
  // What the editors show under their inputs: the live checks, and what the backend said that they did not.
  const shown = [...live, ...errors.filter((e) => !live.some((l) => l.field === e.field && l.key === e.key))];
  return (
    <Space direction="vertical" style={{ width: "100%" }} size="large">
      {errors.length > 0 && (
        <Alert type="error" showIcon message={t("party.settings.invalid")} description={<ul>{errors.map((e, i) => <li key={i}>{text.error(e)}</li>)}</ul>} />
      )}
      {saved && errors.length === 0 && <Alert type="success" showIcon message={t("party.settings.saved")} />}
      <Card title={t("party.settings.fields")}>
        <FieldSettingsTable preview={preview} draft={draft} onChange={(next) => { setSaved(false); setDraft(next); }} text={text} />
      </Card>
      <CustomFieldsEditor
        draft={draft}
        onChange={(next) => { setSaved(false); setDraft(next); }}
        errors={shown}
        targets={targets}
        message={(e) => text.error(e)}
        lng={text.lng}
        t={t}
      />
      <Card title={t("party.settings.addOption")}>
        <AddOptionForm t={t} fields={enumFields} onAdd={(field, option) => { setSaved(false); setDraft(addOption(draft, field, option)); }} />
      </Card>
      <SettingsPermissions draft={draft} preview={preview} errors={shown} text={text} onChange={(permissions) => { setSaved(false); setDraft({ ...draft, permissions }); }} />
      <Button type="primary" size="large" loading={saving} onClick={async () => setSaved(await save())}>
        {t("party.settings.save")}
      </Button>
    </Space>
  );
}
