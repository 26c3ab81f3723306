import { Button, Space } from "antd";
import type { SheetAction } from "./sheetDraft";

/** The sheet's buttons for the role and state; the first is the primary one. */
export function SheetActions({ actions, saving, onAction, t }: { actions: SheetAction[]; saving: boolean; onAction: (action: SheetAction) => void; t: (key: string) => string }) {
  if (!actions.length) return null;
  return (
    <Space wrap style={{ marginTop: 8 }}>
      {actions.map((action, i) => (
        <Button key={action} type={i === 0 ? "primary" : "default"} loading={saving} onClick={() => onAction(action)} data-action={action}>
          {t(`party-assessment-sheet.${action}`)}
        </Button>
      ))}
    </Space>
  );
}
