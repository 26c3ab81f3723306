import { Alert, Result, Space, Typography } from "antd";
import { useState } from "react";
import { Link, useParams } from "react-router";
import { usePartyConfig } from "../../context/PartyContext";
import { useEffectiveResource } from "../../hooks/useEffectiveResource";
import { useFieldText } from "../../hooks/useFieldText";
import { PageLoading } from "../../PageLoading";
import { CategoryCard } from "./CategoryCard";
import { SheetActions } from "./SheetActions";
import { SheetHeader } from "./SheetHeader";
import { SheetNotes } from "./SheetNotes";
import { actionsFor, draftFromTask, editable, patchFor, type SheetAction, type SheetDraft } from "./sheetDraft";
import { useTaskSheet } from "./useTaskSheet";
import { VetoCard } from "./VetoCard";

type Refusal = { key: string; params?: Record<string, string | number> };
type Rec = Record<string, unknown>;

/** 考核表: a task's indicators with the branch's self-report, the committee's evaluation and the rectification, each step by who makes it. */
export default function AssessmentSheetScreen() {
  const { id } = useParams();
  const { resource } = useEffectiveResource("assessment-tasks");
  const text = useFieldText(resource);
  const t = text.t as (key: string, params?: Record<string, unknown>) => string;
  const sheet = useTaskSheet(id);
  // Kept here: a save remounts the editor (its key follows the stored version), and the notice must survive it.
  const [saved, setSaved] = useState(false);
  if (!resource || sheet.isLoading) return <PageLoading />;
  if (!sheet.task || !sheet.status) return <Result status="404" title={t("party-assessment-sheet.notFound")} />;
  if (!sheet.plan) return <PageLoading />;
  // A fresh draft whenever the stored task changes (after a save, or another person's change).
  return <SheetEditor key={`${String(sheet.task.id)}-${String(sheet.task.version)}-${sheet.role}`} sheet={sheet} text={text} t={t} saved={saved} setSaved={setSaved} />;
}

interface EditorProps {
  sheet: ReturnType<typeof useTaskSheet>;
  text: ReturnType<typeof useFieldText>;
  t: (key: string, params?: Record<string, unknown>) => string;
  saved: boolean;
  setSaved: (saved: boolean) => void;
}

function SheetEditor({ sheet, text, t, saved, setSaved }: EditorProps) {
  const { routePrefix } = usePartyConfig();
  const task = sheet.task!;
  const plan = sheet.plan!;
  const status = sheet.status!;
  const { branch, role } = sheet;
  const prefill = role === "committee" && status === "submitted";
  const [draft, setDraft] = useState<SheetDraft>(() => draftFromTask(task, sheet.sheet, prefill ? sheet.suggested : undefined));
  const [refusals, setRefusals] = useState<Refusal[]>([]);
  const rectify = (Array.isArray(task.rectificationCodes) && task.rectificationCodes.length > 0) || (typeof task.stars === "number" && task.stars <= 2);
  const change = (update: (d: SheetDraft) => SheetDraft) => setDraft(update);

  const edit = editable(status, role);
  const actions = actionsFor(status, role, rectify);
  const indicators = (Array.isArray(plan.indicators) ? plan.indicators : []) as Rec[];
  const act = async (action: SheetAction) => {
    setSaved(false);
    const result = await sheet.save(patchFor(action, draft, sheet.sheet, task.version));
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
