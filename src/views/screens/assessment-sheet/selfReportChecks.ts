// The branch's per-item note and evidence link, judged before the self-report is sent by the same
// field declarations the backend validates (the task schema's `selfScores` item).
import type { ScoringSheet } from "../../../domain/assessmentScoring";
import { validateField } from "../../../schema/validateField";
import type { FieldDef } from "../../../schema/types";
import type { SheetDraft } from "./sheetDraft";

export interface ItemError {
  key: string;
  params?: Record<string, string | number>;
}

/** Per item code, the first problem with its note or evidence link; a pattern miss on the link reads as "not a link". */
export function selfReportErrors(draft: SheetDraft, sheet: ScoringSheet, item: Record<string, FieldDef> | undefined): Record<string, { note?: ItemError; evidence?: ItemError }> {
  const errors: Record<string, { note?: ItemError; evidence?: ItemError }> = {};
  if (!item) return errors;
  for (const { code } of sheet.indicators) {
    const note = item.note && validateField("note", item.note, draft.selfNotes[code] ?? "");
    const evidence = item.evidence && validateField("evidence", item.evidence, (draft.selfEvidence[code] ?? "").trim());
    if (!note && !evidence) continue;
    errors[code] = {
      ...(note ? { note: { key: note.key, params: note.params } } : {}),
      ...(evidence ? { evidence: evidence.key === "party.validation.pattern" ? { key: "party-assessment-sheet.evidenceInvalid" } : { key: evidence.key, params: evidence.params } } : {}),
    };
  }
  return errors;
}
