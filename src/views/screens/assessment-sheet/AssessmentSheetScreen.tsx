import { Alert, Result, Space, Typography } from "antd";
import { useMemo, useState } from "react";
import type { FieldDef } from "../../../schema/types";
import { Link, useParams } from "react-router";
import { usePartyConfig } from "../../context/PartyContext";
import { useEffectiveResource } from "../../hooks/useEffectiveResource";
import { useFieldText } from "../../hooks/useFieldText";
import { PageLoading } from "../../PageLoading";
import { CategoryCard } from "./CategoryCard";
import { SheetActions } from "./SheetActions";
import { SheetHeader } from "./SheetHeader";
import { SheetNotes } from "./SheetNotes";
import { selfReportErrors } from "./selfReportChecks";
import { actionsFor, draftFromTask, editable, patchFor, type SheetAction, type SheetDraft } from "./sheetDraft";
import { useTaskSheet } from "./useTaskSheet";
import { VetoCard } from "./VetoCard";

type Refusal = { key: string; params?: Record<string, string | number> };
type Rec = Record<string, unknown>;
/** A refused save's draft and refusals, for the task they belong to. */
type Kept = { taskId: string; draft: SheetDraft; refusals: Refusal[] };

/** 考核表: a task's indicators with the branch's self-report, the committee's evaluation and the rectification, each step by who makes it. */
export default function AssessmentSheetScreen() {
  const { id } = useParams();
  const { resource } = useEffectiveResource("assessment-tasks");
  const text = useFieldText(resource);
  const t = text.t as (key: string, params?: Record<string, unknown>) => string;
  const sheet = useTaskSheet(id);
  // Kept here: a save remounts the editor (its key follows the stored version), and the notice must survive it.
  const [saved, setSaved] = useState(false);
  // A refused save refetches the task too (another person's change gives it a new version): what was typed and
  // why it was refused outlive that remount, until a save goes through.
  const [kept, setKept] = useState<Kept | undefined>();
  if (!resource || sheet.isLoading) return <PageLoading />;
  if (!sheet.task || !sheet.status) return <Result status="404" title={t("party-assessment-sheet.notFound")} />;
  if (!sheet.plan) return <PageLoading />;
  // A fresh draft whenever the stored task changes (after a save, or another person's change).
  return (
    <SheetEditor
      key={`${String(sheet.task.id)}-${String(sheet.task.version)}-${sheet.role}`}
      sheet={sheet}
      selfItem={resource.fields.selfScores?.item}
      text={text}
      t={t}
      saved={saved}
      setSaved={setSaved}
      kept={kept?.taskId === String(sheet.task.id) ? kept : undefined}
      setKept={setKept}
    />
  );
}

interface EditorProps {
  sheet: ReturnType<typeof useTaskSheet>;
  /** The effective schema's declaration of a self-report entry (its note and evidence link). */
  selfItem: Record<string, FieldDef> | undefined;
  text: ReturnType<typeof useFieldText>;
  t: (key: string, params?: Record<string, unknown>) => string;
  saved: boolean;
  setSaved: (saved: boolean) => void;
  kept: Kept | undefined;
  setKept: (kept: Kept | undefined) => void;
}

function SheetEditor({ sheet, selfItem, text, t, saved, setSaved, kept, setKept }: EditorProps) {
  const { routePrefix } = usePartyConfig();
  const task = sheet.task!;
  const plan = sheet.plan!;
  const status = sheet.status!;
  const { branch, role } = sheet;
  const prefill = role === "committee" && status === "submitted";
  const [draft, setDraft] = useState<SheetDraft>(() => kept?.draft ?? draftFromTask(task, sheet.sheet, prefill ? sheet.suggested : undefined));
  const [refusals, setRefusals] = useState<Refusal[]>(() => kept?.refusals ?? []);
  // A link's error shows once its item was left or a submit was tried, not while the first letters are typed.
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [attempted, setAttempted] = useState(false);
  const rectify = (Array.isArray(task.rectificationCodes) && task.rectificationCodes.length > 0) || (typeof task.stars === "number" && task.stars <= 2);
  const change = (update: (d: SheetDraft) => SheetDraft) => setDraft(update);

  const edit = editable(status, role);
  const actions = actionsFor(status, role, rectify);
  const indicators = (Array.isArray(plan.indicators) ? plan.indicators : []) as Rec[];
  const selfErrors = useMemo(() => (edit.self ? selfReportErrors(draft, sheet.sheet, selfItem) : {}), [edit.self, draft, sheet.sheet, selfItem]);
  const shownSelfErrors = Object.fromEntries(Object.entries(selfErrors).filter(([code]) => attempted || touched.has(code)));
  const act = async (action: SheetAction) => {
    setSaved(false);
    if (action === "submit" && Object.keys(selfErrors).length > 0) {
      setAttempted(true);
      setRefusals([{ key: "party-assessment-sheet.fixSelfReport" }]);
      return;
    }
    const result = await sheet.save(patchFor(action, draft, sheet.sheet, task.version));
    setKept(result.length ? { taskId: String(task.id), draft, refusals: result } : undefined);
    setRefusals(result);
    setSaved(result.length === 0);
  };

  return (
    <div>
      <Typography.Title level={1} style={{ fontSize: 20 }}>
        {t("party-assessment-sheet.title", { branch: String(branch?.name ?? task.branchId), plan: String(plan.title ?? "") })}
      </Typography.Title>
      <Space style={{ marginBottom: 12 }}>
        <Link to={`${routePrefix}/assessment-tasks/show/${String(task.id)}`}>{t("party-assessment-sheet.back")}</Link>
      </Space>
      <SheetHeader task={task} statusLabel={text.option("status", status)} t={t} />
      {sheet.sheet.categories.map((category) => (
        <CategoryCard
          key={category.code}
          category={category}
          items={sheet.sheet.indicators
            .filter((i) => i.categoryCode === category.code)
            .map((i) => {
              const stored = indicators.find((s) => s.code === i.code);
              return { ...i, criterion: stored?.criterion as string | undefined, evidence: stored?.evidence as string | undefined };
            })}
          draft={draft}
          figures={sheet.figures}
          canSelf={edit.self}
          canScore={edit.scores}
          selfErrors={shownSelfErrors}
          onSelfBlur={(code) => setTouched((before) => (before.has(code) ? before : new Set([...before, code])))}
          onChange={change}
          t={t}
        />
      ))}
      <VetoCard vetoes={sheet.sheet.vetoes ?? []} draft={draft} canEdit={edit.scores} onChange={change} t={t} />
      <SheetNotes
        draft={draft}
        edit={edit}
        show={{ evaluation: !["issued", "submitted"].includes(status), rectification: ["rectification", "rectified", "closed"].includes(status) && !!(draft.rectificationDeadline || draft.rectificationReport) }}
        onChange={change}
        t={t}
      />
      {refusals.length > 0 && (
        <Alert
          type="error"
          showIcon
          role="alert"
          style={{ marginBottom: 12, maxWidth: 720 }}
          message={t("party-assessment-sheet.failed")}
          description={refusals.map((r) => t(r.key, r.params ?? {})).join("；")}
        />
      )}
      {saved && <Alert type="success" showIcon role="status" style={{ marginBottom: 12, maxWidth: 720 }} message={t("party-assessment-sheet.saved")} />}
      <SheetActions actions={actions} saving={sheet.saving} onAction={(action) => void act(action)} t={t} />
    </div>
  );
}
