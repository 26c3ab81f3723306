import { lazy, type ComponentType, type LazyExoticComponent } from "react";

/** Panels a resource may show above its generic list (`ResourceDef.listPanel`), each its own chunk. */
export const LIST_PANELS: Record<string, LazyExoticComponent<ComponentType>> = {
  "audit-chain": lazy(() => import("./AuditChainCheck")),
};
