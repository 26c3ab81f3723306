import { useDataProvider, useTranslate } from "@refinedev/core";
import { useState } from "react";
import { errorKindKey, isPartyHttpError } from "../../data/httpError";
import { keys } from "../../schema/i18nKeys";
import type { OptionMatcher } from "../../schema/coerce";
import type { EffectiveResource } from "../../schema/types";
import { todayIso } from "../form/today";
import { mapImportInSlices, type HeaderMatcher, type ImportRow } from "./mapImport";
import { readSheet as readInPage, SheetError } from "./readSheet";
import { usePartyConfig } from "../context/PartyContext";
import { matchRelations } from "./matchRelations";

/** While a file is read (`total` unknown yet) and while its rows are checked. */
export interface CheckProgress {
  done: number;
  total?: number;
}

/**
 * Reads a dropped file (off the main thread when the host gave a worker reader) and judges its rows in slices, reporting progress; the
 * page stays responsive throughout. `fileError` is a message key with its values.
 */
export function useImportFile(resource: EffectiveResource, matchHeader: HeaderMatcher, matchOption: OptionMatcher) {
  const { readSheet = readInPage, dataProviderName, resources } = usePartyConfig();
  const provider = useDataProvider()(dataProviderName);
  const translate = useTranslate();
  const [rows, setRows] = useState<ImportRow[]>();
  const [fileError, setFileError] = useState<{ key: string; params?: Record<string, number> }>();
  const [checking, setChecking] = useState<CheckProgress>();

  const load = async (file: File) => {
    setFileError(undefined);
    setRows(undefined);
    setChecking({ done: 0 });
    try {
      // Relations named by other columns (a member by ID number, or name and branch) are looked up first.
      const read = await readSheet(file);
      const { sheet, errors: unmatched } = await matchRelations(provider, resource, (name) => resources[name], read, (target, field) => translate(keys.field(target, field)));
      const total = sheet.rows.length;
      setChecking({ done: 0, total });
      const judged = await mapImportInSlices((done) => setChecking({ done, total }), resource, sheet, matchHeader, matchOption, { today: todayIso(), mode: "create" });
      setRows(judged.map((row, index) => (unmatched.has(index) ? { ...row, errors: [unmatched.get(index)!, ...row.errors.filter((e) => e.field !== unmatched.get(index)!.field)] } : row)));
    } catch (error) {
      // A backend that fails while the rows' relations are looked up is not a file that cannot be read.
      setFileError(error instanceof SheetError ? { key: error.key, params: error.params } : isPartyHttpError(error) ? { key: errorKindKey(error) } : { key: "party.import.unreadable" });
    } finally {
      setChecking(undefined);
    }
  };
  return { rows, fileError, checking, load };
}
