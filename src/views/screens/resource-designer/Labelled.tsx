import { Form } from "antd";
import type { ReactNode } from "react";
import type { FieldError } from "../../../schema/types";

interface Props {
  id: string;
  label: ReactNode;
  errors?: readonly FieldError[];
  message: (e: FieldError) => string;
  extra?: ReactNode;
  required?: boolean;
  children: ReactNode;
}

/** A labelled input of the designer with the live errors of its path under it (not a form field: the draft is the state). */
export function Labelled({ id, label, errors, message, extra, required, children }: Props) {
  const failed = !!errors?.length;
  return (
    <Form.Item label={label} htmlFor={id} required={required} validateStatus={failed ? "error" : undefined} help={failed ? errors!.map(message).join("；") : undefined} extra={extra}>
      {children}
    </Form.Item>
  );
}
