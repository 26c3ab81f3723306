import { useTranslate } from "@refinedev/core";
import { keys } from "../../schema/i18nKeys";
import type { FieldChange } from "../../schema/diff";

const show = (v: unknown) => (v === null || v === undefined || v === "" ? "—" : typeof v === "object" ? JSON.stringify(v) : String(v));

/** An audit entry's changes: each field's label with its value before and after. */
export function DiffList({ changes, resource }: { changes: FieldChange[]; resource?: string }) {
  const t = useTranslate();
  return (
    <ul style={{ margin: 0, paddingInlineStart: 18 }}>
      {changes.map((c) => (
        <li key={c.field}>
          {resource ? t(keys.field(resource, c.field), c.field) : c.field}: {show(c.before)} → {show(c.after)}
        </li>
      ))}
    </ul>
  );
}
