import type { ScreenRoute } from "./types";

// Branch assessment's hand-written screens: the ranking (loaded once a ranked row shows) and a
// seeded task's sheet (loaded once its status shows); a member's ranking lists their branch's closed results.
export const SCREEN_ROUTES: ScreenRoute[] = [
  { path: "/party/assessment-results", user: "admin", ready: ".ant-table-tbody tr.ant-table-row" },
  { path: "/party/assessment-results", user: "member", ready: ".ant-table-tbody tr.ant-table-row" },
  { path: "/party/assessment-sheet/1", user: "admin", ready: "[data-status]" },
];
