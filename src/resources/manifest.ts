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
  // Education and the culture board
  { name: "courses", group: "education", icon: "ReadOutlined" },
  { name: "study-records", group: "education", icon: "ScheduleOutlined" },
  { name: "articles", group: "education", icon: "FileTextOutlined" },
  { name: "audit-logs", group: "admin", icon: "SolutionOutlined", readOnly: true },
];

export const MENU_GROUPS = [
  { name: "organization", icon: "ApartmentOutlined" },
  { name: "coop", icon: "HeartOutlined" },
  { name: "education", icon: "ReadOutlined" },
  { name: "admin", icon: "SettingOutlined" },
] as const;

/**
 * Hand-written pages beyond the generic ones, in the same menu groups: each lists at
 * `<prefix>/<name>` and, with `show`, opens one record at `<prefix>/<name>/:id`. Their components
 * are named by the plugin layer (src/plugin/screens.ts), lazily.
 */
export interface ScreenEntry {
  name: string;
  group: string;
  icon?: string;
  show?: boolean;
}

export const SCREEN_MANIFEST: readonly ScreenEntry[] = [
  // Education and the culture board
  { name: "my-learning", group: "education", icon: "ReadOutlined" },
  { name: "culture-board", group: "education", icon: "FileTextOutlined", show: true },
];
