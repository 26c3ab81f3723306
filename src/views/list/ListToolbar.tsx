import { DeleteOutlined, DownloadOutlined, UploadOutlined } from "@ant-design/icons";
import { useDataProvider, useDeleteMany, useNotification, useTranslate, type CrudFilters, type CrudSort } from "@refinedev/core";
import { Button, Dropdown, Popconfirm, Space } from "antd";
import { lazy, Suspense, useState, type ReactNode } from "react";
import { keys, resourceIdentifier } from "../../schema/i18nKeys";
import type { EffectiveResource } from "../../schema/types";
import { usePartyConfig } from "../context/PartyContext";
import { useAccess } from "../hooks/useAccess";
import { useErrorNotification } from "../hooks/useErrorNotification";
import { useFieldText } from "../hooks/useFieldText";

const ImportModal = lazy(() => import("../transfer/ImportModal"));

interface Props {
  resource: EffectiveResource;
  filters: CrudFilters;
  sorters: CrudSort[];
  selected: React.Key[];
  onDeleted: () => void;
  children: ReactNode;
}

/** Create, bulk delete, export and import above a list. */
export function ListToolbar({ resource, filters, sorters, selected, onDeleted, children }: Props) {
  const t = useTranslate();
  const text = useFieldText(resource);
  const { dataProviderName } = usePartyConfig();
  const provider = useDataProvider()(dataProviderName);
  const { mutate: deleteMany, mutation } = useDeleteMany();
  const { open } = useNotification();
  const [exporting, setExporting] = useState(false);
  const [importing, setImporting] = useState(false);
  const allowed = useAccess(resource.name);
  const errorNotification = useErrorNotification();

  const runExport = async (format: "xlsx" | "csv") => {
    setExporting(true);
    try {
      const { exportView } = await import("../transfer/exportView");
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
    <Space wrap>
      {children}
      {selected.length > 0 && (
        <Popconfirm
          title={t("party.list.bulkDeleteConfirm", { count: selected.length })}
          okText={t("buttons.delete")}
          cancelText={t("buttons.cancel")}
          onConfirm={() =>
            deleteMany(
              { resource: resourceIdentifier(resource.name), ids: selected as (string | number)[], dataProviderName, errorNotification },
              { onSuccess: onDeleted },
            )
          }
        >
          <Button danger icon={<DeleteOutlined />} loading={mutation.isPending}>
            {t("party.list.bulkDelete", { count: selected.length })}
          </Button>
        </Popconfirm>
      )}
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
      {allowed("create") && (
        <Button icon={<UploadOutlined />} onClick={() => setImporting(true)}>
          {t("party.import.button")}
        </Button>
      )}
      {importing && (
        <Suspense fallback={null}>
          <ImportModal resource={resource} onClose={() => setImporting(false)} />
        </Suspense>
      )}
    </Space>
  );
}
