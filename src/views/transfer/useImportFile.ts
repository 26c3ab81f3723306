import { useState } from "react";
import type { OptionMatcher } from "../../schema/coerce";
import type { EffectiveResource } from "../../schema/types";
import { todayIso } from "../form/today";
import { mapImportInSlices, type HeaderMatcher, type ImportRow } from "./mapImport";
import { readSheet as readInPage, SheetError } from "./readSheet";
import { usePartyConfig } from "../context/PartyContext";

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
  const { readSheet = readInPage } = usePartyConfig();
  const [rows, setRows] = useState<ImportRow[]>();
  const [fileError, setFileError] = useState<{ key: string; params?: Record<string, number> }>();
  const [checking, setChecking] = useState<CheckProgress>();

  const load = async (file: File) => {
    setFileError(undefined);
    setRows(undefined);
    setChecking({ done: 0 });
    try {
      const sheet = await readSheet(file);
      const total = sheet.rows.length;
      setChecking({ done: 0, total });
      setRows(await mapImportInSlices((done) => setChecking({ done, total }), resource, sheet, matchHeader, matchOption, { today: todayIso(), mode: "create" }));
    } catch (error) {
      setFileError(error instanceof SheetError ? { key: error.key, params: error.params } : { key: "party.import.unreadable" });
    } finally {
      setChecking(undefined);
    }
  };
  return { rows, fileError, checking, load };
}
