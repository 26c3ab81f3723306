import type { BaseRecord, DataProvider } from "@refinedev/core";
import { createEach, isPartyCreateMany, type CreateManyOutcome } from "../../data/createMany";

/**
 * Creates records through whatever provider the host gave the plugin, one outcome per record. The
 * plugin's own provider answers each row; a host's `createMany` stores all or throws; a provider
 * without one creates them one by one, a few at a time.
 */
export async function createRows(provider: DataProvider, resource: string, records: BaseRecord[]): Promise<CreateManyOutcome[]> {
  if (!provider.createMany) return createEach(records, (variables) => provider.create({ resource, variables }));
  const response = await provider.createMany({ resource, variables: records });
  return isPartyCreateMany(response) ? response.outcomes : response.data.map((data) => ({ data }));
}
