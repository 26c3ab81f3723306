import type { ScreenRoute } from "./types";

// The consortium's hand-written screen: the yearly overview (its table has loaded once a row shows).
export const SCREEN_ROUTES: ScreenRoute[] = [
  { path: "/party/consortium-overview", user: "admin", ready: ".ant-table-tbody tr.ant-table-row" },
  { path: "/party/consortium-overview", user: "member", ready: ".ant-table-tbody tr.ant-table-row" },
];
