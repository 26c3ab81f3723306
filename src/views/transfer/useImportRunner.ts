import { useDataProvider, useInvalidate, useLog } from "@refinedev/core";
import { useState } from "react";
import { errorKindKey, isPartyHttpError } from "../../data/httpError";
import { resourceIdentifier } from "../../schema/i18nKeys";
import type { FieldError } from "../../schema/types";
import { usePartyConfig } from "../context/PartyContext";
import { createRows } from "./createRows";
import type { ImportRow } from "./mapImport";

export interface ImportOutcome {
  created: number;
  rejected: { rowNumber: number; errors: FieldError[] }[];
}

/** Rows per request: few requests, and progress a person can follow. */
export const IMPORT_CHUNK = 250;

/** The server's reasons for one refused row, or the kind of failure when it gave none. */
const reasons = (error: unknown): FieldError[] =>
  isPartyHttpError(error) && error.fieldErrors
    ? Object.entries(error.fieldErrors).flatMap(([field, list]) => list.map((e) => ({ field, ...e })))
    : [{ field: "", key: errorKindKey(error) }];

/**
 * Creates the valid rows in chunks (one bulk request each where the backend has it), each row
 * stored whole or not at all, with progress after every chunk. A row the server refuses joins the
 * rejected ones with the server's reasons; a chunk whose request fails reports its rows as failed
 * and the import goes on with the next. The audit trail records the import as one entry.
 */
export function useImportRunner(resource: string) {
  const { dataProviderName } = usePartyConfig();
  const provider = useDataProvider()(dataProviderName);
  const invalidate = useInvalidate();
  const { log } = useLog();
  const [progress, setProgress] = useState<{ done: number; total: number }>();
  const [outcome, setOutcome] = useState<ImportOutcome>();

  const run = async (rows: ImportRow[]) => {
    const valid = rows.filter((row) => row.errors.length === 0);
    const result: ImportOutcome = { created: 0, rejected: rows.filter((row) => row.errors.length > 0) };
    setProgress({ done: 0, total: valid.length });
    for (let start = 0; start < valid.length; start += IMPORT_CHUNK) {
      const chunk = valid.slice(start, start + IMPORT_CHUNK);
      const outcomes = await createRows(provider, resourceIdentifier(resource), chunk.map((row) => row.record)).catch((error: unknown) =>
        chunk.map(() => ({ error })),
      );
      outcomes.forEach((o, i) => {
        if ("data" in o) result.created++;
        else result.rejected.push({ rowNumber: chunk[i].rowNumber, errors: reasons(o.error) });
      });
      setProgress({ done: start + chunk.length, total: valid.length });
    }
    result.rejected.sort((a, b) => a.rowNumber - b.rowNumber);
    setOutcome(result);
    // The rows arrive without Refine's per-record mutations, so the trail gets one entry for the file.
    if (result.created > 0) log.mutate({ action: "import", resource: resourceIdentifier(resource), meta: { created: result.created, rejected: result.rejected.length } });
    await invalidate({ resource: resourceIdentifier(resource), dataProviderName, invalidates: ["list", "many"] });
  };
  return { run, progress, outcome };
}
