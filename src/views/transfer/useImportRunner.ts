import { useDataProvider, useInvalidate } from "@refinedev/core";
import { useState } from "react";
import { isPartyHttpError } from "../../data/httpError";
import { resourceIdentifier } from "../../schema/i18nKeys";
import type { FieldError } from "../../schema/types";
import { usePartyConfig } from "../context/PartyContext";
import type { ImportRow } from "./mapImport";

export interface ImportOutcome {
  created: number;
  rejected: { rowNumber: number; errors: FieldError[] }[];
}

/**
 * Creates the valid rows one request each, so a row is either stored whole or not at all, and
 * reports progress. A row the server refuses joins the rejected ones with the server's reasons.
 */
export function useImportRunner(resource: string) {
  const { dataProviderName } = usePartyConfig();
  const provider = useDataProvider()(dataProviderName);
  const invalidate = useInvalidate();
  const [progress, setProgress] = useState<{ done: number; total: number }>();
  const [outcome, setOutcome] = useState<ImportOutcome>();

  const run = async (rows: ImportRow[]) => {
    const valid = rows.filter((row) => row.errors.length === 0);
    const result: ImportOutcome = { created: 0, rejected: rows.filter((row) => row.errors.length > 0) };
    setProgress({ done: 0, total: valid.length });
    for (const [index, row] of valid.entries()) {
      try {
        await provider.create({ resource: resourceIdentifier(resource), variables: row.record });
        result.created++;
      } catch (error) {
        const errors = isPartyHttpError(error) && error.fieldErrors
          ? Object.entries(error.fieldErrors).flatMap(([field, list]) => list.map((e) => ({ field, ...e })))
          : [{ field: "", key: `party.errors.${isPartyHttpError(error) ? error.kind : "server"}` }];
        result.rejected.push({ rowNumber: row.rowNumber, errors });
      }
      setProgress({ done: index + 1, total: valid.length });
    }
    result.rejected.sort((a, b) => a.rowNumber - b.rowNumber);
    setOutcome(result);
    await invalidate({ resource: resourceIdentifier(resource), dataProviderName, invalidates: ["list", "many"] });
  };
  return { run, progress, outcome };
}
