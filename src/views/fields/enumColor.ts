import type { CSSProperties } from "react";
import type { FieldDef } from "../../schema/types";

// antd's preset tag colours put a -7 shade on a -1 tint, which is under 4.5:1 for green, orange, gold,
// cyan and lime. These pairs use the -8/-9 shades instead, so every tag passes WCAG AA.
export const TAG_PALETTE = [
  { color: "#003eb3", background: "#e6f4ff", borderColor: "#91caff" },
  { color: "#135200", background: "#f6ffed", borderColor: "#b7eb8f" },
  { color: "#391085", background: "#f9f0ff", borderColor: "#d3adf7" },
  { color: "#873800", background: "#fff7e6", borderColor: "#ffd591" },
  { color: "#00474f", background: "#e6fffb", borderColor: "#87e8de" },
  { color: "#9e1068", background: "#fff0f6", borderColor: "#ffadd2" },
  { color: "#10239e", background: "#f0f5ff", borderColor: "#adc6ff" },
  { color: "#871400", background: "#fff2e8", borderColor: "#ffbb96" },
] as const;

export const SUCCESS_TAG: CSSProperties = { ...TAG_PALETTE[1] };
export const WARNING_TAG: CSSProperties = { color: "#613400", background: "#fffbe6", borderColor: "#ffe58f" };
export const ERROR_TAG: CSSProperties = { color: "#a8071a", background: "#fff1f0", borderColor: "#ffa39e" };

/** A stable, accessible tag style per option position, so the same value always looks the same. */
export function enumTagStyle(field: FieldDef, value: string): CSSProperties | undefined {
  const index = field.values?.indexOf(value) ?? -1;
  return index < 0 ? undefined : { ...TAG_PALETTE[index % TAG_PALETTE.length] };
}
