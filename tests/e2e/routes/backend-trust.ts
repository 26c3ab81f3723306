import type { ScreenRoute } from "./types";

// The administrator's backup, restore and audit-chain screen under 系统配置.
export const SCREEN_ROUTES: ScreenRoute[] = [{ path: "/party/system-data", user: "admin", ready: ".ant-card" }];
