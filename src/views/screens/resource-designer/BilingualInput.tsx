import { Col, Input, Row } from "antd";
import type { FieldError, LocalizedText } from "../../../schema/types";
import { Labelled } from "./Labelled";

interface Props {
  id: string;
  label: (lng: "zh-CN" | "en-US") => string;
  value: LocalizedText | undefined;
  onChange: (value: LocalizedText) => void;
  errors?: readonly FieldError[];
  message: (e: FieldError) => string;
  required?: boolean;
}

/** A text in both languages, side by side (stacked on a phone). */
export function BilingualInput({ id, label, value, onChange, errors, message, required }: Props) {
  return (
    <Row gutter={12}>
      {(["zh-CN", "en-US"] as const).map((lng) => (
        <Col xs={24} sm={12} key={lng}>
          <Labelled id={`${id}-${lng}`} label={label(lng)} errors={lng === "zh-CN" ? errors : undefined} message={message} required={required}>
            <Input id={`${id}-${lng}`} value={value?.[lng] ?? ""} onChange={(e) => onChange({ ...value, [lng]: e.target.value })} />
          </Labelled>
        </Col>
      ))}
    </Row>
  );
}
