import type { ResourceDef } from "../schema/types";

/** What the menu, the routes and the access checks need of a resource; its fields and rules load with the pages. */
export type ResourceEntry = Pick<ResourceDef, "name" | "group" | "icon" | "readOnly" | "screen">;

/**
 * The built-in resources in menu order, as a host registers them before anyone opens a page: the
 * schemas (and the domain rules they carry) stay out of the host's first load. Each entry repeats
 * its schema's, which a unit test checks.
 */
export const RESOURCE_MANIFEST: readonly ResourceEntry[] = [
  // The work bench first: it is the page a person lands on.
  { name: "workbench", group: "overview", icon: "DashboardOutlined", readOnly: true, screen: "workbench" },
  { name: "indicators", group: "overview", icon: "AimOutlined" },
  { name: "indicator-values", group: "overview", icon: "FundOutlined" },
  { name: "members", group: "organization", icon: "TeamOutlined" },
  { name: "branches", group: "organization", icon: "ApartmentOutlined" },
  { name: "pairings", group: "coop", icon: "LinkOutlined" },
  { name: "pairing-activities", group: "coop", icon: "TeamOutlined" },
  { name: "pairing-tasks", group: "coop", icon: "SolutionOutlined" },
  { name: "pairing-trainings", group: "coop", icon: "TeamOutlined" },
  { name: "commitments", group: "coop", icon: "HeartOutlined" },
  // 医联体
  { name: "institutions", group: "consortium", icon: "BankOutlined" },
  { name: "consortium-agreements", group: "consortium", icon: "FileTextOutlined" },
  { name: "outreach-postings", group: "consortium", icon: "CarOutlined" },
  { name: "outreach-activities", group: "consortium", icon: "MedicineBoxOutlined" },
  { name: "consortium-overview", group: "consortium", icon: "BarChartOutlined", readOnly: true, screen: "consortium-overview" },
  // Organizational life (三会一课, 民主评议)
  { name: "meetings", group: "orglife", icon: "CalendarOutlined" },
  { name: "appraisals", group: "orglife", icon: "StarOutlined" },
  // Education and the culture board
  { name: "courses", group: "education", icon: "ReadOutlined" },
  { name: "study-records", group: "education", icon: "ScheduleOutlined" },
  { name: "articles", group: "education", icon: "FileTextOutlined" },
  // Party dues and membership transfers
  { name: "dues-bases", group: "dues", icon: "AccountBookOutlined" },
  { name: "dues-payments", group: "dues", icon: "TransactionOutlined" },
  { name: "transfers", group: "dues", icon: "SwapOutlined" },
  // Branch assessment (党建考核): plans, tasks and the results' ranking
  { name: "assessment-plans", group: "assessment", icon: "AuditOutlined" },
  { name: "assessment-tasks", group: "assessment", icon: "CarryOutOutlined" },
  { name: "assessment-results", group: "assessment", icon: "TrophyOutlined", readOnly: true, screen: "assessment-ranking" },
  // 系统配置: the sign-in accounts and their roles, then the audit trail
  { name: "accounts", group: "admin", icon: "UserOutlined" },
  { name: "audit-logs", group: "admin", icon: "SolutionOutlined", readOnly: true },
];

export const MENU_GROUPS = [
  { name: "overview", icon: "DashboardOutlined" },
  { name: "organization", icon: "ApartmentOutlined" },
  { name: "coop", icon: "HeartOutlined" },
  { name: "consortium", icon: "BankOutlined" },
  { name: "orglife", icon: "CalendarOutlined" },
  { name: "education", icon: "ReadOutlined" },
  { name: "dues", icon: "AccountBookOutlined" },
  { name: "assessment", icon: "AuditOutlined" },
  { name: "admin", icon: "SettingOutlined" },
] as const;

/**
 * Hand-written pages beyond the generic ones, in the same menu groups, each lazy (src/plugin/screens.ts):
 * a list at `<prefix>/<name>` and, with `show`, one record at `<prefix>/<name>/:id`; a `record` screen
 * is that page of one record only. `menu: false` ones are reached from elsewhere; `access` names the
 * resource whose rules decide who may open it (default: the screen's own name).
 */
export interface ScreenEntry {
  name: string;
  group: string;
  icon?: string;
  show?: boolean;
  record?: boolean;
  menu?: boolean;
  access?: string;
}

/** The hand-written screens, in menu order after the resources of their group. */
export const SCREEN_MANIFEST: readonly ScreenEntry[] = [
  // The work bench's neighbours: the charts and the before/after comparison
  { name: "dashboard", group: "overview", icon: "BarChartOutlined" },
  { name: "before-after", group: "overview", icon: "LineChartOutlined" },
  // Organizational life
  { name: "compliance", group: "orglife", icon: "TableOutlined" },
  { name: "branch-calendar", group: "orglife", icon: "CalendarOutlined" },
  // Education and the culture board
  { name: "my-learning", group: "education", icon: "ReadOutlined" },
  { name: "culture-board", group: "education", icon: "FileTextOutlined", show: true },
  // Party dues and membership transfers
  { name: "dues-ledger", group: "dues", icon: "ProfileOutlined" },
  { name: "dues-collection", group: "dues", icon: "PercentageOutlined" },
  { name: "transfer-letter", group: "dues", menu: false, record: true, access: "transfers" },
  // Branch assessment: a task's self-report, evaluation and rectification sheet
  { name: "assessment-sheet", group: "assessment", menu: false, record: true, access: "assessment-tasks" },
  // 系统配置: backup, restore and the audit chain's check, for the administrator
  { name: "system-data", group: "admin", icon: "DatabaseOutlined", access: "system" },
  // 资源设计: administrators define whole resources (src/schema/definitions)
  { name: "resource-designer", group: "admin", icon: "BuildOutlined" },
];
