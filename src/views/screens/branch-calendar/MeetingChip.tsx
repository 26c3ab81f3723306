import { Link } from "react-router";

const STYLE: Record<string, { color: string; background: string; border: string; symbol: string; textDecoration?: string }> = {
  held: { color: "#135200", background: "#f6ffed", border: "1px solid #95de64", symbol: "●" },
  planned: { color: "#003eb3", background: "#ffffff", border: "1px dashed #4096ff", symbol: "○" },
  cancelled: { color: "#595959", background: "#fafafa", border: "1px solid #d9d9d9", symbol: "×", textDecoration: "line-through" },
};

/** A meeting on the calendar: held solid, planned dashed, cancelled struck through — with its status in words too. */
export function MeetingChip({ to, title, status, statusLabel }: { to: string; title: string; status: string; statusLabel: string }) {
  const style = STYLE[status] ?? STYLE.planned;
  return (
    <Link
      to={to}
      data-status={status}
      style={{ position: "relative", display: "block", margin: "2px 0", padding: "0 4px", borderRadius: 4, fontSize: 12, lineHeight: "20px", color: style.color, background: style.background, border: style.border, overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap" }}
    >
      <span aria-hidden>{style.symbol} </span>
      <span style={{ textDecoration: style.textDecoration }}>{title}</span>
      <span style={{ position: "absolute", width: 1, height: 1, margin: -1, overflow: "hidden", clip: "rect(0 0 0 0)", whiteSpace: "nowrap" }}>（{statusLabel}）</span>
    </Link>
  );
}

export const CHIP_STYLE = STYLE;
