import { useTranslate } from "@refinedev/core";
import type { FieldChange } from "../../schema/diff";
import { usePartyConfig } from "../context/PartyContext";
import { useEffectiveResource } from "../hooks/useEffectiveResource";
import { useFieldText } from "../hooks/useFieldText";

const show = (v: unknown) => (v === null || v === undefined || v === "" ? "—" : typeof v === "object" ? JSON.stringify(v) : String(v));

/** An audit entry's changes: each field's label (administrators' labels included) with its value before and after. */
export function DiffList({ changes, resource }: { changes: FieldChange[]; resource?: string }) {
  const t = useTranslate();
  const { resources } = usePartyConfig();
  const { resource: effective } = useEffectiveResource(resource && resources[resource] ? resource : "");
  const text = useFieldText(effective);
  const label = (field: string) =>
    effective ? text.label(field) : resource === "resource-settings" ? t(`party-resource-settings.fields.${field}`, field) : field;
  return (
    <ul style={{ margin: 0, paddingInlineStart: 18 }}>
      {changes.map((c) => (
        <li key={c.field}>
          {label(c.field)}: {show(c.before)} → {show(c.after)}
        </li>
      ))}
    </ul>
  );
}
