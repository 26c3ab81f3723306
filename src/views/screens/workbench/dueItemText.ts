import type { BaseRecord } from "@refinedev/core";
import type { ResourceDef } from "../../../schema/types";

type T = (key: string, options?: Record<string, unknown>) => string;

/** The sentence under an item: its kind's own detail (hours, months owing, letter number), the meeting kind, or an assessment task's plan. */
export function dueItemDetail(item: BaseRecord, t: T, meetingKind: (kind: string) => string): string {
  const rule = String(item.rule);
  if (rule === "meeting_due" && typeof item.detail === "string") return meetingKind(item.detail);
  if ((rule === "assessment_self_report" || rule === "assessment_rectification") && typeof item.detail === "string") return item.detail;
  if (rule === "study_behind" || rule === "dues_arrears" || rule === "transfer_receipt") {
    return t(`party.workbench.detail.${rule}`, { value: item.detail ?? "", amount: item.amount ?? "" });
  }
  return "";
}

/** The screens of one record the resources link (`recordScreens`: an assessment task's sheet, a transfer letter). */
export const recordScreenNames = (resources: Record<string, ResourceDef>) => new Set(Object.values(resources).flatMap((r) => (r.recordScreens ?? []).map((s) => s.screen)));

/** Where an item's record opens: a resource's detail page, or a screen of one record at `<screen>/<id>`. */
export const dueItemPath = (routePrefix: string, item: BaseRecord, recordScreens: ReadonlySet<string>) =>
  recordScreens.has(String(item.resource)) ? `${routePrefix}/${String(item.resource)}/${String(item.recordId)}` : `${routePrefix}/${String(item.resource)}/show/${String(item.recordId)}`;
