import { DeleteOutlined, UploadOutlined } from "@ant-design/icons";
import { useDeleteMany, useTranslate, type CrudFilters, type CrudSort } from "@refinedev/core";
import { Button, Popconfirm, Space } from "antd";
import { lazy, Suspense, useState, type ReactNode } from "react";
import { resourceIdentifier } from "../../schema/i18nKeys";
import type { EffectiveResource } from "../../schema/types";
import { usePartyConfig } from "../context/PartyContext";
import { useAccess } from "../hooks/useAccess";
import { useErrorNotification } from "../hooks/useErrorNotification";
import { ExportButton } from "../transfer/ExportButton";

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
  const { dataProviderName } = usePartyConfig();
  const { mutate: deleteMany, mutation } = useDeleteMany();
  const [importing, setImporting] = useState(false);
  const allowed = useAccess(resource.name);
  const errorNotification = useErrorNotification();

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
      <ExportButton resource={resource} filters={filters} sorters={sorters} />
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
