import type { ScreenRoute } from "./types";

// The demo host's own pages and the plugin's pages that are not one resource's list, form or detail.
// (The login page is visited by the accessibility test itself: it is where each role signs in.)
export const SCREEN_ROUTES: ScreenRoute[] = [
  { path: "/party/settings", user: "admin", ready: ".ant-card .ant-table-tbody tr.ant-table-row" },
  { path: "/members", user: "admin", ready: ".ant-table-tbody tr.ant-table-row" },
  { path: "/members/show/1", user: "admin", ready: ".ant-descriptions-item-content:not(:empty)" },
  { path: "/party/no-such-page", user: "admin", ready: ".ant-result-404" },
];
