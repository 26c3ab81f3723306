// Demo sign-ins, one per built-in role, and one with a role the administrator added (documented in
// the README). Passwords are demo-only.
import type { Branch, Member, Transfer } from "./types";

export const DEMO_PASSWORD = "demo123";

export type DemoUser = {
  id: number;
  username: string;
  password: string;
  token: string;
  name: string;
  /** A built-in role, or one added as an option of accounts' `role` (ADDED_ROLE). */
  role: string;
  branchId?: number;
  memberId?: number;
  disabled: boolean;
  version: number;
};

/** The role the seed adds by name, as the administrator would on the settings page (纪检委员). */
export const ADDED_ROLE = { value: "discipline", label: { "zh-CN": "纪检委员", "en-US": "Discipline inspector" } };
/** The added role's demo account; its password meets the accounts' minimum length. */
export const ADDED_ROLE_ACCOUNT = { username: "jijian", password: "jijian2026" };

const user = (id: number, username: string, rest: Omit<DemoUser, "id" | "username" | "password" | "token" | "disabled" | "version">, password = DEMO_PASSWORD): DemoUser => ({
  id,
  username,
  password,
  token: `demo-token-${username}`,
  ...rest,
  disabled: false,
  version: 1,
});

/** An administrator, the secretary of the first clinical branch, and an ordinary full member of it. */
export function generateUsers(branches: readonly Branch[], members: readonly Member[]): DemoUser[] {
  const branch = branches.find((b) => b.type === "clinical")!;
  const secretary = members.find((m) => m.id === branch.secretaryId)!;
  const member = members.find((m) => m.branchId === branch.id && m.stage === "full" && m.id !== secretary.id)!;
  return [
    user(1, "admin", { name: "党委办公室", role: "admin" }),
    user(2, "secretary", { name: secretary.name, role: "secretary", branchId: branch.id, memberId: secretary.id }),
    user(3, "member", { name: member.name, role: "member", branchId: branch.id, memberId: member.id }),
  ];
}

/**
 * The discipline inspector of the second clinical branch: a full member who stays in the hospital.
 * Made after everything else, so the other collections are as they were before it.
 */
export function addedRoleUser(branches: readonly Branch[], members: readonly Member[], transfers: readonly Transfer[]): DemoUser {
  const branch = branches.filter((b) => b.type === "clinical")[1];
  const moving = new Set(transfers.map((t) => t.memberId));
  const member = members.find((m) => m.branchId === branch.id && m.stage === "full" && m.id !== branch.secretaryId && !moving.has(m.id))!;
  return user(4, ADDED_ROLE_ACCOUNT.username, { name: member.name, role: ADDED_ROLE.value, branchId: branch.id, memberId: member.id }, ADDED_ROLE_ACCOUNT.password);
}

/** The settings record that adds the role as an option of accounts' `role` field. */
export const accountSettings = () => ({ id: "accounts", extraOptions: { role: [ADDED_ROLE] }, version: 1 });
