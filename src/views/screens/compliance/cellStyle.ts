import type { CellState } from "../../../domain/organizationalLife";

/** Each state has its own symbol and words as well as its colour (WCAG AA text on its background). */
export const CELL_STYLE: Record<CellState, { symbol: string; color: string; background: string; border: string }> = {
  held: { symbol: "✓", color: "#135200", background: "#f6ffed", border: "#95de64" },
  missing: { symbol: "✗", color: "#a8071a", background: "#fff1f0", border: "#ff7875" },
  due: { symbol: "○", color: "#614700", background: "#fffbe6", border: "#ffd666" },
  none: { symbol: "", color: "#595959", background: "transparent", border: "transparent" },
};
