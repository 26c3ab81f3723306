import { DatePicker, Form, Input } from "antd";
import dayjs from "dayjs";
import type { SheetDraft } from "./sheetDraft";

type T = (key: string) => string;

interface Props {
  draft: SheetDraft;
  edit: { self: boolean; scores: boolean; rectificationDeadline: boolean; rectificationReport: boolean };
  show: { evaluation: boolean; rectification: boolean };
  onChange: (change: (d: SheetDraft) => SheetDraft) => void;
  t: T;
}

const ID = "assessment-sheet";

/** The free-text parts: the branch's note and rectification report, the committee's comment and rectification deadline. */
export function SheetNotes({ draft, edit, show, onChange, t }: Props) {
  const set = <K extends keyof SheetDraft>(key: K, value: SheetDraft[K]) => onChange((d) => ({ ...d, [key]: value }));
  const text = (value: string) => <div style={{ whiteSpace: "pre-wrap" }}>{value || "—"}</div>;
  return (
    <Form layout="vertical" component="div" style={{ maxWidth: 720 }}>
      <Form.Item label={t("party-assessment-sheet.selfNote")} htmlFor={edit.self ? `${ID}-selfNote` : undefined}>
        {edit.self ? <Input.TextArea id={`${ID}-selfNote`} rows={3} maxLength={1000} value={draft.selfNote} onChange={(e) => set("selfNote", e.target.value)} /> : text(draft.selfNote)}
      </Form.Item>
      {(edit.scores || show.evaluation) && (
        <Form.Item label={t("party-assessment-sheet.evaluationComment")} htmlFor={edit.scores ? `${ID}-evaluationComment` : undefined}>
          {edit.scores ? (
            <Input.TextArea id={`${ID}-evaluationComment`} rows={3} maxLength={1000} value={draft.evaluationComment} onChange={(e) => set("evaluationComment", e.target.value)} />
          ) : (
            text(draft.evaluationComment)
          )}
        </Form.Item>
      )}
      {(edit.rectificationDeadline || show.rectification) && (
        <Form.Item label={t("party-assessment-sheet.rectificationDeadline")} htmlFor={edit.rectificationDeadline ? `${ID}-rectificationDeadline` : undefined}>
          {edit.rectificationDeadline ? (
            <DatePicker
              id={`${ID}-rectificationDeadline`}
              value={draft.rectificationDeadline ? dayjs(draft.rectificationDeadline) : null}
              onChange={(value) => set("rectificationDeadline", value ? value.format("YYYY-MM-DD") : null)}
            />
          ) : (
            text(draft.rectificationDeadline ?? "")
          )}
        </Form.Item>
      )}
      {(edit.rectificationReport || show.rectification) && (
        <Form.Item label={t("party-assessment-sheet.rectificationReport")} htmlFor={edit.rectificationReport ? `${ID}-rectificationReport` : undefined}>
          {edit.rectificationReport ? (
            <Input.TextArea id={`${ID}-rectificationReport`} rows={4} maxLength={2000} value={draft.rectificationReport} onChange={(e) => set("rectificationReport", e.target.value)} />
          ) : (
            text(draft.rectificationReport)
          )}
        </Form.Item>
      )}
    </Form>
  );
}
