import type { ReactNode } from "react";

/**
 * Content that may be wider than the page scrolls sideways here, and the keyboard can reach it to
 * scroll (a scrolling box with nothing focusable in it would be out of a keyboard's reach).
 */
export function ScrollRegion({ label, children }: { label?: string; children: ReactNode }) {
  return (
    <div tabIndex={0} role={label ? "region" : undefined} aria-label={label} style={{ overflowX: "auto", maxWidth: "100%" }}>
      {children}
    </div>
  );
}
