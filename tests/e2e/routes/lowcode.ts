import type { ScreenRoute } from "./types";

// The resource designer (系统配置 › 资源设计), for the administrator.
export const SCREEN_ROUTES: ScreenRoute[] = [{ path: "/party/resource-designer", user: "admin", ready: ".ant-card" }];
