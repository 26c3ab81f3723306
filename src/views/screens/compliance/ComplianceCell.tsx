import { Link } from "react-router";
import type { ComplianceRow } from "../../../domain/compliance";
import { CELL_STYLE } from "./cellStyle";

interface Props {
  cell: ComplianceRow["months"][number];
  short: string;
  words: string;
  label: string;
  to: string;
  /** `<branch id>-<month>`, to find a cell. */
  cellId: string;
}

/** One branch-month: symbol, short text and colour, linked to that month's meetings; the full words for assistive tech and on hover. */
export function ComplianceCell({ cell, short, words, label, to, cellId }: Props) {
  const style = CELL_STYLE[cell.state];
  return (
    <Link
      to={to}
      title={words}
      aria-label={label}
      data-state={cell.state}
      data-cell={cellId}
      style={{
        display: "block",
        padding: "2px 4px",
        borderRadius: 4,
        textAlign: "center",
        whiteSpace: "nowrap",
        color: style.color,
        background: style.background,
        border: `1px solid ${style.border}`,
      }}
    >
      {style.symbol && <span aria-hidden>{style.symbol} </span>}
      {short}
    </Link>
  );
}
