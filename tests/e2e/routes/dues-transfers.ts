import type { ScreenRoute } from "./types";

// The dues and transfer screens beyond the generic pages (the seed always has letter 1).
export const SCREEN_ROUTES: ScreenRoute[] = [
  { path: "/party/dues-ledger", user: "secretary", ready: ".ant-table-tbody tr.ant-table-row" },
  { path: "/party/dues-ledger", user: "member", ready: ".ant-table-tbody tr.ant-table-row" },
  { path: "/party/dues-collection", user: "admin", ready: ".ant-table-tbody tr.ant-table-row" },
  { path: "/party/transfer-letter/1", user: "admin", ready: "[data-part='receipt']" },
];
