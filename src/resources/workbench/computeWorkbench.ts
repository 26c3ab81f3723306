import type { DataLookup } from "../../domain/types";
import {
  activistAssessmentItems,
  assessmentItems,
  commitmentItems,
  committeeTermItems,
  duesArrearsItems,
  meetingDueItems,
  probationItems,
  sortDueItems,
  studyBehindItems,
  transferReceiptItems,
  type DueItem,
} from "../../domain/workbench";
import { duesIndex, ledgerMonths, standingOf } from "../dues-payments/standing";
import { owesStudy, studyStandings } from "../education/studyStandings";

type Rec = Record<string, unknown>;

/**
 * A module that adds its own due items (e.g. the branch assessment's self-reports and
 * rectifications) appends a source here; each returns items of a rule listed in WORKBENCH_RULES.
 */
export type DueItemSource = (data: DataLookup, today: string) => DueItem[];

const duesStandings = (data: DataLookup, members: readonly Rec[], today: string) => {
  const index = duesIndex(data);
  const months = ledgerMonths(today);
  return new Map(members.filter(owesStudy).map((m) => [String(m.id), standingOf(m, index, today, months)]));
};

export const DUE_ITEM_SOURCES: DueItemSource[] = [
  (data, today) => committeeTermItems(data.all("branches"), today),
  (data, today) => probationItems(data.all("members"), today),
  (data, today) => activistAssessmentItems(data.all("members"), today),
  (data, today) =>
    meetingDueItems(
      data.all("branches"),
      data.all("meetings").map((m) => ({ id: m.id, branchId: m.branchId, kind: String(m.kind), date: String(m.date), status: m.status })),
      today,
    ),
  (data, today) => commitmentItems(data.all("commitments"), today),
  (data, today) => studyBehindItems(data.all("members"), studyStandings(data, today), today),
  (data, today) => duesArrearsItems(data.all("members"), duesStandings(data, data.all("members"), today)),
  (data, today) => {
    const names = new Map(data.all("members").map((m) => [String(m.id), String(m.name)]));
    return transferReceiptItems(data.all("transfers"), today, (id) => names.get(String(id)) ?? "");
  },
  // The branch assessment's self-reports and rectifications, each opening the task's sheet.
  (data, today) => {
    const names = new Map(data.all("branches").map((b) => [String(b.id), String(b.name)]));
    return assessmentItems(data.all("assessment-tasks"), data.all("assessment-plans"), today, (id) => names.get(String(id)) ?? "");
  },
];

/** Every due item of the hospital, most urgent first; the backend narrows them to a role's own on read. */
export function computeWorkbench(data: DataLookup, today: string, sources: readonly DueItemSource[] = DUE_ITEM_SOURCES): Rec[] {
  const items = sortDueItems(sources.flatMap((source) => source(data, today)));
  return items.map((item) => ({
    id: [item.rule, item.recordId, item.detail].filter((p) => p !== undefined && p !== "").join("-"),
    ...item,
    recordId: String(item.recordId),
    memberId: item.memberId ?? null,
    dueDate: item.dueDate ?? null,
    detail: item.detail ?? null,
    amount: item.amount ?? null,
  }));
}
