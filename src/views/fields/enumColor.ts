import type { FieldDef } from "../../schema/types";

// antd preset colours whose tag text passes WCAG AA on its tinted background.
const PALETTE = ["blue", "green", "purple", "orange", "cyan", "magenta", "geekblue", "volcano", "gold", "lime"];

/** A stable colour per option position, so the same value always looks the same. */
export function enumColor(field: FieldDef, value: string): string | undefined {
  const index = field.values?.indexOf(value) ?? -1;
  return index < 0 ? undefined : PALETTE[index % PALETTE.length];
}
