// The worker side of reading import files off the main thread. Published as the library's
// `sheet-worker` entry: a host's worker module calls `answerSheetRequests()` (see readSheetInWorker).
import { readSheet, SheetError, type Sheet } from "./readSheet";

/** The worker's answer: the sheet, a SheetError's key and values, or why the file could not be read. */
export type SheetReply = { sheet: Sheet } | { key: string; params: Record<string, number> } | { unreadable: string };

/** Answers every posted File with its first sheet (exceljs for .xlsx, papaparse for .csv, loaded on use). */
export function answerSheetRequests(scope: { onmessage: unknown; postMessage(reply: SheetReply): void } = self as never) {
  scope.onmessage = async (event: MessageEvent<File>) => {
    let reply: SheetReply;
    try {
      reply = { sheet: await readSheet(event.data) };
    } catch (error) {
      reply = error instanceof SheetError ? { key: error.key, params: error.params } : { unreadable: error instanceof Error ? error.message : String(error) };
    }
    scope.postMessage(reply);
  };
}
