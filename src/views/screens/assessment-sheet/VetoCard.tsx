import { Card, Checkbox, Input, Space, Typography } from "antd";
import type { SheetVeto } from "../../../domain/assessmentScoring";
import type { SheetDraft } from "./sheetDraft";

type T = (key: string, params?: Record<string, unknown>) => string;

/** The veto items (一票否决): the committee marks the ones found, with a note. */
export function VetoCard({ vetoes, draft, canEdit, onChange, t }: { vetoes: readonly SheetVeto[]; draft: SheetDraft; canEdit: boolean; onChange: (change: (d: SheetDraft) => SheetDraft) => void; t: T }) {
  if (!vetoes.length) return null;
  const set = (code: string, value: Partial<SheetDraft["vetoes"][string]>) => onChange((d) => ({ ...d, vetoes: { ...d.vetoes, [code]: { ...d.vetoes[code], ...value } } }));
  return (
    <Card style={{ marginBottom: 16 }} title={<h2 style={{ margin: 0, fontSize: 16 }}>{t("party-assessment-sheet.vetoes")}</h2>}>
      <Space direction="vertical" style={{ width: "100%" }}>
        {vetoes.map((veto) => {
          const state = draft.vetoes[veto.code] ?? { found: false, note: "" };
          const title = `${veto.code} ${veto.title ?? ""}`;
          return canEdit ? (
            <Space key={veto.code} wrap>
              <Checkbox checked={state.found} onChange={(e) => set(veto.code, { found: e.target.checked })}>
                {t("party-assessment-sheet.vetoFound", { item: title })}
              </Checkbox>
              {state.found && <Input aria-label={t("party-assessment-sheet.vetoNoteLabel", { item: title })} value={state.note} onChange={(e) => set(veto.code, { note: e.target.value })} style={{ width: 320 }} />}
            </Space>
          ) : (
            <Typography.Text key={veto.code} type={state.found ? "danger" : undefined}>
              {state.found ? `${t("party-assessment-sheet.vetoFound", { item: title })}${state.note ? `：${state.note}` : ""}` : title}
            </Typography.Text>
          );
        })}
      </Space>
    </Card>
  );
}
