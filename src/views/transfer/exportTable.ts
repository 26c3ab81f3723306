import type { BaseRecord } from "@refinedev/core";
import { escapeFormula } from "../../schema/cells";
import { fieldsFor, isRelation } from "../../schema/defineResource";
import { maskField } from "../../schema/maskField";
import type { EffectiveResource } from "../../schema/types";

export interface ExportText {
  label: (field: string) => string;
  option: (field: string, value: string) => string;
  yes: string;
  no: string;
  /** Related records' labels by target and id. */
  relationLabel: (target: string, id: string | number) => string | undefined;
}

export interface ExportTable {
  headers: string[];
  rows: string[][];
}

function cellText(resource: EffectiveResource, name: string, value: unknown, text: ExportText): string {
  const field = resource.fields[name];
  if (value === undefined || value === null || value === "") return "";
  const list = Array.isArray(value) ? value : [value];
  if (field.kind === "roster") {
    return (value as { memberId: string | number; role: string }[])
      .map((e) => `${text.relationLabel(field.target!, e.memberId) ?? e.memberId}（${text.option(name, e.role)}）`)
      .join("、");
  }
  if (field.kind === "items") {
    // One line per entry: its sub-values in declaration order, related records by their label.
    return (value as Record<string, unknown>[])
      .map((entry) =>
        Object.entries(field.item ?? {})
          .map(([sub, def]) => {
            const v = entry?.[sub];
            if (v === undefined || v === null || v === "") return "";
            if (def.kind === "relation") return text.relationLabel(def.target!, v as string | number) ?? String(v);
            if (def.kind === "enum") return text.option(`${name}.${sub}`, String(v));
            if (def.kind === "boolean") return v ? text.yes : text.no;
            return String(v);
          })
          .filter(Boolean)
          .join(" "),
      )
      .join("\n");
  }
  if (field.kind === "log") return (value as { date: string; note: string }[]).map((e) => `${e.date} ${e.note}`).join("\n");
  if (isRelation(field)) return list.map((id) => text.relationLabel(field.target!, id) ?? String(id)).join("、");
  if (field.kind === "enum" || field.kind === "multi-enum") return list.map((v) => text.option(name, String(v))).join("、");
  if (field.kind === "boolean") return value ? text.yes : text.no;
  if (field.kind === "tags") return list.join("、");
  return maskField(field, String(value));
}

/** The export view of rows: localized headers, readable values, sensitive columns masked, formulas inert. */
export function buildExportTable(resource: EffectiveResource, records: readonly BaseRecord[], text: ExportText): ExportTable {
  const names = fieldsFor(resource, "export").filter((name) => !resource.fields[name].readOnly);
  return {
    headers: ["ID", ...names.map((name) => escapeFormula(text.label(name)))],
    rows: records.map((record) => [
      String(record.id ?? ""),
      ...names.map((name) => escapeFormula(cellText(resource, name, record[name], text))),
    ]),
  };
}
