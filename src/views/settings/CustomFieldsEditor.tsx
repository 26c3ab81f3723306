import { PlusOutlined } from "@ant-design/icons";
import { Alert, Button, Card, Form, Space } from "antd";
import { withKindFlags } from "../../schema/customFields";
import { keys } from "../../schema/i18nKeys";
import { addCustomField, moveCustomField, patchCustomField, removeCustomField } from "../../schema/settingsOps";
import type { ResourceSettings } from "../../schema/settingsTypes";
import type { FieldError } from "../../schema/types";
import { useDefinitions } from "../hooks/useDefinitions";
import { blankField, errorsByPath } from "../screens/resource-designer/draftOps";
import { FieldCard } from "../screens/resource-designer/FieldCard";

interface Props {
  draft: ResourceSettings;
  onChange: (next: ResourceSettings) => void;
  /** The draft's errors as you type and the backend's last answer, by `customFields.<index>.<part>`. */
  errors: readonly FieldError[];
  /** Resources a custom relation may point at. */
  targets: readonly string[];
  message: (e: FieldError) => string;
  lng: "zh-CN" | "en-US";
  t: (key: string, params?: Record<string, unknown>) => string;
}

/** A built-in resource's custom fields, each in the designer's field editor: every kind and setting. */
export function CustomFieldsEditor({ draft, onChange, errors, targets, message, lng, t }: Props) {
  const { definitions } = useDefinitions();
  const fields = draft.customFields ?? [];
  const byPath = errorsByPath(errors);
  const options = targets.map((name) => ({ value: name, label: definitions.find((d) => d.id === name)?.label[lng] || t(keys.resourceLabel(name)) }));
  const add = () => onChange(addCustomField(draft, { ...blankField(fields.length), key: `custom${fields.length + 1}` }));
  return (
    <Card title={t("party.settings.customFields")} extra={<Button icon={<PlusOutlined />} onClick={add}>{t("party.settings.addField")}</Button>}>
      <Form layout="vertical" component="div" name="custom-fields">
        <Space direction="vertical" style={{ width: "100%" }}>
          {!fields.length && <Alert type="info" message={t("party.settings.noCustomFields")} />}
          {fields.map((field, index) => (
            <FieldCard
              key={index}
              field={withKindFlags(field)}
              index={index}
              path={`customFields.${index}`}
              idPrefix="custom"
              count={fields.length}
              targets={options}
              errors={byPath}
              message={message}
              onChange={(patch) => onChange(patchCustomField(draft, index, patch))}
              onMove={(delta) => onChange(moveCustomField(draft, index, delta))}
              onRemove={() => onChange(removeCustomField(draft, field.key))}
              t={t}
            />
          ))}
        </Space>
      </Form>
    </Card>
  );
}
