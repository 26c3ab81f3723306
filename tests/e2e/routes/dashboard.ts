import type { ScreenRoute } from "./types";

// The overview's screens: the dashboard (its charts have drawn once a canvas shows), the
// before/after comparison (its table has rows), and a member's view of the comparison.
export const SCREEN_ROUTES: ScreenRoute[] = [
  { path: "/party/dashboard", user: "admin", ready: "[data-chart] canvas" },
  { path: "/party/before-after", user: "admin", ready: ".comparison-table .ant-table-tbody tr.ant-table-row" },
  { path: "/party/before-after", user: "member", ready: ".comparison-table .ant-table-tbody tr.ant-table-row" },
];
