import { useDataProvider } from "@refinedev/core";
import { Button, Form } from "antd";
import { useState } from "react";
import { resourceIdentifier } from "../../schema/i18nKeys";
import type { FieldDef } from "../../schema/types";
import { usePartyConfig } from "../context/PartyContext";

/** The largest list a fill asks for in one request (a branch's roster stays well below it). */
const FILL_PAGE = 200;

/** Under a list field: fills it from other records (e.g. attendance from the branch's roster) in one click. */
export function FillButton({ name, field, label }: { name: string; field: FieldDef; label: string }) {
  const form = Form.useFormInstance();
  const values = Form.useWatch([], form) as Record<string, unknown> | undefined;
  const { dataProviderName } = usePartyConfig();
  const provider = useDataProvider()(dataProviderName);
  const [busy, setBusy] = useState(false);
  const queries = values && field.fill?.queries(values);
  if (!queries) return null;
  const run = async () => {
    setBusy(true);
    try {
      const found: Record<string, Record<string, unknown>[]> = {};
      for (const [key, query] of Object.entries(queries)) {
        const resource = resourceIdentifier(query.resource);
        if (query.id !== undefined) {
          found[key] = [(await provider.getOne({ resource, id: query.id as string })).data];
        } else {
          const filters = Object.entries(query.filters ?? {}).map(([f, value]) => ({ field: f, operator: "eq" as const, value }));
          found[key] = (await provider.getList({ resource, filters, pagination: { currentPage: 1, pageSize: FILL_PAGE } })).data;
        }
      }
      form.setFieldValue(name, field.fill!.build(form.getFieldsValue(true), found));
      await form.validateFields([name]).catch(() => undefined);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div>
      <Button type="link" size="small" style={{ padding: 0 }} loading={busy} onClick={() => void run()}>
        {label}
      </Button>
    </div>
  );
}
