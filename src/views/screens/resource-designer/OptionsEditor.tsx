import { MinusCircleOutlined, PlusOutlined } from "@ant-design/icons";
import { Button, Col, Input, Row, Space } from "antd";
import type { OptionSpec } from "../../../schema/settingsTypes";

interface Props {
  id: string;
  options: OptionSpec[];
  onChange: (options: OptionSpec[]) => void;
  t: (key: string, params?: Record<string, unknown>) => string;
}

/** An enum's options: a value and its label in both languages per row. */
export function OptionsEditor({ id, options, onChange, t }: Props) {
  const patch = (index: number, next: Partial<OptionSpec>) => onChange(options.map((o, i) => (i === index ? { ...o, ...next } : o)));
  return (
    <Space direction="vertical" style={{ width: "100%" }}>
      {options.map((option, index) => (
        <Row gutter={8} key={index} align="middle">
          <Col xs={24} sm={7}>
            <Input id={`${id}-${index}-value`} aria-label={t("party.settings.option.value", { n: index + 1 })} value={option.value} onChange={(e) => patch(index, { value: e.target.value })} />
          </Col>
          <Col xs={11} sm={7}>
            <Input aria-label={t("party.settings.option.zh", { n: index + 1 })} value={option.label["zh-CN"] ?? ""} onChange={(e) => patch(index, { label: { ...option.label, "zh-CN": e.target.value } })} />
          </Col>
          <Col xs={11} sm={7}>
            <Input aria-label={t("party.settings.option.en", { n: index + 1 })} value={option.label["en-US"] ?? ""} onChange={(e) => patch(index, { label: { ...option.label, "en-US": e.target.value } })} />
          </Col>
          <Col xs={2} sm={3}>
            <Button type="text" icon={<MinusCircleOutlined />} aria-label={`${t("party.settings.removeOption")} ${index + 1}`} onClick={() => onChange(options.filter((_, i) => i !== index))} />
          </Col>
        </Row>
      ))}
      <Button icon={<PlusOutlined />} onClick={() => onChange([...options, { value: "", label: {} }])}>
        {t("party.settings.addOption")}
      </Button>
    </Space>
  );
}
