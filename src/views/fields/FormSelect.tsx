import { Select, type RefSelectProps, type SelectProps } from "antd";
import { useLayoutEffect, useRef } from "react";

type Props = SelectProps & { "aria-required"?: boolean | "true" | "false" };

/**
 * antd's Select for a Form.Item: the item's `aria-required` goes on the combobox input only.
 * rc-select copies every aria-* prop onto its root <div> as well as the input, and a <div>
 * without a role may not carry aria-required (axe: aria-allowed-attr). The prop is kept from
 * rc-select and set on the input here; React does not own that attribute, so it stays.
 */
export function FormSelect({ "aria-required": required, ...props }: Props) {
  const ref = useRef<RefSelectProps>(null);
  const isRequired = required === true || required === "true";
  useLayoutEffect(() => {
    const input = ref.current?.nativeElement?.querySelector("input");
    if (!input) return;
    if (isRequired) input.setAttribute("aria-required", "true");
    else input.removeAttribute("aria-required");
  });
  return <Select ref={ref} {...props} />;
}
