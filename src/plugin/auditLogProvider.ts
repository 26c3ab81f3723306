import type { AuditLogProvider, DataProvider } from "@refinedev/core";
import { PLUGIN_PREFIX, resourceFromIdentifier, resourceIdentifier } from "../schema/i18nKeys";
import { diffRecords } from "../schema/diff";

const LOGS = resourceIdentifier("audit-logs");
const isPlugin = (resource?: string) => !!resource?.startsWith(`${PLUGIN_PREFIX}-`) && resource !== LOGS;

interface Author {
  id?: string | number;
  name?: string;
  role?: string;
}

const withoutNames = (record: unknown, names: readonly string[]) =>
  record && typeof record === "object" && names.length ? Object.fromEntries(Object.entries(record).filter(([key]) => !names.includes(key))) : record;

/** A log entry as stored in `/audit-logs`: who, when, what, which record, and the field-level diff. */
export function toAuditEntry(
  params: { resource: string; action: string; data?: unknown; previousData?: unknown; meta?: Record<string, unknown>; author?: Author },
  now: Date,
) {
  const after = (params.action === "delete" ? undefined : params.data) as Record<string, unknown> | undefined;
  const before = params.previousData as Record<string, unknown> | undefined;
  // A reveal names the field seen; an import (one entry for the whole file) counts the records created.
  const changes =
    params.action === "reveal" || params.action === "import" ? [] : diffRecords(before, after, params.action === "update" && after ? Object.keys(after) : undefined);
  const recordId = params.meta?.id ?? (params.data as { id?: unknown } | undefined)?.id;
  return {
    createdAt: now.toISOString(),
    action: params.action,
    resource: resourceFromIdentifier(params.resource),
    recordId: recordId === undefined ? null : String(recordId),
    authorId: params.author?.id === undefined ? null : String(params.author.id),
    authorName: params.author?.name ?? null,
    authorRole: params.author?.role ?? null,
    summary:
      params.action === "reveal"
        ? String(params.meta?.field ?? "")
        : params.action === "import"
          ? String(params.meta?.created ?? "")
          : changes.map((c) => c.field).join(", ").slice(0, 200),
    changes,
  };
}

/**
 * Refine's auditLogProvider for the plugin's resources; a host's own resources are left to the host.
 * With `writer: "backend"` it only reads the trail the backend keeps; with `"client"` (for a backend
 * that keeps none) it also writes the entries from the browser.
 * "Before" values come from the record as last read (`previous`): Refine's own previousData is
 * looked up in its cache under a key it does not write, and arrives empty.
 */
export function createAuditLogProvider(
  dataProvider: DataProvider,
  previous: (resource: string, id: unknown, action: string) => Record<string, unknown> | undefined = () => undefined,
  writer: "backend" | "client" = "client",
  secretsOf: (resource: string) => Promise<readonly string[]> = async () => [],
): AuditLogProvider {
  return {
    create: async (params) => {
      // A backend that keeps its own trail has already written this entry: writing it again would double it.
      if (writer === "backend" || !isPlugin(params.resource)) return undefined;
      const id = params.meta?.id;
      const before = params.action === "update" || params.action === "delete" ? previous(params.resource, id, params.action) : undefined;
      // A password the form sent is the write's, never the trail's.
      const secrets = await secretsOf(resourceFromIdentifier(params.resource));
      const written = withoutNames(params.data, secrets);
      const entry = toAuditEntry({ ...(params as Parameters<typeof toAuditEntry>[0]), data: written, previousData: withoutNames(before ?? params.previousData, secrets) }, new Date());
      const { data } = await dataProvider.create({ resource: LOGS, variables: entry });
      return data;
    },
    get: async ({ resource, meta }) => {
      const { data } = await dataProvider.getList({
        resource: LOGS,
        filters: [
          { field: "resource", operator: "eq", value: resourceFromIdentifier(resource) },
          { field: "recordId", operator: "eq", value: String(meta?.id) },
        ],
        sorters: [{ field: "createdAt", order: "desc" }],
        pagination: { currentPage: 1, pageSize: 50, mode: "server" },
      });
      return data;
    },
    update: async ({ id, name }) => {
      const { data } = await dataProvider.update({ resource: LOGS, id, variables: { name } });
      return data;
    },
  };
}
