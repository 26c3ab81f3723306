import { MinusCircleOutlined, PlusOutlined } from "@ant-design/icons";
import { Button, Checkbox, Col, Form, Input, Row } from "antd";
import { FormSelect } from "../fields/FormSelect";
import { CUSTOM_FIELD_KINDS, type CustomFieldSpec } from "../../schema/settingsTypes";

interface Props {
  t: (key: string, params?: Record<string, unknown>) => string;
  onAdd: (spec: CustomFieldSpec) => void;
}

interface Values {
  key: string;
  kind: CustomFieldSpec["kind"];
  zh: string;
  en: string;
  required?: boolean;
  options?: { value: string; zh: string; en: string }[];
}

/** Declares a custom field: key, kind, bilingual label and, for an enum, its options. */
export function AddFieldForm({ t, onAdd }: Props) {
  const [form] = Form.useForm<Values>();
  const kind = Form.useWatch("kind", form);
  const submit = (v: Values) => {
    onAdd({
      key: v.key.trim(),
      kind: v.kind,
      label: { "zh-CN": v.zh.trim(), "en-US": v.en.trim() },
      required: !!v.required,
      options: v.kind === "enum" ? (v.options ?? []).map((o) => ({ value: o.value.trim(), label: { "zh-CN": o.zh.trim(), "en-US": o.en.trim() } })) : undefined,
    });
    form.resetFields();
  };
  const need = [{ required: true, whitespace: true, message: t("party.validation.required") }];
  return (
    <Form form={form} layout="vertical" onFinish={submit} initialValues={{ kind: "text" }} name="add-field">
      <Row gutter={12}>
        <Col xs={24} md={6}>
          <Form.Item name="key" label={t("party.settings.key")} rules={need} extra={t("party.settings.keyHelp")}>
            <Input />
          </Form.Item>
        </Col>
        <Col xs={24} md={6}>
          <Form.Item name="kind" label={t("party.settings.kind")} rules={need}>
            <FormSelect options={CUSTOM_FIELD_KINDS.map((k) => ({ value: k, label: t(`party.kinds.${k}`) }))} />
          </Form.Item>
        </Col>
        <Col xs={24} md={5}>
          <Form.Item name="zh" label={t("party.settings.label.zh-CN")} rules={need}>
            <Input />
          </Form.Item>
        </Col>
        <Col xs={24} md={5}>
          <Form.Item name="en" label={t("party.settings.label.en-US")} rules={need}>
            <Input />
          </Form.Item>
        </Col>
        <Col xs={24} md={2}>
          <Form.Item name="required" valuePropName="checked" label={t("party.settings.required")}>
            <Checkbox />
          </Form.Item>
        </Col>
      </Row>
      {kind === "enum" && (
        <Form.List name="options">
          {(items, { add, remove }) => (
            <>
              {items.map((item, index) => (
                <Row gutter={12} key={item.key} align="middle">
                  {(["value", "zh", "en"] as const).map((part) => (
                    <Col xs={24} md={7} key={part}>
                      <Form.Item name={[item.name, part]} label={t(`party.settings.option.${part}`, { n: index + 1 })} rules={need}>
                        <Input />
                      </Form.Item>
                    </Col>
                  ))}
                  <Col xs={24} md={3}>
                    <Button type="text" icon={<MinusCircleOutlined />} aria-label={t("party.settings.removeOption")} onClick={() => remove(item.name)} />
                  </Col>
                </Row>
              ))}
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add()} style={{ marginBottom: 16 }}>
                {t("party.settings.addOption")}
              </Button>
            </>
          )}
        </Form.List>
      )}
      <Button htmlType="submit" icon={<PlusOutlined />}>
        {t("party.settings.addField")}
      </Button>
    </Form>
  );
}
