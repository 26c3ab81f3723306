import type { ReactNode } from "react";

/**
 * A wide table's own horizontal scroll box. It takes the keyboard focus, so a person who cannot use
 * a mouse can still scroll it (antd's scrolling table body cannot be focused).
 */
export function ScrollRegion({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div role="region" aria-label={label} tabIndex={0} style={{ overflowX: "auto" }}>
      {children}
    </div>
  );
}
