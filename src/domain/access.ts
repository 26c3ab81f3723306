// Who may do what: the same pure rules guard the UI (hide/disable) and the backend (403).
import { SECRETARY_TASK_FIELDS } from "./assessmentTasks";
import { PERMISSION_ACTIONS, permits, roleMay, scopeFilter, type PermissionAction, type ResourcePermissions } from "./permissions";

/** The three roles the rules below know; administrators may add others by name (accounts' role options). */
export const BUILT_IN_ROLES = ["admin", "secretary", "member"] as const;
export type BuiltInRole = (typeof BUILT_IN_ROLES)[number];
/** A built-in role, or one an administrator added; an added role has only the rights resources' permissions give it. */
export type Role = BuiltInRole | (string & {});
export const isBuiltInRole = (role: string | undefined): role is BuiltInRole => (BUILT_IN_ROLES as readonly string[]).includes(role ?? "");

export interface PartyUser {
  id: string | number;
  name: string;
  role: Role;
  /** The branch a secretary leads, or a member belongs to. */
  branchId?: string | number;
  /** A member's own member record. */
  memberId?: string | number;
}

export type AccessAction = "list" | "show" | "create" | "edit" | "delete" | "reveal" | "rate" | "export";

/** The whole-store export and restore, and the sign-in accounts, are the administrators' alone. */
const ADMIN_ONLY = new Set(["system", "accounts"]);

/** The administrators' configuration: everyone reads it (every page needs it), only administrators change it. */
const CONFIGURATION = new Set(["resource-settings", "resource-definitions"]);

/** The permission an access action falls under: revealing is reading, rating is editing. */
const permissionAction = (action: AccessAction): PermissionAction => (action === "reveal" ? "show" : action === "rate" ? "edit" : action);

/** A resource's permissions decide; "reveal" follows "show", "rate" is never asked of them alone. */
function byPermissions(p: ResourcePermissions, user: PartyUser | undefined, action: AccessAction, record?: Rec): boolean {
  if (action === "rate") return false;
  return permits(p, user, permissionAction(action), record);
}

/**
 * How permissions apply to this user: alone (a defined resource, or a role an administrator added),
 * as a narrowing of the built-in rules (a built-in resource's, for a built-in role), or not at all.
 */
function judgedBy(p: ResourcePermissions | undefined, user: PartyUser): "permissions" | "narrowed" | "rules" {
  if (!p) return "rules";
  return p.overRules && isBuiltInRole(user.role) ? "narrowed" : "permissions";
}

/**
 * What permissions decide before the hand-written rules are asked: a verdict, or undefined when the
 * rules are to judge (no permissions, or a built-in role the permissions list for the action).
 */
function permissionsVerdict(p: ResourcePermissions | undefined, user: PartyUser, action: AccessAction, record?: Rec): boolean | undefined {
  const judged = judgedBy(p, user);
  if (judged === "permissions") return byPermissions(p!, user, action, record);
  if (judged === "narrowed" && !roleMay(p!, user, permissionAction(action))) return false;
  return isBuiltInRole(user.role) ? undefined : false;
}

type Rec = Record<string, unknown>;

const same = (a: unknown, b: unknown) => a !== undefined && a !== null && String(a) === String(b);

/**
 * The branches a record belongs to, per resource; an empty list means "no branch" (nobody's own),
 * undefined means "cannot tell without a lookup" (the UI then allows and the backend decides).
 */
export function branchesOf(resource: string, record: Rec | undefined, lookup?: (resource: string, id: unknown) => Rec | undefined): unknown[] | undefined {
  if (!record) return [];
  switch (resource) {
    case "members":
    case "commitments":
      return resource === "commitments" ? [record.branchId, record.targetBranchId] : [record.branchId];
    case "branches":
      return [record.id];
    case "pairings":
      return [record.initiatorBranchId, ...(Array.isArray(record.partnerBranchIds) ? record.partnerBranchIds : [])];
    // Organizational life
    case "meetings":
    case "appraisals":
      return [record.branchId];
    case "pairing-activities":
    case "pairing-tasks":
    case "pairing-trainings":
      return lookup ? branchesOf("pairings", lookup("pairings", record.pairingId)) : undefined;
    case "outreach-postings":
    case "outreach-activities":
      return [record.branchId];
    // Education: a study record belongs to its member's branch, an article to the branch it carries.
    case "study-records":
      return lookup ? [lookup("members", record.memberId)?.branchId] : undefined;
    case "articles":
      return [record.branchId];
    // Dues and transfers: a base or payment belongs to the member's branch; a letter to the branch
    // that issues it (or, for one arriving from outside, that receives it).
    case "dues-bases":
    case "dues-payments":
    case "dues-ledger":
      if (lookup && record.memberId !== undefined) return branchesOf("members", lookup("members", record.memberId));
      if (record.branchId !== undefined && record.branchId !== null) return [record.branchId];
      return lookup ? [] : undefined;
    case "transfers":
      return [record.kind === "in" ? record.toBranchId : record.fromBranchId];
    // Branch assessment: a task and its result belong to the branch assessed.
    case "assessment-tasks":
    case "assessment-results":
      return [record.branchId];
    // Indicators: a branch's value belongs to that branch; a hospital-wide one to nobody's branch.
    case "indicator-values":
    case "workbench":
      return record.branchId === undefined || record.branchId === null || record.branchId === "" ? [] : [record.branchId];
    default:
      return [];
  }
}

const READ_ONLY_FOR_SECRETARY = new Set(["branches"]);
/** Read-only screens over the meetings: the compliance matrix and a branch's calendar. */
const ORG_LIFE_SCREENS = new Set(["compliance", "branch-calendar"]);

// 医联体: the administrator manages the institutions and agreements; a secretary records their own
// branch's postings and activities; everyone reads all of it, and the overview is read by all.
const CONSORTIUM_ADMIN_ONLY = new Set(["institutions", "consortium-agreements", "consortium-overview"]);
const CONSORTIUM_BRANCH_RECORDS = new Set(["outreach-postings", "outreach-activities"]);
const isConsortium = (resource: string) => CONSORTIUM_ADMIN_ONLY.has(resource) || CONSORTIUM_BRANCH_RECORDS.has(resource);

function canConsortium(user: PartyUser, action: AccessAction, resource: string, own: () => boolean): boolean {
  if (action === "list" || action === "show") return true;
  if (user.role !== "secretary" || !CONSORTIUM_BRANCH_RECORDS.has(resource)) return false;
  if (action === "create" || action === "edit" || action === "delete") return own();
  return false;
}

// Dashboards and indicators: everyone reads their own work bench and the comparison (the backend
// narrows both); the dashboard is for administrators and secretaries; the catalogue is the
// administrators'; a secretary enters their own branch's values.
const OVERVIEW_SCREENS = new Set(["workbench", "before-after"]);

function canOverview(user: PartyUser, action: AccessAction, resource: string, own: () => boolean): boolean | undefined {
  const read = action === "list" || action === "show";
  if (OVERVIEW_SCREENS.has(resource)) return read;
  if (resource === "dashboard") return read && user.role === "secretary";
  if (resource === "indicators") return read;
  if (resource === "indicator-values") {
    if (read) return true;
    if (user.role !== "secretary" || action === "reveal" || action === "rate") return false;
    return own();
  }
  return undefined;
}

/** A member sees their own dues bases, payments, ledger rows and transfer letters, and nobody else's. */
const DUES_OWN_RECORDS = new Set(["dues-bases", "dues-payments", "dues-ledger", "transfers"]);

/**
 * Party-committee administrators may do everything. A branch secretary edits only what their branch
 * is part of and reads everyone's summaries. A member reads their own record and the public
 * commitments, and rates commitments made to their department.
 */
export function can(
  user: PartyUser | undefined,
  action: AccessAction,
  resource: string,
  record?: Rec,
  lookup?: (resource: string, id: unknown) => Rec | undefined,
  permissions?: ResourcePermissions,
): boolean {
  if (!user) return false;
  const verdict = permissionsVerdict(permissions, user, action, record);
  if (verdict !== undefined) return verdict;
  // A member transferred out of the hospital is kept for the record and no longer changed, by anyone.
  if (resource === "members" && (action === "edit" || action === "delete") && typeof record?.transferredOutDate === "string") return false;
  if (user.role === "admin") return true;
  if (ADMIN_ONLY.has(resource)) return false;
  // Every screen reads the administrators' settings and definitions; only administrators change them.
  if (CONFIGURATION.has(resource)) return action === "list" || action === "show";
  // The backend writes the trail itself (append-only); reading it is for secretaries up.
  if (resource === "audit-logs") return (action === "list" || action === "show") && user.role === "secretary";
  const own = (rec?: Rec) => {
    const branches = branchesOf(resource, rec, lookup);
    return branches === undefined || branches.some((b) => same(b, user.branchId));
  };
  if (isConsortium(resource)) return canConsortium(user, action, resource, () => (action === "create" && !record) || own(record));
  const overview = canOverview(user, action, resource, () => (action === "create" && !record) || own(record));
  if (overview !== undefined) return overview;

  // Organizational life: the screens read through the meetings (the backend narrows what a member gets).
  if (ORG_LIFE_SCREENS.has(resource)) return action === "list";

  if (EDUCATION_RESOURCES.has(resource)) return canEducation(user, action, resource, record, own);
  if (ASSESSMENT_RESOURCES.has(resource)) return canAssessment(user, action, resource, record, own);

  if (user.role === "secretary") {
    // Appraisals are personal: a secretary reads their own branch's only.
    if (resource === "appraisals" && action === "show") return own(record);
    if (action === "list" || action === "show") return true;
    // The letter's print view needs the member's ID and phone numbers in full.
    if (action === "reveal") return (resource === "members" || resource === "transfers") && own(record);
    if (action === "rate") return resource === "commitments" && same(record?.targetBranchId, user.branchId);
    if (READ_ONLY_FOR_SECRETARY.has(resource)) return action === "edit" && own(record);
    if (action === "create" && !record) return true; // the new record's branch is checked on save
    return own(record);
  }

  // member
  if (DUES_OWN_RECORDS.has(resource)) return action === "list" || (action === "show" && same(record?.memberId, user.memberId));
  if (resource === "branches") return action === "list" || action === "show";
  // A member reads their own branch's meetings (their attendance, not another branch's minutes) and their own appraisal.
  if (resource === "meetings") return action === "list" || (action === "show" && same(record?.branchId, user.branchId));
  if (resource === "appraisals") return action === "list" || (action === "show" && same(record?.memberId, user.memberId));
  if (resource === "members") return (action === "show" || action === "reveal") ? same(record?.id, user.memberId) : action === "list";
  if (resource === "commitments") {
    if (action === "list") return true;
    if (action === "show") return record?.public === true || same(record?.targetBranchId, user.branchId);
    if (action === "rate" || action === "edit") return same(record?.targetBranchId, user.branchId) && record?.status !== "draft";
    return false;
  }
  return false;
}

// Education and the culture board (courses, study records, articles, and the two screens).
const EDUCATION_RESOURCES = new Set(["courses", "study-records", "articles", "my-learning", "culture-board"]);

/**
 * Administrators manage courses and every record. A secretary records their branch's training and
 * writes articles carrying their branch. A member records only their own online completions, reads
 * published articles and their own learning.
 */
function canEducation(user: PartyUser, action: AccessAction, resource: string, record: Rec | undefined, own: (rec?: Rec) => boolean): boolean {
  const read = action === "list" || action === "show";
  if (resource === "culture-board") return read;
  if (resource === "my-learning") return read && user.memberId !== undefined;
  if (resource === "courses") return read;
  if (resource === "articles") {
    if (user.role === "member") return action === "list" || (action === "show" && (!record || record.status === "published"));
    if (action === "create" && !record) return true; // the new article's branch is checked on save
    return read || own(record);
  }
  // study-records
  if (user.role === "secretary") {
    if (read || (action === "create" && !record)) return true;
    return action !== "reveal" && action !== "rate" && (own(record) || same(record?.memberId, user.memberId));
  }
  if (action === "list") return true;
  if (action === "show") return !record || same(record.memberId, user.memberId);
  // Only from a course's page or an article's end, never the generic form or the importer.
  if (action === "create") return !!record && same(record.memberId, user.memberId) && record.source === "online";
  return false;
}

// Branch assessment (plans, tasks and their results).
const ASSESSMENT_RESOURCES = new Set(["assessment-plans", "assessment-tasks", "assessment-results"]);
/** The task states in which a secretary works on their branch's task: the self-report and the rectification report. */
const SECRETARY_TASK_STATES = new Set(["issued", "submitted", "rectification", "rectified"]);
/** The moves a secretary makes: hand in the self-report, hand in the rectification report (or revise either). */
const SECRETARY_TASK_MOVES = new Set(["issued>submitted", "submitted>submitted", "rectification>rectified", "rectified>rectified"]);

/**
 * The Party committee drafts, issues, evaluates and closes. A secretary reads the plans, works on
 * their own branch's task (self-report, rectification report) and reads its result; a member
 * reads the plans and their branch's result once the task is closed.
 */
function canAssessment(user: PartyUser, action: AccessAction, resource: string, record: Rec | undefined, own: (rec?: Rec) => boolean): boolean {
  const read = action === "list" || action === "show";
  if (resource === "assessment-plans") return read;
  if (action === "list") return true; // narrowed to the user's branch by listRestriction
  if (user.role === "member") return action === "show" && (!record || (same(record.branchId, user.branchId) && record.status === "closed"));
  if (action === "show") return own(record);
  return resource === "assessment-tasks" && action === "edit" && own(record) && (!record || SECRETARY_TASK_STATES.has(String(record.status)));
}

/**
 * Beyond `can`: whether this write's fields and move are the user's to make (a secretary writes the
 * self-report and the rectification report only; the committee's scores and moves are not theirs).
 */
export function writeAllowed(user: PartyUser | undefined, resource: string, stored: Rec | undefined, body: Rec): boolean {
  if (user?.role !== "secretary" || resource !== "assessment-tasks") return true;
  if (!Object.keys(body).every((field) => (SECRETARY_TASK_FIELDS as readonly string[]).includes(field))) return false;
  const from = String(stored?.status);
  const to = body.status === undefined ? from : String(body.status);
  return SECRETARY_TASK_MOVES.has(`${from}>${to}`);
}

/** The fields a member may change when rating a commitment; anything else in the write is refused. */
export const RATING_FIELDS = ["rating", "ratingComment", "version"] as const;

/** Server-side list restriction for a role: filters added to a list query (a member sees only their own). */
export function listRestriction(user: PartyUser | undefined, resource: string, permissions?: ResourcePermissions): Record<string, string> | undefined {
  if (user && judgedBy(permissions, user) === "permissions") return scopeFilter(permissions!, user);
  if (user?.role === "secretary" && resource === "appraisals") return { branchId: String(user.branchId) };
  if (user && user.role !== "admin" && (resource === "assessment-tasks" || resource === "assessment-results")) {
    return user.role === "member" ? { branchId: String(user.branchId), status: "closed" } : { branchId: String(user.branchId) };
  }
  if (user?.role === "secretary" && resource === "workbench") return { branchId: String(user.branchId) };
  if (user?.role === "member" && resource === "workbench") return { memberId: String(user.memberId) };
  // A member reads only the hospital-wide indicators the administrators made public.
  if (user?.role === "member" && (resource === "indicators" || resource === "indicator-values")) return { public: "true", level: "hospital" };
  if (!user || user.role !== "member") return undefined;
  if (resource === "meetings" || resource === "compliance") return { branchId: String(user.branchId) };
  if (resource === "appraisals") return { memberId: String(user.memberId) };
  if (resource === "members") return { id: String(user.memberId) };
  if (resource === "commitments") return { public: "true" };
  if (resource === "study-records") return { memberId: String(user.memberId) };
  if (resource === "articles") return { status: "published" };
  if (DUES_OWN_RECORDS.has(resource)) return { memberId: String(user.memberId) };
  return undefined;
}

/** Whether a role could do `action` to at least some record of `resource` (menus, create buttons). */
export function canAny(user: PartyUser | undefined, action: AccessAction, resource: string, permissions?: ResourcePermissions): boolean {
  if (!user) return false;
  const verdict = permissionsVerdict(permissions, user, action);
  if (verdict !== undefined) return verdict;
  if (user.role === "admin") return true;
  if (ADMIN_ONLY.has(resource)) return false;
  if (CONFIGURATION.has(resource)) return action === "list" || action === "show";
  if (resource === "audit-logs") return user.role === "secretary" && (action === "list" || action === "show");
  if (isConsortium(resource)) return canConsortium(user, action, resource, () => true);
  const overview = canOverview(user, action, resource, () => true);
  if (overview !== undefined) return overview;
  if (ORG_LIFE_SCREENS.has(resource)) return action === "list";
  if (EDUCATION_RESOURCES.has(resource)) return canEducation(user, action, resource, undefined, () => true);
  if (ASSESSMENT_RESOURCES.has(resource)) return canAssessment(user, action, resource, undefined, () => true);
  if (user.role === "secretary") {
    if (READ_ONLY_FOR_SECRETARY.has(resource)) return action === "list" || action === "show" || action === "edit";
    return true;
  }
  if (resource === "branches" || DUES_OWN_RECORDS.has(resource)) return action === "list" || action === "show";
  if (resource === "members") return action === "list" || action === "show" || action === "reveal";
  if (resource === "commitments") return action === "list" || action === "show" || action === "rate" || action === "edit";
  if (resource === "meetings" || resource === "appraisals") return action === "list" || action === "show";
  return false;
}

/** The fields a user may change in an edit form: a member rating a commitment changes only the rating. */
export function editableFields(user: PartyUser | undefined, resource: string, fields: readonly string[]): string[] {
  if (user?.role === "member" && resource === "commitments") return fields.filter((f) => (RATING_FIELDS as readonly string[]).includes(f));
  if (user?.role === "secretary" && resource === "assessment-tasks") return fields.filter((f) => (SECRETARY_TASK_FIELDS as readonly string[]).includes(f));
  return [...fields];
}

/** The non-administrator built-in roles, whose rights a built-in resource's permissions can narrow. */
const NARROWABLE_ROLES = BUILT_IN_ROLES.filter((role) => role !== "admin");

/**
 * A built-in resource's permissions as today's rules give them (what each built-in role may do to
 * some record): the settings page starts from these, so saving them unchanged changes nothing.
 */
export function rulePermissions(resource: string): ResourcePermissions {
  const roles = Object.fromEntries(
    PERMISSION_ACTIONS.map((action) => [action, NARROWABLE_ROLES.filter((role) => canAny({ id: 0, name: role, role }, action, resource))]),
  );
  return { roles, scope: "all", overRules: true };
}
