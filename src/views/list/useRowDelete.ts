import { useDelete, type BaseKey } from "@refinedev/core";
import { useCallback, useMemo } from "react";
import { resourceIdentifier } from "../../schema/i18nKeys";
import { usePartyConfig } from "../context/PartyContext";
import { useErrorNotification } from "../hooks/useErrorNotification";

/**
 * One undoable delete for every row of a list; `deletingId` is the row whose delete is running. The
 * answer keeps its identity until one of them changes, so the list's columns are not rebuilt for nothing.
 */
export function useRowDelete(resource: string) {
  const { dataProviderName } = usePartyConfig();
  const errorNotification = useErrorNotification();
  const { mutate, mutation } = useDelete();
  const remove = useCallback(
    (id: BaseKey) => mutate({ resource: resourceIdentifier(resource), id, dataProviderName, mutationMode: "undoable", errorNotification }),
    [mutate, resource, dataProviderName, errorNotification],
  );
  const deletingId = mutation.isPending ? mutation.variables?.id : undefined;
  return useMemo(() => ({ remove, deletingId }), [remove, deletingId]);
}
