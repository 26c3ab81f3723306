// Demo sign-ins, one per role (documented in the README). Passwords are demo-only.
import type { Branch, Member } from "./types";

export const DEMO_PASSWORD = "demo123";

export type DemoUser = {
  id: number;
  username: string;
  password: string;
  token: string;
  name: string;
  role: "admin" | "secretary" | "member";
  branchId?: number;
  memberId?: number;
};

/** An administrator, the secretary of the first clinical branch, and an ordinary full member of it. */
export function generateUsers(branches: readonly Branch[], members: readonly Member[]): DemoUser[] {
  const branch = branches.find((b) => b.type === "clinical")!;
  const secretary = members.find((m) => m.id === branch.secretaryId)!;
  const member = members.find((m) => m.branchId === branch.id && m.stage === "full" && m.id !== secretary.id)!;
  const user = (id: number, username: string, rest: Omit<DemoUser, "id" | "username" | "password" | "token">): DemoUser => ({
    id,
    username,
    password: DEMO_PASSWORD,
    token: `demo-token-${username}`,
    ...rest,
  });
  return [
    user(1, "admin", { name: "党委办公室", role: "admin" }),
    user(2, "secretary", { name: secretary.name, role: "secretary", branchId: branch.id, memberId: secretary.id }),
    user(3, "member", { name: member.name, role: "member", branchId: branch.id, memberId: member.id }),
  ];
}
