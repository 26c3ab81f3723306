import { useDataProvider, useLog, useNotification, type BaseRecord } from "@refinedev/core";
import { useState } from "react";
import { resourceIdentifier } from "../../schema/i18nKeys";
import { usePartyConfig } from "../context/PartyContext";
import { useErrorNotification } from "../hooks/useErrorNotification";

/** The query parameter a backend reads to send one sensitive value whole (and audit it). */
export const REVEAL_QUERY = "reveal";

/**
 * Sensitive values on request: the record is read again asking for that one field whole
 * (`?reveal=<field>`), so a backend that audits reveals sees each one; a backend that sends values
 * whole anyway answers the same. The audit-log provider writes the entry itself only in
 * `auditTrail: "client"` mode.
 */
export function useReveal(resource: string, record: BaseRecord | undefined) {
  const { dataProviderName } = usePartyConfig();
  const provider = useDataProvider()(dataProviderName);
  const { log } = useLog();
  const errorNotification = useErrorNotification();
  const { open } = useNotification();
  const [values, setValues] = useState<Record<string, unknown>>({});
  const reveal = async (field: string) => {
    if (record?.id === undefined) return;
    try {
      const { data } = await provider.getOne({ resource: resourceIdentifier(resource), id: record.id, meta: { query: { [REVEAL_QUERY]: field } } });
      setValues((v) => ({ ...v, [field]: data[field] }));
      log.mutate({ action: "reveal", resource: resourceIdentifier(resource), meta: { id: record.id, field } });
    } catch (error) {
      open?.(errorNotification(error));
    }
  };
  return { revealed: values, reveal };
}
