// A dozen transfer letters in every state: issued, expired (derived), received between branches
// (the member has moved) and out of the hospital (the member is marked transferred), rejected,
// withdrawn, and one received from outside. Only ordinary members of mid-sized branches move, so no
// branch crosses a size or committee threshold.
import { ageOn } from "../../src/domain/age";
import { addDays } from "../../src/domain/dates";
import { monthOf } from "../../src/domain/months";
import { fixtureOf } from "./fixtures";
import type { Random } from "./random";
import type { Branch, Member, Transfer, TransferKind, TransferStatus } from "./types";

const OUTSIDE = ["中共北京市卫生健康委员会机关委员会", "中共上海市第六人民医院委员会", "中共广州医科大学附属第一医院委员会", "中共浙江省人民医院委员会"];
const HANDLERS = ["王敏", "李静", "张伟", "刘洋", "陈杰"];

interface Plan {
  kind: TransferKind;
  status: TransferStatus;
  /** Days before today the letter was issued. */
  issuedAgo: number;
  validityDays: number;
  receivedAfter?: number;
}

const PLANS: Plan[] = [
  { kind: "between", status: "issued", issuedAgo: 3, validityDays: 30 },
  { kind: "out", status: "issued", issuedAgo: 12, validityDays: 30 },
  { kind: "between", status: "issued", issuedAgo: 8, validityDays: 10 },
  { kind: "out", status: "issued", issuedAgo: 75, validityDays: 30 }, // expired
  { kind: "between", status: "issued", issuedAgo: 50, validityDays: 10 }, // expired
  { kind: "between", status: "received", issuedAgo: 120, validityDays: 10, receivedAfter: 3 },
  { kind: "between", status: "received", issuedAgo: 40, validityDays: 30, receivedAfter: 6 },
  { kind: "out", status: "received", issuedAgo: 200, validityDays: 30, receivedAfter: 12 },
  { kind: "out", status: "received", issuedAgo: 90, validityDays: 60, receivedAfter: 20 },
  { kind: "between", status: "rejected", issuedAgo: 30, validityDays: 30, receivedAfter: 4 },
  { kind: "out", status: "withdrawn", issuedAgo: 25, validityDays: 30 },
  { kind: "in", status: "received", issuedAgo: 150, validityDays: 30, receivedAfter: 7 },
];

/** Mutates `members` as the received letters did: moved to the receiving branch, or transferred out. */
export function generateTransfers(r: Random, today: string, branches: readonly Branch[], members: Member[], keep: ReadonlySet<number>): Transfer[] {
  const seated = new Set(branches.flatMap((b) => [b.secretaryId, ...b.committee.map((c) => c.memberId)]));
  const sizes = new Map<number, number>();
  for (const m of members) if (m.stage === "full" || m.stage === "probationary") sizes.set(m.branchId, (sizes.get(m.branchId) ?? 0) + 1);
  // Moving one member in or out must not carry a branch across the 50-member line or below a committee's 7.
  const steady = (size: number) => size >= 12 && (size < 46 || size > 54);
  const midSized = branches.filter((b) => !fixtureOf(b.id) && b.type !== "retired" && steady(sizes.get(b.id) ?? 0));
  const movable = members.filter((m) => m.stage === "full" && !seated.has(m.id) && !keep.has(m.id) && midSized.some((b) => b.id === m.branchId) && m.partyStatus === "normal");
  const chosen = r.sample(movable, PLANS.length * 3);
  const used = new Set<number>();
  const year = today.slice(0, 4);
  return PLANS.flatMap((plan, i): Transfer[] => {
    const member = chosen.find((m) => !used.has(m.id) && !used.has(-m.branchId)) ?? chosen.find((m) => !used.has(m.id));
    if (!member || midSized.length < 2) return [];
    used.add(member.id);
    used.add(-member.branchId); // one letter per branch keeps every branch's size almost as generated
    const issueDate = addDays(today, -plan.issuedAgo);
    const other = midSized.filter((b) => b.id !== member.branchId)[i % (midSized.length - 1)];
    const receiptDate = plan.receivedAfter !== undefined ? addDays(issueDate, plan.receivedAfter) : undefined;
    const from = branches.find((b) => b.id === member.branchId)!;
    const transfer: Transfer = {
      id: used.size / 2,
      serialNo: `${year}-${String(used.size / 2).padStart(3, "0")}`,
      kind: plan.kind,
      memberId: member.id,
      memberName: member.name,
      gender: member.gender,
      age: ageOn(member.birthDate, issueDate),
      ethnicity: member.ethnicity,
      membership: "full",
      idNumber: member.idNumber,
      ...(plan.kind === "in"
        ? { fromOrganization: r.pick(OUTSIDE), toBranchId: member.branchId }
        : plan.kind === "out"
          ? { fromBranchId: from.id, toOrganization: r.pick(OUTSIDE) }
          : { fromBranchId: from.id, toBranchId: other.id }),
      addressee: plan.kind === "between" ? `${other.name}` : plan.kind === "out" ? "接收单位党组织" : from.name,
      issueDate,
      validityDays: plan.validityDays,
      duesPaidThrough: monthOf(issueDate),
      status: plan.status,
      ...(receiptDate && plan.status === "received" ? { receiptDate, handler: r.pick(HANDLERS) } : {}),
      ...(plan.status === "rejected" ? { rejectionReason: "接收单位信息有误，请核实后重开" } : {}),
      memberPhone: member.phone,
      senderAddress: `${from.parentOrg}，医院行政楼 3 楼党委办公室`,
      senderPhone: "020-8733 1234",
      senderPostcode: "510080",
      version: 1,
    };
    if (plan.status === "received" && plan.kind === "between") member.branchId = other.id;
    if (plan.status === "received" && plan.kind === "out") member.transferredOutDate = receiptDate;
    return [transfer];
  });
}
