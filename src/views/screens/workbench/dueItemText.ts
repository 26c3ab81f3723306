import type { BaseRecord } from "@refinedev/core";

type T = (key: string, options?: Record<string, unknown>) => string;

/** The sentence under an item: its kind's own detail (hours, months owing, letter number), or the meeting kind. */
export function dueItemDetail(item: BaseRecord, t: T, meetingKind: (kind: string) => string): string {
  const rule = String(item.rule);
  if (rule === "meeting_due" && typeof item.detail === "string") return meetingKind(item.detail);
  if (rule === "study_behind" || rule === "dues_arrears" || rule === "transfer_receipt") {
    return t(`party.workbench.detail.${rule}`, { value: item.detail ?? "", amount: item.amount ?? "" });
  }
  return "";
}

/** Where an item's record opens. */
export const dueItemPath = (routePrefix: string, item: BaseRecord) => `${routePrefix}/${String(item.resource)}/show/${String(item.recordId)}`;
