import { DownloadOutlined } from "@ant-design/icons";
import { useDataProvider, useNotification, useTranslate, type CrudFilters, type CrudSort } from "@refinedev/core";
import { Button, Dropdown } from "antd";
import { useState } from "react";
import { keys } from "../../schema/i18nKeys";
import type { EffectiveResource } from "../../schema/types";
import { usePartyConfig } from "../context/PartyContext";
import { useFieldText } from "../hooks/useFieldText";

/** Exports what a list shows (its filters and sort, every page) to Excel or CSV; the writers load on click. */
export function ExportButton({ resource, filters, sorters }: { resource: EffectiveResource; filters: CrudFilters; sorters: CrudSort[] }) {
  const t = useTranslate();
  const text = useFieldText(resource);
  const { dataProviderName } = usePartyConfig();
  const provider = useDataProvider()(dataProviderName);
  const { open } = useNotification();
  const [exporting, setExporting] = useState(false);

  const runExport = async (format: "xlsx" | "csv") => {
    setExporting(true);
    try {
      const { exportView } = await import("./exportView");
      const count = await exportView(
        provider,
        resource,
        { filters, sorters },
        { label: text.label, option: text.option, yes: t("party.common.yes"), no: t("party.common.no"), title: t(keys.resourceLabel(resource.name)) },
        format,
      );
      open?.({ type: "success", message: t("party.export.done", { count }) });
    } catch {
      open?.({ type: "error", message: t("party.export.failed") });
    } finally {
      setExporting(false);
    }
  };

  return (
    <Dropdown
      menu={{
        items: [
          { key: "xlsx", label: t("party.export.xlsx") },
          { key: "csv", label: t("party.export.csv") },
        ],
        onClick: ({ key }) => void runExport(key as "xlsx" | "csv"),
      }}
    >
      <Button icon={<DownloadOutlined />} loading={exporting}>
        {t("party.export.button")}
      </Button>
    </Dropdown>
  );
}
