import type { ScreenRoute } from "./types";

// Organizational life's hand-written screens, for the accessibility test that visits every route.
export const SCREEN_ROUTES: ScreenRoute[] = [
  { path: "/party/compliance", user: "admin", ready: "[data-cell]" },
  { path: "/party/compliance", user: "member", ready: "[data-cell]" },
  { path: "/party/branch-calendar", user: "secretary", ready: ".ant-picker-calendar [data-status]" },
];
