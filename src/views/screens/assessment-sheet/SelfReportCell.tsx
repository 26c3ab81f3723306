import { Input, Space, Typography } from "antd";
import { EVIDENCE_LINK_PATTERN } from "../../../domain/assessmentTasks";
import type { ItemError } from "./selfReportChecks";

type T = (key: string, params?: Record<string, unknown>) => string;

interface Props {
  code: string;
  title: string;
  note: string;
  evidence: string;
  /** Inputs for the branch while the self-report is open; text and a link for everyone else. */
  editable: boolean;
  errors?: { note?: ItemError; evidence?: ItemError };
  onNote: (value: string) => void;
  onEvidence: (value: string) => void;
  onBlur: () => void;
  t: T;
}

/** Shown as a link only when it is one (the schema's own pattern, matched whole as the validation does). */
const LINK = new RegExp(`^(?:${EVIDENCE_LINK_PATTERN})$`);

/** One item's self-report note and evidence link: typed by the branch, read by the committee and afterwards. */
export function SelfReportCell({ code, title, note, evidence, editable, errors, onNote, onEvidence, onBlur, t }: Props) {
  if (!editable) {
    if (!note && !evidence) return null;
    return (
      <Space direction="vertical" size={2} style={{ maxWidth: 260 }} data-self-report={code}>
        {note && <Typography.Text>{note}</Typography.Text>}
        {evidence &&
          (LINK.test(evidence) ? (
            <a href={evidence} target="_blank" rel="noopener noreferrer" style={{ textDecoration: "underline", wordBreak: "break-all" }}>
              {evidence}
            </a>
          ) : (
            <Typography.Text>{evidence}</Typography.Text>
          ))}
      </Space>
    );
  }
  const errorId = (part: string) => `assessment-sheet-${part}-${code}-error`;
  const message = (part: "note" | "evidence") => {
    const error = errors?.[part];
    return error ? (
      <Typography.Text type="danger" id={errorId(part)} role="alert">
        {t(error.key, error.params ?? {})}
      </Typography.Text>
    ) : null;
  };
  return (
    <Space direction="vertical" size={4} style={{ width: 240 }}>
      <Input
        aria-label={t("party-assessment-sheet.itemNoteLabel", { item: title })}
        data-self-note={code}
        value={note}
        status={errors?.note ? "error" : undefined}
        aria-invalid={errors?.note ? true : undefined}
        aria-describedby={errors?.note ? errorId("note") : undefined}
        onChange={(e) => onNote(e.target.value)}
        onBlur={onBlur}
      />
      {message("note")}
      <Input
        type="url"
        inputMode="url"
        placeholder="https://"
        aria-label={t("party-assessment-sheet.evidenceLinkLabel", { item: title })}
        data-self-evidence={code}
        value={evidence}
        status={errors?.evidence ? "error" : undefined}
        aria-invalid={errors?.evidence ? true : undefined}
        aria-describedby={errors?.evidence ? errorId("evidence") : undefined}
        onChange={(e) => onEvidence(e.target.value)}
        onBlur={onBlur}
      />
      {message("evidence")}
    </Space>
  );
}
