import type { ResourceDef } from "../schema/types";

/** What the menu, the routes and the access checks need of a resource; its fields and rules load with the pages. */
export type ResourceEntry = Pick<ResourceDef, "name" | "group" | "icon" | "readOnly">;

/**
 * The built-in resources in menu order, as a host registers them before anyone opens a page: the
 * schemas (and the domain rules they carry) stay out of the host's first load. Each entry repeats
 * its schema's, which a unit test checks.
 */
export const RESOURCE_MANIFEST: readonly ResourceEntry[] = [
  { name: "members", group: "organization", icon: "TeamOutlined" },
  { name: "branches", group: "organization", icon: "ApartmentOutlined" },
  { name: "pairings", group: "coop", icon: "LinkOutlined" },
  { name: "pairing-activities", group: "coop", icon: "TeamOutlined" },
  { name: "pairing-tasks", group: "coop", icon: "SolutionOutlined" },
  { name: "pairing-trainings", group: "coop", icon: "TeamOutlined" },
  { name: "commitments", group: "coop", icon: "HeartOutlined" },
  { name: "audit-logs", group: "admin", icon: "SolutionOutlined", readOnly: true },
  // Party dues and membership transfers
  { name: "dues-bases", group: "dues", icon: "AccountBookOutlined" },
  { name: "dues-payments", group: "dues", icon: "TransactionOutlined" },
  { name: "transfers", group: "dues", icon: "SwapOutlined" },
];

export const MENU_GROUPS = [
  { name: "organization", icon: "ApartmentOutlined" },
  { name: "coop", icon: "HeartOutlined" },
  { name: "admin", icon: "SettingOutlined" },
  { name: "dues", icon: "AccountBookOutlined" },
] as const;

/**
 * Pages the generic ones cannot express, each lazy (src/plugin/screens.ts), at `<routePrefix>/<name>`
 * (`/:id` after it for a page of one record). `menu` ones are listed in their group; `access` is the
 * resource whose rules decide who may open it.
 */
export interface ScreenEntry {
  name: string;
  group: string;
  icon?: string;
  menu: boolean;
  record?: boolean;
  access: string;
}

export const SCREEN_MANIFEST: readonly ScreenEntry[] = [
  // Party dues and membership transfers
  { name: "dues-ledger", group: "dues", icon: "ProfileOutlined", menu: true, access: "dues-ledger" },
  { name: "dues-collection", group: "dues", icon: "PercentageOutlined", menu: true, access: "dues-collection" },
  { name: "transfer-letter", group: "dues", menu: false, record: true, access: "transfers" },
];
