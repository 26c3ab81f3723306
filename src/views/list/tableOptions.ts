import type { ResourceDef } from "../../schema/types";

export const LIST_PAGE_SIZE = 20;
/**
 * How long a list page's rows count as fresh: long enough that the page, mounting after its route
 * has asked for them (ListPrefetch), uses that answer instead of asking again; short enough that a
 * return to the list shows changes. Saves and deletes refresh it at once either way.
 */
export const LIST_FRESH_MS = 10_000;

/**
 * The list query's options, shared by the page's useTable and the route's prefetch so both make the
 * same query (resource, page, size, sort and filters from the address) and React Query asks once.
 */
export const listTableOptions = (resource: Pick<ResourceDef, "defaultSort">) => ({
  syncWithLocation: true,
  pagination: { pageSize: LIST_PAGE_SIZE },
  sorters: { initial: [...(resource.defaultSort ?? [])] },
  queryOptions: { staleTime: LIST_FRESH_MS },
});
