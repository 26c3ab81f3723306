// Last year's 民主评议党员: every full member graded (优秀 for about a quarter, never above a third),
// probationary members taking part ungraded, and two 不合格 grades with their follow-ups (one
// closed, one overdue).
import { excellentCap } from "../../src/domain/appraisals";
import { fastRandom } from "./fast-random";
import type { Random } from "./random";
import { activeMembers, type Roster } from "./roster";
import type { Appraisal, Branch } from "./types";

const SELF = ["认真履行党员义务，立足岗位做好医疗服务", "积极参加组织生活，按时足额交纳党费", "在科室急难险重任务中发挥先锋模范作用", "加强理论学习，存在学用结合不够紧密的不足"];

export function generateAppraisals(random: Random, today: string, branches: readonly Branch[], roster: Roster): Appraisal[] {
  const r = fastRandom(random.int(1, 2 ** 31));
  const year = Number(today.slice(0, 4)) - 1;
  const appraisals: Appraisal[] = [];
  let unqualified = 0;
  for (const branch of branches) {
    const members = activeMembers(roster, branch.id).filter((m) => m.admissionDate && m.admissionDate <= `${year}-12-31` && m.partyStatus !== "suspended");
    const full = activeMembers(roster, branch.id).filter((m) => m.stage === "full").length;
    let excellent = 0;
    const cap = excellentCap(full);
    for (const member of members) {
      const graded = member.stage === "full";
      let grade: Appraisal["grade"] = null;
      if (graded) {
        const roll = r.int(1, 100);
        grade = roll <= 25 && excellent < cap ? "excellent" : roll <= 96 ? "qualified" : "basically_qualified";
        if (grade === "excellent") excellent++;
        if (grade === "basically_qualified" && unqualified < 2 && full >= 20) {
          grade = "unqualified";
          unqualified++;
        }
      }
      const closed = grade === "unqualified" && unqualified === 1;
      appraisals.push({
        id: appraisals.length + 1,
        year,
        branchId: branch.id,
        memberId: member.id,
        grade,
        selfAssessment: r.pick(SELF),
        followUpAction: grade === "unqualified" ? "rectify" : null,
        followUpDeadline: grade === "unqualified" ? `${year + 1}-${closed ? "06" : "03"}-30` : null,
        followUpOutcome: closed ? "已按期完成整改，经支部复核予以认可" : null,
        version: 1,
      });
    }
  }
  return appraisals;
}
