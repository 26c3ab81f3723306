import { PlusOutlined } from "@ant-design/icons";
import { Button, Col, Form, Input, Row } from "antd";
import { FormSelect } from "../fields/FormSelect";
import type { OptionSpec } from "../../schema/settingsTypes";

interface Props {
  t: (key: string, params?: Record<string, unknown>) => string;
  fields: { value: string; label: string }[];
  onAdd: (field: string, option: OptionSpec) => void;
}

/** Adds an option to an existing enum field. */
export function AddOptionForm({ t, fields, onAdd }: Props) {
  const [form] = Form.useForm<{ field: string; value: string; zh: string; en: string }>();
  const need = [{ required: true, whitespace: true, message: t("party.validation.required") }];
  return (
    <Form
      form={form}
      layout="vertical"
      name="add-option"
      onFinish={(v) => {
        onAdd(v.field, { value: v.value.trim(), label: { "zh-CN": v.zh.trim(), "en-US": v.en.trim() } });
        form.resetFields();
      }}
    >
      <Row gutter={12}>
        <Col xs={24} md={6}>
          <Form.Item name="field" label={t("party.settings.enumField")} rules={need}>
            <FormSelect options={fields} />
          </Form.Item>
        </Col>
        <Col xs={24} md={6}>
          <Form.Item name="value" label={t("party.settings.option.value", { n: "" })} rules={need}>
            <Input />
          </Form.Item>
        </Col>
        <Col xs={24} md={6}>
          <Form.Item name="zh" label={t("party.settings.label.zh-CN")} rules={need}>
            <Input />
          </Form.Item>
        </Col>
        <Col xs={24} md={6}>
          <Form.Item name="en" label={t("party.settings.label.en-US")} rules={need}>
            <Input />
          </Form.Item>
        </Col>
      </Row>
      <Button htmlType="submit" icon={<PlusOutlined />}>
        {t("party.settings.addOption")}
      </Button>
    </Form>
  );
}
