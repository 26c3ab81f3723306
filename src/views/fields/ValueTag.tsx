import type { CSSProperties, ReactNode } from "react";

// antd's Tag box (12 px text on a 20 px line, 7 px sides, 4 px corners) without its per-tag style
// hook: a members page shows some eighty option values at once and redraws them on every page.
const BOX: CSSProperties = {
  display: "inline-block",
  marginInlineEnd: 8,
  paddingInline: 7,
  fontSize: 12,
  lineHeight: "20px",
  whiteSpace: "nowrap",
  border: "1px solid #d9d9d9",
  borderRadius: 4,
  background: "#fafafa",
  color: "rgba(0, 0, 0, 0.88)",
};

/** An option value or tag as a small coloured label; `palette` is one of enumColor's accessible pairs. */
export function ValueTag({ palette, children }: { palette?: CSSProperties; children: ReactNode }) {
  return (
    <span className="party-value-tag" style={palette ? { ...BOX, ...palette } : BOX}>
      {children}
    </span>
  );
}
