import { cloneElement, useLayoutEffect, useRef, useState, type ReactElement } from "react";

/**
 * The table's select-all checkbox with a name in the page's language. antd also renders every
 * column title in a hidden measuring row (`aria-hidden`, for column widths when the table scrolls
 * sideways); the copy there is taken out of the tab order, so no hidden control can be focused.
 */
export function SelectAllCheckbox({ checkbox, label }: { checkbox: ReactElement<{ "aria-label"?: string; tabIndex?: number }>; label: string }) {
  const ref = useRef<HTMLSpanElement>(null);
  const [measuring, setMeasuring] = useState(false);
  useLayoutEffect(() => setMeasuring(!!ref.current?.closest("[aria-hidden='true']")), []);
  return <span ref={ref}>{cloneElement(checkbox, { "aria-label": label, tabIndex: measuring ? -1 : undefined })}</span>;
}
